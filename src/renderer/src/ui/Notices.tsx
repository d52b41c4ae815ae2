import { useNoticeList } from './notices-context';

/** The short messages at the bottom of the window, in a named region that screen readers can find. */
export function Notices() {
  const notices = useNoticeList();
  return (
    <section className="notices" aria-label="Notices">
      <div className="notices-live" role="status" aria-live="polite">
        {notices.map((n) => (
          <div
            key={n.id}
            className={`notice ${n.kind}`}
            role={n.kind === 'error' ? 'alert' : undefined}
            title={n.code ? `Code: ${n.code}` : undefined}
          >
            {n.text}
          </div>
        ))}
      </div>
    </section>
  );
}
