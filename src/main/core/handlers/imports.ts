import { countWords } from '../../../shared/text-shape';
import { readUpload } from './upload';
import type { CoreContext, Handlers } from './context';

type ImportHandlers = Pick<Handlers, 'import.preview'>;

export function importHandlers(context: CoreContext): ImportHandlers {
  return {
    'import.preview': async ({ fileName, dataBase64, options }) => {
      const draft = await readUpload(context, { fileName, dataBase64, options });
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
