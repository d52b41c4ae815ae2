import { hostname } from 'node:os';
import { AppError } from '../app-error';
import type { Handlers } from './context';

type SyncHandlers = Pick<Handlers, 'sync.status' | 'sync.conflicts' | 'sync.resolve' | 'sync.configure' | 'sync.now'>;

/** A library that is not connected to a desk: sync is off and there is nothing to resolve. */
export function syncOffHandlers(): SyncHandlers {
  const status = { state: 'off' as const, pending: 0, conflicts: 0, machine: hostname() };
  return {
    'sync.status': async () => status,
    'sync.conflicts': async () => [],
    'sync.resolve': ({ id }) => Promise.reject(new AppError('NOT_FOUND', `There is no conflict with id ${id}.`)),
    'sync.configure': async ({ url }) => {
      if (url === '') return status;
      // The address rules hold even here, so that a wrong address is named as such (loaded on demand:
      // it brings the replication library with it).
      const { checkRemoteUrl } = await import('../sync/remote');
      checkRemoteUrl(url);
      throw new AppError('UNAVAILABLE', 'This copy of the workbench cannot connect to a desk yet.');
    },
    'sync.now': async () => status,
  };
}
