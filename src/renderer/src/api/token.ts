const TOKEN_KEY = 'factcheck-token';

/** Browser mode: the token arrives once in the URL printed by `factcheck serve`, then lives in this tab. */
export function browserToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    window.history.replaceState(null, '', window.location.pathname);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export const NO_TOKEN_MESSAGE = 'This page has no access token. Open the full address that `factcheck serve` printed.';
