/** Marks a claim with a field changed on two machines and not yet resolved. */
export function ConflictBadge() {
  return (
    <span className="conflict-badge" title="Changed on two machines: open the claim to choose the value to keep">
      Conflict
    </span>
  );
}
