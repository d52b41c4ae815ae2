import { draftFormatList } from '../../../shared/import-formats';
import type { SampleInfo } from '../../../shared/model';

interface Props {
  samples: SampleInfo[];
  hasArticles: boolean;
  onNew: () => void;
  onOpenSample: (id: string) => void;
}

/** What the middle pane shows when no article is open. */
export function StartScreen({ samples, hasArticles, onNew, onOpenSample }: Props) {
  return (
    <section className="start-screen" aria-label="Start">
      <h1>{hasArticles ? 'Open an article from the list' : 'Bring in a draft to check'}</h1>
      <p>
        Paste the text of a draft or open a {draftFormatList()} file. Then select the words of each claim and press{' '}
        <kbd>T</kbd> to tag it, link it to its sources and record what you found. Everything stays on this computer.
      </p>
      <div className="start-actions">
        <button type="button" className="button primary" onClick={onNew}>
          Paste a draft or open a file…
        </button>
        {samples.map((s) => (
          <button key={s.id} type="button" className="button" onClick={() => onOpenSample(s.id)}>
            Open sample: {s.title} ({s.words} words)
          </button>
        ))}
      </div>
    </section>
  );
}
