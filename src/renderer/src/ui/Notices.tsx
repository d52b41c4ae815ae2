import type { Notice } from '../state/use-workbench';

export function Notices({ notices }: { notices: Notice[] }) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          {n.text}
        </div>
      ))}
    </div>
  );
}
