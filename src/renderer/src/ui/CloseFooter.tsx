/** The footer of a dialog whose only action is to close it: Close, at the right. */
export function CloseFooter({ onClose, className }: { onClose: () => void; className?: string }) {
  return (
    <div className={className ? `form-actions ${className}` : 'form-actions'}>
      <span className="spacer" />
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
