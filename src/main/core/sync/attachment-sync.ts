import { access } from 'node:fs/promises';
import type { Source } from '../../../shared/model';
import { AttachmentStore } from '../attachments/attachment-store';
import { attachmentDocId } from './doc-layout';
import type { SyncContext } from './sync-context';

/**
 * Attached files, one document each under their SHA-256: a file this machine has and the mirror
 * lacks is put there; a file a source names and this machine lacks is fetched from the mirror,
 * checked (type, size, hash) as an upload is, and stored. One still on the way comes with a later change.
 */
export async function syncAttachments(context: SyncContext, sources: Source[]): Promise<void> {
  const files = new AttachmentStore(context.store.dir);
  const attachments = new Map(sources.flatMap((s) => (s.attachments ?? []).map((a) => [a.sha256, a] as const)));
  const inMirror = await context.mirror.exists([...attachments.keys()].map(attachmentDocId));
  for (const [sha256, attachment] of attachments) {
    const path = files.pathOf(attachment);
    const here = await access(path).then(
      () => true,
      () => false,
    );
    const id = attachmentDocId(sha256);
    if (here && !inMirror.has(id)) {
      const writer = context.writer();
      await context.mirror.putAttachment(
        id,
        {
          type: 'attachment',
          extension: attachment.extension,
          mediaType: attachment.mediaType,
          bytes: attachment.bytes,
          updatedBy: writer.by,
          machine: writer.machine,
          updatedAt: writer.at,
        },
        await files.read(attachment),
      );
    } else if (!here && inMirror.has(id)) {
      const bytes = await context.mirror.attachmentBytes(id);
      const stored = await files.put(`${sha256}.${attachment.extension}`, bytes).catch(() => undefined);
      if (stored?.sha256 !== sha256) context.refused(`the attached file ${attachment.fileName} from the desk`);
    }
  }
}
