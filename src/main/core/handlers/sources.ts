import type { SourceFields } from '../../../shared/api';
import type { Source } from '../../../shared/model';
import { AppError } from '../app-error';
import { newSourceId } from '../domain/ids';
import type { CoreContext, Handlers } from './context';

type SourceHandlers = Pick<Handlers, 'sources.create' | 'sources.update' | 'sources.list'>;

const OPTIONAL_FIELDS = ['url', 'author', 'publisher', 'date', 'notes'] as const;

/** Empty optional fields are removed rather than stored as "". */
function applyFields(source: Source, fields: Partial<SourceFields>): void {
  if (fields.kind !== undefined) source.kind = fields.kind;
  if (fields.title !== undefined) source.title = fields.title;
  for (const key of OPTIONAL_FIELDS) {
    const value = fields[key];
    if (value === undefined) continue;
    if (value.trim() === '') delete source[key];
    else source[key] = value.trim();
  }
}

export function sourceHandlers({ store, now }: CoreContext): SourceHandlers {
  return {
    'sources.list': async () => [...store.listSources()].sort((a, b) => a.title.localeCompare(b.title)),

    'sources.create': (fields) =>
      store.updateLibrary((library) => {
        const at = now();
        const source: Source = {
          id: newSourceId(),
          kind: fields.kind,
          title: fields.title,
          createdAt: at,
          updatedAt: at,
        };
        applyFields(source, fields);
        library.sources.push(source);
        return source;
      }, 'the new source'),

    'sources.update': ({ id, ...fields }) =>
      store.updateLibrary((library) => {
        const source = library.sources.find((s) => s.id === id);
        if (!source) throw new AppError('NOT_FOUND', `There is no source with id ${id}.`);
        applyFields(source, fields);
        source.updatedAt = now();
        return source;
      }, 'the source'),
  };
}
