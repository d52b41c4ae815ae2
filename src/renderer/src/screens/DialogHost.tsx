import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { keyFor } from '../api/queries';
import { succeeded } from '../api/settle';
import { useAddVersion, useCreateArticle, useImportArticle } from '../articles/article-mutations';
import { DraftDialog } from '../articles/DraftDialog';
import { ArticleTrashDialog } from '../claims/ArticleTrashDialog';
import { useRestoreClaim } from '../claims/claim-mutations';
import { useNavigate, useNavigation } from '../navigation/NavigationProvider';
import { useResetSuggestionLearning, useUpdateSettings } from '../settings/settings-mutations';
import { useSettings } from '../settings/settings-queries';
import { Loading } from '../ui/Loading';
import { KeyboardHelp } from '../ui/KeyboardHelp';
import { SettingsDialog } from '../ui/SettingsDialog';
import { BackupsDialog, DeskDialog, ImportDialog } from './lazy-views';
import { useWork } from './work-context';

/**
 * Whichever dialog is open: new article, new version, settings, the desk, backups, the article's trash,
 * the shortcuts, an import.
 */
export function DialogHost() {
  const { dialog, importing } = useNavigation();
  const navigate = useNavigate();
  const { article } = useWork();
  const client = useQueryClient();
  const settings = useSettings();
  const create = useCreateArticle();
  const importArticle = useImportArticle();
  const addVersion = useAddVersion();
  const updateSettings = useUpdateSettings();
  const resetLearning = useResetSuggestionLearning();
  const restore = useRestoreClaim();
  const close = (): void => navigate({ type: 'dialog', dialog: null });
  const importFile = (file: File, target: 'article' | 'version', name: string): void =>
    navigate({ type: 'import', importing: name ? { file, target, name } : { file, target } });

  return (
    <Suspense fallback={<Loading floating />}>
      {dialog === 'article' ? (
        <DraftDialog
          heading="New article"
          nameLabel="Title"
          namePlaceholder="Taken from the first line if left empty"
          submitLabel="Create article"
          onCancel={close}
          onText={(title, text) =>
            succeeded(create.mutateAsync({ title: title || text.trim().split('\n', 1)[0]!.slice(0, 120), text }))
          }
          onFile={(file, name) => importFile(file, 'article', name)}
        />
      ) : null}
      {dialog === 'version' && article ? (
        <DraftDialog
          heading={`New version of “${article.title}”`}
          nameLabel="Label (optional)"
          namePlaceholder="e.g. Reporter's revision, legal edits"
          submitLabel="Add version"
          onCancel={close}
          onText={(label, text) => succeeded(addVersion.mutateAsync({ articleId: article.id, label, text }))}
          onFile={(file, name) => importFile(file, 'version', name)}
        />
      ) : null}
      {dialog === 'settings' && settings ? (
        <SettingsDialog
          settings={settings}
          onCancel={close}
          onSave={(changes) => {
            close();
            updateSettings.mutate(changes);
          }}
          onOpenBackups={() => navigate({ type: 'dialog', dialog: 'backups' })}
          onOpenDesk={() => navigate({ type: 'dialog', dialog: 'desk' })}
          onResetLearning={() => resetLearning.mutate()}
        />
      ) : null}
      {dialog === 'desk' ? <DeskDialog onClose={close} /> : null}
      {dialog === 'trash' && article ? (
        <ArticleTrashDialog
          article={article}
          restoring={restore.isPending ? restore.variables.claimId : null}
          onRestore={(claimId) => restore.mutate({ articleId: article.id, claimId }, { onSuccess: close })}
          onClose={close}
        />
      ) : null}
      {dialog === 'shortcuts' ? <KeyboardHelp onClose={close} /> : null}
      {dialog === 'backups' ? (
        <BackupsDialog
          onClose={close}
          onRestored={async () => {
            navigate({ type: 'select-claim', claimId: null });
            // The restore's change event reads everything again too; this waits for it to be shown.
            await client.invalidateQueries();
            const list = client.getQueryData<ArticleSummary[]>(keyFor('articles.list', {}));
            if (article && !list?.some((a) => a.id === article.id)) navigate({ type: 'close-article' });
          }}
        />
      ) : null}
      {importing ? (
        <ImportDialog
          file={importing.file}
          article={article}
          initialTarget={importing.target}
          initialName={importing.name ?? ''}
          onCancel={() => navigate({ type: 'import', importing: null })}
          onImportArticle={(title, options) =>
            succeeded(importArticle.mutateAsync({ file: importing.file, title, options }))
          }
          onImportVersion={(label, options) =>
            article
              ? succeeded(addVersion.mutateAsync({ articleId: article.id, label, file: importing.file, options }))
              : Promise.resolve(false)
          }
        />
      ) : null}
    </Suspense>
  );
}
