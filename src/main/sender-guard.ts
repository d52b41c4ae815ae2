import { appOrigins } from './app-page';
import { isAppUrl, type AppLocation } from './navigation-guards';

/** The part of Electron's `WebFrameMain` that the check reads, so that it is tested with plain objects. */
export interface SenderFrame {
  readonly url: string;
  readonly origin: string;
  readonly parent: SenderFrame | null;
  readonly top: SenderFrame | null;
  readonly detached?: boolean;
}

/**
 * An IPC message is trusted only from the app's own top-level frame showing the app page at the
 * app's origin: not from an iframe, a frame that has gone, a page navigated to by accident, or a
 * document whose origin was made opaque (a CSP sandbox) while its address still looks right.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, app: AppLocation): boolean {
  if (!frame || frame.detached) return false;
  if (frame.parent !== null || frame.top !== frame) return false;
  return isAppUrl(frame.url, app) && appOrigins(app).includes(frame.origin);
}
