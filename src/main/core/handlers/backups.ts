import type { BackupService } from '../backups/backup-service';
import type { Handlers } from './context';

type BackupHandlers = Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'>;

export function backupHandlers(backups: BackupService): BackupHandlers {
  return {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.restore': ({ id }) => backups.restore(id),
  };
}
