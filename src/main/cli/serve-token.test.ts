import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-helpers';
import { UsageError } from './cli-io';
import { fixedToken } from './serve-token';

async function tokenFile(mode: number, text = 'from-the-file\n'): Promise<string> {
  const file = join(await tempDir(), 'token');
  await writeFile(file, text);
  await chmod(file, mode);
  return file;
}

describe('fixedToken', () => {
  it('reads a private token file, trimmed', async () => {
    const warnings: string[] = [];
    const token = await fixedToken({ tokenFile: await tokenFile(0o600), env: {}, stderr: (l) => warnings.push(l) });
    expect(token).toBe('from-the-file');
    expect(warnings).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a token file that other users can read, with a sentence',
    async () => {
      for (const mode of [0o644, 0o640, 0o604, 0o660]) {
        const file = await tokenFile(mode);
        const refusal = fixedToken({ tokenFile: file, env: {}, stderr: () => undefined });
        await expect(refusal).rejects.toBeInstanceOf(UsageError);
        await expect(refusal).rejects.toThrow(`${file} can be read or changed by other users`);
      }
    },
  );

  it('refuses an empty or missing token file', async () => {
    const stderr = (): void => undefined;
    await expect(fixedToken({ tokenFile: await tokenFile(0o600, ' \n'), env: {}, stderr })).rejects.toThrow(/is empty/);
    await expect(fixedToken({ tokenFile: '/no/such/token', env: {}, stderr })).rejects.toThrow(/No such token file/);
  });

  it('takes FACTCHECK_TOKEN silently, and --token with a warning', async () => {
    const warnings: string[] = [];
    const stderr = (line: string): number => warnings.push(line);
    expect(await fixedToken({ env: { FACTCHECK_TOKEN: 'from-env' }, stderr })).toBe('from-env');
    expect(warnings).toEqual([]);
    expect(await fixedToken({ token: 'from-argv', env: {}, stderr })).toBe('from-argv');
    expect(warnings).toEqual([expect.stringMatching(/visible to every user .* process list/)]);
    expect(await fixedToken({ env: {}, stderr })).toBeUndefined();
  });

  it('refuses --token together with --token-file', async () => {
    const both = fixedToken({ token: 't', tokenFile: await tokenFile(0o600), env: {}, stderr: () => undefined });
    await expect(both).rejects.toThrow('Give either --token or --token-file, not both.');
  });
});
