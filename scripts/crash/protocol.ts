/** Messages between the crash harness (parent) and the core it runs and kills (child), over IPC. */

/** One operation for the child to pass to `dispatch`. */
export interface OperationRequest {
  type: 'dispatch';
  seq: number;
  method: string;
  payload: unknown;
}

/** Asks the child to close the core properly and exit (the end of a run). */
export interface CloseRequest {
  type: 'close';
}

export type ParentMessage = OperationRequest | CloseRequest;

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'result'; seq: number; ok: true; value: unknown }
  | { type: 'result'; seq: number; ok: false; code: string; message: string }
  | { type: 'fatal'; message: string };
