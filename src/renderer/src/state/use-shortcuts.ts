import { useEffect, useLayoutEffect, useRef } from 'react';

export type ShortcutMap = Record<string, (event: KeyboardEvent) => void>;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Ctrl/Cmd shortcuts that a text field needs for itself (undo while typing undoes the typing). */
const FIELD_KEYS = new Set(['mod+z']);

/**
 * Single-key shortcuts (e.g. "t", "j", "1") apply only when the editor is not typing in a field;
 * "mod+n" style ones (Ctrl or Cmd) apply everywhere, except those a text field needs.
 */
export function useShortcuts(map: ShortcutMap): void {
  const latest = useRef(map);
  useLayoutEffect(() => {
    latest.current = map;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.altKey || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      // Shift with Ctrl/Cmd is another command (Ctrl+Shift+Z is redo), never the same one.
      if (mod && event.shiftKey) return;
      const key = `${mod ? 'mod+' : ''}${event.key.toLowerCase()}`;
      const handler = latest.current[key];
      if (!handler || ((!mod || FIELD_KEYS.has(key)) && isTyping(event.target))) return;
      event.preventDefault();
      handler(event);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
