import type { DraftComment, DraftLink, TextFormat } from '../../../shared/model';

export type { ImportOptions } from '../../../shared/api';

export interface ImportedDraft {
  text: string;
  format: TextFormat;
  title: string;
  comments: DraftComment[];
  links: DraftLink[];
  notes: number;
  trackedChanges?: 'accepted' | 'rejected';
}
