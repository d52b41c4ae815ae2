import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './app-menu';
import { APP_PAGE_URL, appRequestPath, devServerUrlFor } from './app-page';

const MAIN = import.meta.dirname;

/** The shell's own source files (Electron cannot run here, so its wiring is read from the source). */
async function shellSources(): Promise<Map<string, string>> {
  const names = (await readdir(MAIN, { recursive: true })).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('core'),
  );
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(MAIN, name), 'utf8')] as const)),
  );
}

describe('a packaged app', () => {
  it('ignores ELECTRON_RENDERER_URL; development still uses it', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://evil.example/' };
    expect(devServerUrlFor(true, env)).toBeUndefined();
    expect(devServerUrlFor(false, env)).toBe('http://evil.example/');
  });

  it('reads ELECTRON_RENDERER_URL nowhere but through devServerUrlFor(app.isPackaged, …)', async () => {
    const sources = await shellSources();
    for (const [name, text] of sources) {
      if (name === 'app-page.ts') continue;
      expect(text, name).not.toMatch(/ELECTRON_RENDERER_URL/);
    }
    expect(sources.get('index.ts')).toMatch(/devServerUrlFor\(app\.isPackaged, process\.env\)/);
  });

  it('has no developer tools: none in the menu, none in the window', async () => {
    const roles = JSON.stringify(menuTemplate(true));
    expect(roles).not.toMatch(/toggleDevTools|"viewMenu"|"reload"|"forceReload"/);
    expect(JSON.stringify(menuTemplate(false))).toContain('"viewMenu"');
    expect((await shellSources()).get('index.ts')).toMatch(/devTools: !app\.isPackaged/);
  });

  it('serves its page scheme to its own host only', async () => {
    expect(appRequestPath(APP_PAGE_URL)).toBe('/index.html');
    expect(appRequestPath('app://workbench/assets/index.js')).toBe('/assets/index.js');
    expect(appRequestPath('app://evil/index.html')).toBeNull();
    expect(appRequestPath('app://workbench.evil/index.html')).toBeNull();
    expect(appRequestPath('https://workbench/index.html')).toBeNull();
    expect(appRequestPath('not a url')).toBeNull();
    expect((await shellSources()).get('index.ts')).toMatch(/const path = appRequestPath\(request\.url\);/);
  });
});
