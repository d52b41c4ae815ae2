// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, ArticleSummary, Claim } from '../../../shared/model';
import { ApiCallError } from '../api/client';
import type * as Client from '../api/client';
import { useSetStatus } from './claim-mutations';

// The transport is replaced by a call the test answers by hand; the cache logic is the real one.
const pending: { resolve: (claim: Claim) => void; reject: (error: unknown) => void }[] = [];
vi.mock('../api/client', async (original) => ({
  ...(await original<typeof Client>()),
  call: vi.fn(
    () =>
      new Promise((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  ),
}));

const claim = { id: 'c1', status: 'unchecked', notes: '' } as Claim;
const article = { id: 'a1', claims: [claim] } as Article;
const entry = {
  id: 'a1',
  claimCount: 1,
  verifiedCount: 0,
  settledCount: 0,
  statusCounts: { unchecked: 1 },
} as unknown as ArticleSummary;

function setup() {
  const client = new QueryClient();
  client.setQueryData(['articles.get', 'a1'], article);
  client.setQueryData(['articles.list'], [entry]);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSetStatus(), { wrapper });
  const shown = () => ({
    status: client.getQueryData<Article>(['articles.get', 'a1'])!.claims[0]!.status,
    notes: client.getQueryData<Article>(['articles.get', 'a1'])!.claims[0]!.notes,
    list: client.getQueryData<ArticleSummary[]>(['articles.list'])![0]!,
  });
  return { result, shown };
}

describe('useSetStatus', () => {
  afterEach(() => {
    cleanup();
    pending.length = 0;
  });

  it('draws the status and the list counts before the core answers, then keeps the answer', async () => {
    const { result, shown } = setup();
    let done!: Promise<Claim>;
    act(() => {
      done = result.current.mutateAsync({ articleId: 'a1', claimId: 'c1', status: 'in-progress' });
    });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect(shown().status).toBe('in-progress');
    expect(shown().list.statusCounts).toMatchObject({ unchecked: 0, 'in-progress': 1 });
    await act(async () => {
      pending[0]!.resolve({ ...claim, status: 'in-progress', notes: 'from the core' });
      await done;
    });
    expect(shown()).toMatchObject({ status: 'in-progress', notes: 'from the core' });
  });

  it('puts the stored status and counts back when the core refuses', async () => {
    const { result, shown } = setup();
    let done!: Promise<unknown>;
    act(() => {
      done = result.current.mutateAsync({ articleId: 'a1', claimId: 'c1', status: 'verified' }).catch((e) => e);
    });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect(shown().status).toBe('verified');
    expect(shown().list.verifiedCount).toBe(1);
    await act(async () => {
      pending[0]!.reject(new ApiCallError('STATUS_RULE', 'Link a supporting source first.'));
      expect(await done).toBeInstanceOf(ApiCallError);
    });
    expect(shown().status).toBe('unchecked');
    expect(shown().list).toMatchObject({ verifiedCount: 0, settledCount: 0, statusCounts: { unchecked: 1 } });
  });
});
