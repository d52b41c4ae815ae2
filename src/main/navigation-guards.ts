/**
 * The desktop shell's guards, as pure functions so that they are tested without Electron: which
 * address is the app itself, and which may be handed to the system browser or mail program.
 */

export interface AppLocation {
  /** The electron-vite dev server, in development only. */
  devServerUrl?: string | undefined;
  /** The built renderer's index.html, served by the app's own protocol (see app-page.ts). */
  pageUrl: string;
}

/** What the shell does with an address: load it in the window, or refuse it and maybe open it outside. */
export interface GuardDecision {
  allow: boolean;
  /** The address to give to `shell.openExternal`, or null to drop it. */
  external: string | null;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The app's own page (any query or fragment), and nothing else: not a look-alike prefix. */
export function isAppUrl(url: string, app: AppLocation): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  const dev = app.devServerUrl ? parse(app.devServerUrl) : undefined;
  if (dev && parsed.origin === dev.origin && parsed.protocol === dev.protocol) return true;
  const page = parse(app.pageUrl);
  return !!page && parsed.protocol === page.protocol && parsed.host === page.host && parsed.pathname === page.pathname;
}

/**
 * The address to open outside the app, or null: only http(s) with a host and no user name or
 * password in it (a classic disguise), and mailto.
 */
export function externalUrl(url: string): string | null {
  const parsed = parse(url.trim());
  if (!parsed) return null;
  if (parsed.protocol === 'mailto:') return parsed.href;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

/** `will-navigate`: the window stays on the app page; anything else may open outside, never inside. */
export function decideNavigation(url: string, app: AppLocation): GuardDecision {
  if (isAppUrl(url, app)) return { allow: true, external: null };
  return { allow: false, external: externalUrl(url) };
}

/** `setWindowOpenHandler`: the app never opens a window of its own; web and mail links go outside. */
export function decideWindowOpen(url: string): GuardDecision {
  return { allow: false, external: externalUrl(url) };
}
