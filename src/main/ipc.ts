import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANGES_CHANNEL, IPC_CHANNEL } from '../shared/transport';
import type { ChangeFeed } from './core/change-feed';
import type { Dispatch } from './core/handlers/dispatch';
import type { AppLocation } from './navigation-guards';
import { isTrustedSender } from './sender-guard';

/**
 * Hands (method, payload) from the app's own window to the core. Messages from any other frame
 * or URL (an injected iframe, a page navigated to by accident) are refused before dispatch.
 */
export function registerIpc(dispatch: Dispatch, app: AppLocation): void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown, origin: unknown) => {
    if (!isTrustedSender(event.senderFrame, app)) {
      return {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'This request did not come from the workbench window.' },
      };
    }
    return dispatch(method, payload, typeof origin === 'string' ? origin : undefined);
  });
}

/** Sends the core's change events to the window until it is gone; returns the function that stops. */
export function relayChanges(changes: Pick<ChangeFeed, 'subscribe'>, contents: WebContents): () => void {
  const unsubscribe = changes.subscribe((change) => {
    if (!contents.isDestroyed()) contents.send(IPC_CHANGES_CHANNEL, change);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
