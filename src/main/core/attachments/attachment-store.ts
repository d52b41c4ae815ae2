import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LIMITS } from '../../../shared/limits';
import type { Attachment } from '../../../shared/model';
import { AppError } from '../app-error';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';
import { storageError } from '../store/storage-error';
import { ATTACHMENT_EXTENSIONS, attachmentTypeOf } from './attachment-types';

const MB = 1024 * 1024;

/**
 * Files attached to sources live in `attachments/` under their SHA-256 and extension: the same file
 * attached twice (or to two sources) is stored once, and a stored file never changes.
 */
export class AttachmentStore {
  constructor(private readonly dataDir: string) {}

  pathOf(attachment: Pick<Attachment, 'sha256' | 'extension'>): string {
    return join(this.dataDir, 'attachments', `${attachment.sha256}.${attachment.extension}`);
  }

  /** Checks and stores the file; returns its record (without `addedAt`, which the caller sets). */
  async put(fileName: string, bytes: Uint8Array): Promise<Omit<Attachment, 'addedAt'>> {
    const found = attachmentTypeOf(fileName);
    if (!found) {
      throw new AppError(
        'UNSUPPORTED_FILE',
        `${fileName} cannot be attached: only ${ATTACHMENT_EXTENSIONS.join(', ')} files are accepted.`,
      );
    }
    if (bytes.length === 0) throw new AppError('INVALID_INPUT', `${fileName} is empty.`);
    if (bytes.length > LIMITS.attachmentBytes) {
      throw new AppError(
        'TOO_LARGE',
        `${fileName} is ${(bytes.length / MB).toFixed(1)} MB; attachments up to ${LIMITS.attachmentBytes / MB} MB are accepted.`,
      );
    }
    if (!found.type.matches(bytes)) {
      throw new AppError(
        'UNSUPPORTED_FILE',
        `${fileName} does not look like a .${found.extension} file, so it was not attached.`,
      );
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const record = {
      sha256,
      extension: found.extension,
      fileName,
      mediaType: found.type.mediaType,
      bytes: bytes.length,
    };
    const path = this.pathOf(record);
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      try {
        await makePrivateDir(join(this.dataDir, 'attachments'));
        await writeFileDurable(path, bytes);
      } catch (error) {
        throw storageError(error, `the attachment ${fileName}`);
      }
    }
    return record;
  }

  /**
   * Checks the stored file before the system opens it: its bytes must still hash to its name and
   * look like its type, so a file swapped or edited inside the data folder is never handed over.
   */
  async assertIntact(attachment: Attachment): Promise<void> {
    const bytes = await this.read(attachment);
    const type = attachmentTypeOf(`x.${attachment.extension}`)?.type;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== attachment.sha256 || !type?.matches(bytes)) {
      throw new AppError(
        'CORRUPT_FILE',
        `The stored file of ${attachment.fileName} has changed since it was attached, so it was not opened.`,
      );
    }
  }

  async read(attachment: Attachment): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(attachment));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('NOT_FOUND', `The file of ${attachment.fileName} is missing from the data folder.`);
      }
      throw storageError(error, `the attachment ${attachment.fileName}`);
    }
  }
}
