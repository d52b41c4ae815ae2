import { countWords } from '../../../shared/text-shape';
import { importLimitBytes } from '../import/size-limit';
import { decodeBase64 } from './base64';
import type { CoreContext, Handlers } from './context';

type ImportHandlers = Pick<Handlers, 'import.preview'>;

export function importHandlers({ store, importDraft }: CoreContext): ImportHandlers {
  const limit = (): number => importLimitBytes(store.settings());
  return {
    'import.preview': async ({ fileName, dataBase64, options }) => {
      const draft = await importDraft(fileName, decodeBase64(dataBase64, fileName, limit()), {
        ...options,
        maxBytes: limit(),
      });
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
