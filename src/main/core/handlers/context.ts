import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { Actor } from '../domain/claim-changes';
import type { TextJobRunner } from '../compute/text-runner';
import type { DraftImporter } from '../import/import-runner';
import type { SourceChecker } from '../source-checks/source-checker';
import type { SourceTextService } from '../source-text/source-text-service';
import type { Store } from '../store/store';

export interface CoreContext {
  store: Store;
  /** This machine's name, recorded with every history event (desk sync). */
  machine?: string;
  /** ISO timestamp; injectable so that tests control time. */
  now: () => string;
  samplesDir: string;
  /** Reads an imported file off the event loop (see import-runner.ts). */
  importDraft: DraftImporter;
  /** Scores and compares long drafts off the event loop (see compute/text-runner.ts). */
  runTextJob: TextJobRunner['run'];
  /** The attached documents' texts, read once per file (see source-text/). */
  sourceText: SourceTextService;
  /** Excerpts and quotes looked up in those texts (see source-checks/). */
  sourceChecks: SourceChecker;
  /** Prints HTML to PDF, where the platform can (Electron, or a local Chromium). */
  printPdf?: PdfPrinter;
  /** Opens a file with the system's viewer, where the platform can (the desktop app). */
  openFile?: FileOpener;
}

/** Who is making a change, where and when: every history event records it. */
export function actorFor(context: Pick<CoreContext, 'store' | 'now' | 'machine'>, at = context.now()): Actor {
  return { by: context.store.settings().editorName, at, ...(context.machine ? { machine: context.machine } : {}) };
}

export type FileOpener = (path: string) => Promise<void>;

export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export type Handlers = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
