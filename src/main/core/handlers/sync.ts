import { hostname } from 'node:os';
import { AppError } from '../app-error';
import type { SyncService } from '../sync/sync-service';
import type { Handlers } from './context';

type SyncHandlers = Pick<Handlers, 'sync.status' | 'sync.conflicts' | 'sync.resolve' | 'sync.configure' | 'sync.now'>;

/** A library opened read-only (list, report): it never syncs, and there is nothing to resolve. */
export function syncOffHandlers(machine = hostname()): SyncHandlers {
  const status = { state: 'off' as const, pending: 0, conflicts: 0, machine };
  const readOnly = (): Promise<never> =>
    Promise.reject(new AppError('READ_ONLY', 'This data folder was opened read-only, so it cannot sync.'));
  return {
    'sync.status': async () => status,
    'sync.conflicts': async () => [],
    'sync.resolve': readOnly,
    'sync.configure': readOnly,
    'sync.now': async () => status,
  };
}

export function syncHandlers(service: SyncService): SyncHandlers {
  return {
    'sync.status': () => service.status(),
    'sync.conflicts': ({ articleId }) => service.conflicts(articleId),
    'sync.resolve': async ({ id, value }) => {
      await service.resolve(id, value);
      return { id };
    },
    'sync.configure': (input) => service.configure(input),
    'sync.now': async () => (await service.round()).status,
  };
}
