import type { ApiResult } from '../shared/errors';
import type { CoreChange } from '../shared/events';

/** What the preload exposes as `window.workbench`; the only file both sides of the bridge share. */
export interface WorkbenchBridge {
  /** `origin` is the page's client id: the change events its call causes carry it. */
  invoke: (method: string, input: unknown, origin?: string) => Promise<ApiResult<unknown>>;
  /** Calls `listener` with each change the core publishes; returns the function that stops it. */
  onChange: (listener: (change: CoreChange) => void) => () => void;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}
