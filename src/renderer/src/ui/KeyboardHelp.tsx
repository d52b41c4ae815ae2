import { Fragment } from 'react';
import { Dialog } from './Dialog';
import { SHORTCUT_LIST } from './shortcut-list';
import './keyboard-help.css';
import { CloseFooter } from './CloseFooter';

/** The keyboard shortcuts, opened with ? or from the top bar. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <p className="dialog-note">
        Single keys work when you are not typing in a field; none works while a dialog is open. On macOS, Cmd works as
        well as Ctrl.
      </p>
      <table className="shortcut-table" aria-label="Keyboard shortcuts">
        <tbody>
          {SHORTCUT_LIST.map(({ keys, join = ' / ', does }) => (
            <tr key={does}>
              <td>
                {keys.map((combo, i) => (
                  <Fragment key={combo.join('+')}>
                    {i > 0 ? join : null}
                    {combo.map((key, j) => (
                      <Fragment key={key}>
                        {j > 0 ? '+' : null}
                        <kbd>{key}</kbd>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CloseFooter onClose={onClose} />
    </Dialog>
  );
}
