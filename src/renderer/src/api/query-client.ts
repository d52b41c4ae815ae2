import { QueryClient } from '@tanstack/react-query';

/**
 * Answers stay fresh until the core says they changed (its change events invalidate them), so
 * nothing is read again just because a pane was shown again or the window got focus. A failed read
 * is reported at once: the core is on this machine, a retry would only delay the sentence.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
