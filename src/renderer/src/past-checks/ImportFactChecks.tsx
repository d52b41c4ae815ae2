import { useRef } from 'react';
import { ApiCallError } from '../api/client';
import { useImportFactChecks } from './past-check-mutations';
import { importSummaryText } from './past-check-text';

const ACCEPT = '.json,.jsonld,.html,.htm,.csv,.tsv';

/** Import… with the outcome beneath it: the counts, each item left out and why, or the refusal. */
export function ImportFactChecks() {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportFactChecks();
  const summary = importFile.data;
  const refusal = importFile.error;
  return (
    <div className="past-check-import">
      <button
        type="button"
        className="button small"
        disabled={importFile.isPending}
        onClick={() => input.current?.click()}
      >
        {importFile.isPending ? 'Importing…' : 'Import…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="File of fact-checks"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) importFile.mutate(file);
        }}
      />
      {summary ? (
        <div className="import-summary" role="status" aria-label="Import summary">
          <p>{importSummaryText(summary)}</p>
          {summary.problems.length > 0 ? (
            <details>
              <summary>What was left out</summary>
              <ul>
                {summary.problems.map((problem, at) => (
                  <li key={at}>{problem.message}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
      {refusal ? (
        <p className="import-error" role="alert" title={refusal instanceof ApiCallError ? refusal.code : undefined}>
          {refusal.message}
        </p>
      ) : null}
    </div>
  );
}
