import { useEffect, type RefObject } from 'react';

/** The library overview's list of the desk's conflicts, where "Conflicts: N" leads. */
export const DESK_CONFLICTS_ID = 'desk-conflicts';

const FOCUS_EVENT = 'factcheck:focus-desk';

/** The one target waiting to be shown: it may be drawn only after the navigation that leads to it. */
let wanted: string | null = null;

/** Asks the element drawn under `id` (now or once it appears) to come into view and take the focus. */
export function requestFocus(id: string): void {
  wanted = id;
  window.dispatchEvent(new Event(FOCUS_EVENT));
}

/** Answers requestFocus(id) for one element, whether it was on screen already or is drawn for it. */
export function useFocusRequest(id: string, target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    function answer(): void {
      if (wanted !== id || !target.current) return;
      wanted = null;
      target.current.scrollIntoView({ block: 'start' });
      target.current.focus();
    }
    answer();
    window.addEventListener(FOCUS_EVENT, answer);
    return () => window.removeEventListener(FOCUS_EVENT, answer);
  }, [id, target]);
}
