import { LIMITS } from '../../../shared/limits';
import type { Attachment, Source } from '../../../shared/model';
import { AppError } from '../app-error';
import { AttachmentStore } from '../attachments/attachment-store';
import { attachmentTypeOf } from '../attachments/attachment-types';
import type { CoreContext, Handlers } from './context';
import { findSource, flagCitingClaims } from './sources';
import { decodeBase64 } from './upload';

type AttachmentHandlers = Pick<
  Handlers,
  'sources.attach' | 'sources.detach' | 'sources.attachment' | 'sources.openAttachment'
>;

/** The name without its extension, with characters no file system accepts replaced. */
function safeBaseName(fileName: string): string {
  const base = [...fileName.replace(/\.[^.]*$/, '')]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('');
  return base.trim() || 'attachment';
}

function findAttachment(source: Source, sha256: string): Attachment {
  const attachment = source.attachments?.find((a) => a.sha256 === sha256);
  if (!attachment) throw new AppError('NOT_FOUND', `“${source.title}” has no attached file ${sha256.slice(0, 12)}….`);
  return attachment;
}

export function attachmentHandlers(context: CoreContext): AttachmentHandlers {
  const { store, now } = context;
  const files = new AttachmentStore(store.dir);

  return {
    'sources.attach': async ({ sourceId, fileName, dataBase64 }) => {
      const before = findSource(store.listSources(), sourceId);
      store.assertWritable('the attachment');
      const stored = await files.put(fileName, decodeBase64(dataBase64, fileName, LIMITS.attachmentBytes));
      const attachment = { ...stored, addedAt: now() };
      // Its text is read in the background, once per file; a file that cannot be read stays attached.
      const readText = (): void => void context.sourceText.read(attachment);
      if (before.attachments?.some((a) => a.sha256 === stored.sha256)) {
        readText();
        return before;
      }
      // Adding a file takes nothing away from what claims were checked against: no re-check.
      const source = await store.updateLibrary((library) => {
        const target = findSource(library.sources, sourceId);
        target.attachments = [...(target.attachments ?? []), attachment];
        target.updatedAt = now();
        return target;
      }, 'the attachment');
      readText();
      return source;
    },

    /** The stored file stays in the data folder (another source may share it); only the link goes. */
    'sources.detach': async ({ sourceId, sha256 }) => {
      const before = findSource(store.listSources(), sourceId);
      const attachment = findAttachment(before, sha256);
      store.assertWritable('the removal of the attachment');
      // Flagged first: a needless re-check is the safe mistake if the source's write then fails.
      await flagCitingClaims(
        context,
        before,
        `The file ${attachment.fileName} was removed from the source “${before.title}”.`,
      );
      return store.updateLibrary((library) => {
        const target = findSource(library.sources, sourceId);
        target.attachments = (target.attachments ?? []).filter((a) => a.sha256 !== sha256);
        if (target.attachments.length === 0) delete target.attachments;
        target.updatedAt = now();
        return target;
      }, 'the removal of the attachment');
    },

    'sources.attachment': async ({ sourceId, sha256 }) => {
      const attachment = findAttachment(findSource(store.listSources(), sourceId), sha256);
      await files.assertIntact(attachment);
      const bytes = await files.read(attachment);
      const type = attachmentTypeOf(`x.${attachment.extension}`)!.type;
      // Name and type come from what the core checked, not from free text in library.json.
      return {
        fileName: `${safeBaseName(attachment.fileName)}.${attachment.extension}`,
        mediaType: type.mediaType,
        dataBase64: bytes.toString('base64'),
      };
    },

    'sources.openAttachment': async ({ sourceId, sha256 }) => {
      const attachment = findAttachment(findSource(store.listSources(), sourceId), sha256);
      // A saved web page would run its scripts in the system's browser: it is downloaded instead.
      if (!context.openFile || attachment.extension === 'html') return { opened: false };
      await files.assertIntact(attachment);
      await context.openFile(files.pathOf(attachment));
      return { opened: true };
    },
  };
}
