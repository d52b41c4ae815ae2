import { useQuery } from '@tanstack/react-query';
import { queryOptionsFor } from '../api/queries';

/** The claim's excerpts and quote checked against its sources' documents; undefined while read. */
export function useSourceCheck(claimId: string, enabled: boolean) {
  return useQuery({ ...queryOptionsFor('claims.sourceCheck', { claimId }), enabled }).data;
}
