/** The sources library's heading, over both of its tabs, with the way back. */
export function LibraryHeader({ onClose }: { onClose: () => void }) {
  return (
    <header className="pane-header">
      <h2>Sources library</h2>
      <button type="button" className="link-button" onClick={onClose} title="Back (Esc)">
        Close
      </button>
    </header>
  );
}
