import type { DraftComment, DraftLink, TextFormat } from '../../../shared/model';

import type { ImportOptions } from '../../../shared/api';

export type { ImportOptions };

/** The editor's choices plus the size limit in force. */
export interface ParseOptions extends ImportOptions {
  maxBytes?: number;
}

export interface ImportedDraft {
  text: string;
  format: TextFormat;
  title: string;
  comments: DraftComment[];
  links: DraftLink[];
  notes: number;
  trackedChanges?: 'accepted' | 'rejected';
}
