import { ApiCallError } from '../api/client';
import { succeeded } from '../api/settle';
import { useUpdateSettings } from '../settings/settings-mutations';
import { useSettings } from '../settings/settings-queries';
import { Dialog } from '../ui/Dialog';
import { Loading } from '../ui/Loading';
import { DeskConnectionForm } from './DeskConnectionForm';
import { DeskMembers } from './DeskMembers';
import { placeRefusal } from './desk-refusal';
import { useConfigureSync, useSyncNow } from './sync-mutations';
import { useSyncStatus } from './sync-queries';
import './desk-settings.css';
import { CloseFooter } from '../ui/CloseFooter';

/** Settings → Desk: the hub this library syncs with, and the people on the desk. */
export function DeskDialog({ onClose }: { onClose: () => void }) {
  const status = useSyncStatus().data;
  const settings = useSettings();
  const configure = useConfigureSync();
  const syncNow = useSyncNow();
  const updateSettings = useUpdateSettings();
  return (
    <Dialog title="Desk" onClose={onClose}>
      <p className="muted desk-intro">
        Several fact-checkers on several machines can share this library. Each machine keeps working on its own copy,
        offline too, and exchanges changes with the desk’s hub whenever it can reach it.
      </p>
      {status && settings ? (
        <>
          <DeskConnectionForm
            status={status}
            syncing={syncNow.isPending}
            onSyncNow={() => syncNow.mutate()}
            onConfigure={(input) =>
              configure.mutateAsync(input).then(
                () => null,
                (error: unknown) =>
                  placeRefusal(
                    error instanceof ApiCallError
                      ? error
                      : { code: 'INTERNAL', message: 'The workbench could not change the desk settings.' },
                  ),
              )
            }
          />
          <DeskMembers
            members={settings.deskMembers ?? []}
            me={settings.editorName}
            onSave={(deskMembers) => succeeded(updateSettings.mutateAsync({ deskMembers }))}
          />
        </>
      ) : (
        <Loading />
      )}
      <CloseFooter onClose={onClose} />
    </Dialog>
  );
}
