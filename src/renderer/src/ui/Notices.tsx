import { useNoticeList } from './notices-context';

export function Notices() {
  const notices = useNoticeList();
  return (
    <div className="notices" role="status" aria-live="polite">
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
  );
}
