import { countWords } from '../../../shared/text-shape';
import { decodeBase64 } from './base64';
import type { CoreContext, Handlers } from './context';

type ImportHandlers = Pick<Handlers, 'import.preview'>;

export function importHandlers({ importDraft }: CoreContext): ImportHandlers {
  return {
    'import.preview': async ({ fileName, dataBase64, options }) => {
      const draft = await importDraft(fileName, decodeBase64(dataBase64, fileName), options);
      return {
        title: draft.title,
        format: draft.format,
        text: draft.text,
        words: countWords(draft.text),
        paragraphs: draft.text.split('\n\n').length,
        comments: draft.comments,
        links: draft.links.length,
        notes: draft.notes,
        trackedChanges: draft.trackedChanges !== undefined,
      };
    },
  };
}
