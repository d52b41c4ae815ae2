import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api';

export interface PlannedOperation {
  seq: number;
  method: ApiMethod;
  payload: unknown;
  /** The stored values this operation changes, keyed as in stored-keys.ts. */
  writes: { key: string; value: string }[];
  /** What to learn from the acknowledgement (the ids of new records). */
  learn?: (value: unknown) => void;
}

/** An operation whose payload and acknowledged value are typed by the contract for its method. */
export function planned<M extends ApiMethod>(operation: {
  seq: number;
  method: M;
  payload: ApiInput<M>;
  writes: PlannedOperation['writes'];
  learn?: (value: ApiOutput<M>) => void;
}): PlannedOperation {
  const { learn, ...rest } = operation;
  if (!learn) return rest;
  // The child answers with what dispatch returned for `method`: that method's output.
  return { ...rest, learn: (value) => learn(value as ApiOutput<M>) };
}
