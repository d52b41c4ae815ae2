import type { ApiResult } from '../shared/errors';

/** What the preload exposes as `window.workbench`; the only file both sides of the bridge share. */
export interface WorkbenchBridge {
  invoke: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}
