/**
 * What a screen or dialog shows while its code is fetched (it is loaded when first opened, so that
 * start-up fetches less). `floating` keeps it out of the layout, for dialogs.
 */
export function Loading({ floating = false }: { floating?: boolean }) {
  return (
    <p className={`loading${floating ? ' floating' : ''}`} aria-busy="true">
      Loading…
    </p>
  );
}
