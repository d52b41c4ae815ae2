import { LIMITS } from '../../../shared/limits';
import type { SourceTextService } from '../source-text/source-text-service';
import type { Handlers } from './context';

type SourceTextHandlers = Pick<Handlers, 'sources.findText' | 'sources.textStatus'>;

/** Default number of places "Find in sources" lists. */
const DEFAULT_MATCHES = 50;

export function sourceTextHandlers(texts: SourceTextService): SourceTextHandlers {
  return {
    'sources.findText': ({ query, limit }) =>
      texts.find(query, Math.min(limit ?? DEFAULT_MATCHES, LIMITS.searchResults)),
    'sources.textStatus': () => Promise.resolve(texts.status()),
  };
}
