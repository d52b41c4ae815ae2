import { ApiCallError } from '../api/client';

/** What an editor reads about a failure: the core's sentence; its code is kept for a tooltip. */
export function noticeOf(error: unknown): { text: string; code?: string } {
  if (error instanceof ApiCallError) return { text: error.message, code: error.code };
  return { text: error instanceof Error ? error.message : String(error) };
}
