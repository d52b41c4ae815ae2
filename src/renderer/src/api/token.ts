const TOKEN_KEY = 'factcheck-token';
const LAUNCH_PARAM = 'launch';

export const NO_TOKEN_MESSAGE = 'This page has no access token. Open the full address that `factcheck serve` printed.';

export const USED_ADDRESS_MESSAGE =
  'This address was already used. Start the workbench again (or run factcheck serve) for a new one.';

export type TokenResult = { token: string } | { refused: string };

/** The launch code in the address (`#launch=…`), taken out of the address bar at once. */
function takeLaunchCode(): string | null {
  const code = new URLSearchParams(window.location.hash.slice(1)).get(LAUNCH_PARAM);
  if (code) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return code;
}

async function exchange(code: string): Promise<TokenResult> {
  let response: Response;
  try {
    response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ launch: code }),
      cache: 'no-store',
    });
  } catch {
    return { refused: 'The workbench server is not reachable. Is `factcheck serve` still running?' };
  }
  const answer = (await response.json().catch(() => null)) as {
    ok?: boolean;
    value?: { token?: unknown };
    error?: { message?: string };
  } | null;
  const token = answer?.ok ? answer.value?.token : undefined;
  if (typeof token !== 'string') return { refused: answer?.error?.message ?? USED_ADDRESS_MESSAGE };
  sessionStorage.setItem(TOKEN_KEY, token);
  return { token };
}

let pending: Promise<TokenResult> | undefined;

/**
 * Browser mode: the printed address carries a single-use launch code, exchanged once for the
 * session token, which then lives in this tab (sessionStorage) and never in the address or history.
 * A page opened again from the same address is refused, with the reason.
 */
export function browserToken(): Promise<TokenResult> {
  if (pending) return pending;
  const code = takeLaunchCode();
  if (code) {
    pending = exchange(code);
    return pending;
  }
  const stored = sessionStorage.getItem(TOKEN_KEY);
  return Promise.resolve(stored ? { token: stored } : { refused: NO_TOKEN_MESSAGE });
}
