import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { noticeOf } from './notice-text';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** The error's code, shown only as a tooltip. */
  code?: string;
}

export interface Notify {
  info: (text: string) => void;
  /** A failure as a notice: its sentence, never a silent loss. */
  error: (error: unknown) => void;
}

// Two contexts: the many components that only notify do not redraw when a notice comes or goes.
const NotifyContext = createContext<Notify | null>(null);
const NoticeListContext = createContext<Notice[]>([]);

let noticeCounter = 0;

/** The short messages in the corner: errors stay 9 s, news 3.5 s, four at most. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const push = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = ++noticeCounter;
    setNotices((all) => [...all.slice(-3), { id, ...notice }]);
    setTimeout(() => setNotices((all) => all.filter((n) => n.id !== id)), notice.kind === 'error' ? 9000 : 3500);
  }, []);
  const notify = useMemo<Notify>(
    () => ({
      info: (text) => push({ kind: 'info', text }),
      error: (error) => push({ kind: 'error', ...noticeOf(error) }),
    }),
    [push],
  );
  return (
    <NotifyContext.Provider value={notify}>
      <NoticeListContext.Provider value={notices}>{children}</NoticeListContext.Provider>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('NoticesProvider is missing.');
  return notify;
}

export const useNoticeList = (): Notice[] => useContext(NoticeListContext);
