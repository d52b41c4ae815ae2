import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { Store } from '../store/store';

export interface CoreContext {
  store: Store;
  /** ISO timestamp; injectable so that tests control time. */
  now: () => string;
  samplesDir: string;
}

export type Handlers = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
