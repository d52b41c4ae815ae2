/** ClaimReview records as fact-checkers publish them, for the archive's tests. */

export function claimReview(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://factcheck.example/reviews/${n}`,
    claimReviewed: `Ferry fares rose ${n} percent in May.`,
    datePublished: `2024-03-${String((n % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    author: { '@type': 'Organization', name: 'Harbour Checks', url: 'https://factcheck.example' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Mayor Jane Doe' },
      datePublished: '2024-02-01',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/story', headline: 'Council meeting' },
    },
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
    ...overrides,
  };
}

/** A Data Commons / Google fact-check feed: each element's `item` holds one ClaimReview. */
export function feed(reviews: unknown[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    dataFeedElement: reviews.map((review) => ({ '@type': 'DataFeedItem', item: [review] })),
  };
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
export const json = (value: unknown): Uint8Array => bytes(JSON.stringify(value));
