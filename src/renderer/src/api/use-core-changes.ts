import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CoreChange } from '../../../shared/events';
import { applyChange } from './change-cache';
import { subscribeToChanges } from './changes';
import { CLIENT_ID } from './client-id';

type Removal = Extract<CoreChange, { kind: 'article-removed' }>;

/**
 * Keeps the query cache in step with the core's change events while the page is open. When the
 * stream (re)opens, answers read before it opened are read again: a change may have slipped
 * through the gap.
 */
export function useCoreChanges(onArticleRemoved: (change: Removal) => void): void {
  const client = useQueryClient();
  const removed = useRef(onArticleRemoved);
  useLayoutEffect(() => {
    removed.current = onArticleRemoved;
  });
  useEffect(
    () =>
      subscribeToChanges({
        onChange: (change) => {
          applyChange(client, change, CLIENT_ID);
          if (change.kind === 'article-removed') removed.current(change);
        },
        onConnect: (at) =>
          void client.invalidateQueries({
            predicate: ({ state }) => state.dataUpdatedAt > 0 && state.dataUpdatedAt < at,
          }),
      }),
    [client],
  );
}
