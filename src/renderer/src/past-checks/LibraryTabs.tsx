export type LibraryTab = 'sources' | 'past-checks';

const TABS: { tab: LibraryTab; label: string }[] = [
  { tab: 'sources', label: 'Sources' },
  { tab: 'past-checks', label: 'Past fact-checks' },
];

/** The two halves of the library: the sources the desk cites, and the fact-checks already done. */
export function LibraryTabs({ current, onChange }: { current: LibraryTab; onChange: (tab: LibraryTab) => void }) {
  return (
    <div className="library-tabs" role="tablist" aria-label="Library">
      {TABS.map(({ tab, label }) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === current}
          className={`library-tab${tab === current ? ' current' : ''}`}
          onClick={() => onChange(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
