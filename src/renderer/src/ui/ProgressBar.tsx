interface Props {
  total: number;
  verified: number;
  /** Claims with any final status; the part beyond `verified` is shown as settled otherwise. */
  settled: number;
}

export function ProgressBar({ total, verified, settled }: Props) {
  const pct = (n: number): string => `${total === 0 ? 0 : (100 * n) / total}%`;
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={`${verified} of ${total} claims verified`}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={verified}
    >
      <span className="progress-verified" style={{ width: pct(verified) }} />
      <span className="progress-settled" style={{ width: pct(settled - verified) }} />
    </span>
  );
}
