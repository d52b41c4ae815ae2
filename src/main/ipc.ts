import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../shared/transport';
import type { Dispatch } from './core/handlers/dispatch';

/**
 * Hands (method, payload) from the app's own window to the core. Messages from any other frame
 * or URL (an injected iframe, a page navigated to by accident) are refused before dispatch.
 */
export function registerIpc(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'This request did not come from the workbench window.' },
      };
    }
    return dispatch(method, payload);
  });
}
