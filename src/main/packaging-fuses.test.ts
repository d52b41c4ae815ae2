import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

interface BuilderConfig {
  asar?: unknown;
  files?: unknown;
  electronFuses?: Record<string, unknown>;
}

async function builderConfig(): Promise<BuilderConfig> {
  return load(await readFile(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it("flips Electron's fuses: no run-as-node, no NODE_OPTIONS or inspect, ASAR integrity and ASAR only", async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the build output and package.json: no sources, tests or data', async () => {
    expect((await builderConfig()).files).toEqual(['out/**', 'package.json']);
  });
});
