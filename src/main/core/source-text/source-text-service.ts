import type { Attachment, Source } from '../../../shared/model';
import type { SourceText, SourceTextMatch, SourceTextState } from '../../../shared/source-text';
import { AppError } from '../app-error';
import { AttachmentStore } from '../attachments/attachment-store';
import { importLimitBytes } from '../import/size-limit';
import { SerialQueue } from '../serial-queue';
import type { Store } from '../store/store';
import { hasReadableText } from './document-text';
import type { TextExtractor } from './extract-runner';
import { findInDocuments, type SearchableDocument } from './find-text';
import { foldWithOrigin, type FoldedText } from './folded-text';
import { stateOf, TextFiles, textOf, type TextOutcome } from './text-files';

export interface SourceTextOptions {
  store: Pick<Store, 'dir' | 'listSources' | 'settings'>;
  extract: TextExtractor;
  /** Tells every client that a file's text state changed (not a change of the library itself). */
  announce: () => void;
  /** A read-only core reads texts but keeps none. */
  readOnly: boolean;
  log?: (message: string) => void;
}

/** The name the reader sees: the stored (normalised) extension, so that "notes.text" reads as text. */
function readerName(attachment: Attachment): string {
  return `${attachment.fileName.replace(/\.[^.]*$/, '')}.${attachment.extension}`;
}

/** Images and recordings have no text to read; saying which is kinder than saying nothing. */
function unreadable(attachment: Attachment): SourceTextState {
  const kind = attachment.mediaType.split('/')[0];
  return {
    state: 'no-text',
    reason: kind === 'image' ? 'an image' : kind === 'audio' ? 'a recording' : 'not a document',
  };
}

/**
 * The text of every attached document, read once per file (by SHA-256) in the import worker and
 * kept in `attachments/text/`. Files attached here are read as they are attached; files that came
 * from another machine of the desk, or before texts were kept, are read when first asked about.
 */
export class SourceTextService {
  private readonly files: TextFiles;
  private readonly attachments: AttachmentStore;
  private readonly outcomes = new Map<string, TextOutcome>();
  private readonly folded = new Map<string, FoldedText>();
  private readonly reading = new Map<string, Promise<void>>();
  private readonly queue = new SerialQueue();
  private readonly log: (message: string) => void;
  private closing = false;

  constructor(private readonly options: SourceTextOptions) {
    this.files = new TextFiles(options.store.dir);
    this.attachments = new AttachmentStore(options.store.dir);
    this.log = options.log ?? console.error;
  }

  /** Reads the file's text unless it is known; resolves once it is (never rejects). */
  read(attachment: Attachment): Promise<void> {
    if (!hasReadableText(readerName(attachment)) || this.outcomes.has(attachment.sha256)) return Promise.resolve();
    const running = this.reading.get(attachment.sha256);
    if (running) return running;
    const job = this.queue
      .run(() => this.readNow(attachment))
      .catch((error: Error) => {
        // A file still on its way from the desk is read when it arrives: no fault to log.
        if (!(error instanceof AppError && error.code === 'NOT_FOUND')) {
          this.log(`[source-text] ${attachment.fileName}: ${error.message}`);
        }
      })
      .finally(() => this.reading.delete(attachment.sha256));
    this.reading.set(attachment.sha256, job);
    return job;
  }

  private async readNow(attachment: Attachment): Promise<void> {
    if (this.closing) return;
    const { sha256 } = attachment;
    const kept = await this.files.read(sha256);
    if (kept) {
      this.outcomes.set(sha256, kept);
      return;
    }
    const bytes = await this.attachments.read(attachment);
    let outcome: TextOutcome;
    try {
      outcome = await this.options.extract(
        readerName(attachment),
        bytes,
        importLimitBytes(this.options.store.settings()),
      );
    } catch (error) {
      const refused = error instanceof AppError ? error : new AppError('CORRUPT_FILE', String(error));
      outcome = { state: 'failed', code: refused.code, message: refused.message };
    }
    if (!this.options.readOnly) {
      await this.files
        .write(sha256, outcome)
        .catch((error: Error) => this.log(`[source-text] not kept: ${error.message}`));
    }
    this.outcomes.set(sha256, outcome);
    this.options.announce();
  }

  private allAttachments(): { source: Source; attachment: Attachment }[] {
    return this.options.store
      .listSources()
      .flatMap((source) => (source.attachments ?? []).map((attachment) => ({ source, attachment })));
  }

  /** Each attached file's text state, by SHA-256; files not read yet are started. */
  status(): Record<string, SourceTextState> {
    const states: Record<string, SourceTextState> = {};
    for (const { attachment } of this.allAttachments()) {
      const outcome = this.outcomes.get(attachment.sha256);
      if (outcome) states[attachment.sha256] = stateOf(outcome);
      else if (!hasReadableText(readerName(attachment))) states[attachment.sha256] = unreadable(attachment);
      else {
        states[attachment.sha256] = { state: 'reading' };
        void this.read(attachment);
      }
    }
    return states;
  }

  /** A file's text with its page and paragraph boundaries, reading it first if need be. */
  async readSourceText(attachment: Attachment): Promise<SourceText | undefined> {
    await this.read(attachment);
    const outcome = this.outcomes.get(attachment.sha256);
    return outcome ? textOf(outcome) : undefined;
  }

  /**
   * Finds the query in every attached document's text, sources in title order. Files still being
   * read are waited for up to `waitMs`; those not done by then are counted in `reading`.
   */
  async find(query: string, limit: number, waitMs = 5_000): Promise<{ matches: SourceTextMatch[]; reading: number }> {
    const all = this.allAttachments().sort((a, b) => a.source.title.localeCompare(b.source.title));
    const pending = Promise.all(all.map(({ attachment }) => this.read(attachment)));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([pending, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    const documents: SearchableDocument[] = [];
    let reading = 0;
    for (const { source, attachment } of all) {
      if (!hasReadableText(readerName(attachment))) continue;
      const outcome = this.outcomes.get(attachment.sha256);
      if (!outcome) reading++;
      const text = outcome && textOf(outcome);
      if (!text) continue;
      let folded = this.folded.get(attachment.sha256);
      if (!folded) this.folded.set(attachment.sha256, (folded = foldWithOrigin(text.text)));
      documents.push({
        sourceId: source.id,
        sourceTitle: source.title,
        sha256: attachment.sha256,
        fileName: attachment.fileName,
        text,
        folded,
      });
    }
    return { matches: findInDocuments(documents, query, limit), reading };
  }

  /** Resolves once no file is being read (waiting ones are left for the next start). */
  settled(): Promise<void> {
    return this.queue.idle();
  }

  /** Reads nothing more; resolves once the file being read, if any, is done (before the worker closes). */
  close(): Promise<void> {
    this.closing = true;
    return this.queue.idle();
  }
}
