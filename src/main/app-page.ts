import type { AppLocation } from './navigation-guards';

/**
 * The desktop app loads its page from its own privileged scheme rather than file://, so that
 * `'self'` in the CSP means the built renderer folder and nothing else on the disk, and only files
 * inside that folder are ever served (see static-files.ts).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The dev server's address, from ELECTRON_RENDERER_URL, only in development: a packaged app that
 * honoured it would give whatever page it names the preload bridge and the IPC sender check.
 */
export function devServerUrlFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  return isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
}

/** The path an app-scheme request asks for, or null when it is addressed to any other host. */
export function appRequestPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST ? parsed.pathname : null;
}

/** Where the window's page lives: the dev server in development, the app scheme otherwise. */
export function appLocation(devServerUrl: string | undefined): AppLocation {
  return { devServerUrl, pageUrl: APP_PAGE_URL };
}

/**
 * The origins Chromium reports for a frame showing the app page: the app scheme's, and the dev
 * server's in development. Node's URL gives `null` for a scheme it does not know, so the app
 * scheme's origin is spelled out.
 */
export function appOrigins(app: AppLocation): string[] {
  const page = new URL(app.pageUrl);
  const origins = [`${page.protocol}//${page.host}`];
  if (app.devServerUrl) origins.push(new URL(app.devServerUrl).origin);
  return origins;
}
