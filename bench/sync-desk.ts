import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RemoteOptions } from '../src/main/core/sync/remote';
import { readAdminPassword } from '../src/main/hub/hub-admin';
import { addMember, putUser } from '../src/main/hub/hub-users';

export interface BenchHub {
  dir: string;
  /** A fresh desk with a member who may sign in to it. */
  desk: (name: string) => Promise<RemoteOptions>;
  close: () => Promise<void>;
}

/** A hub in a child process, so that its work does not share the measured machine's event loop. */
export async function startBenchHub(): Promise<BenchHub> {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-bench-hub-'));
  const script = fileURLToPath(new URL('./hub-child.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [url] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const password = await readAdminPassword(dir);
  const admin = { url, name: 'admin', password: password! };
  return {
    dir,
    desk: async (name) => {
      const member = { user: `checker-${name}`, password: `bench-password-${name}` };
      await putUser(admin, member.user, member.password);
      await addMember(admin, name, member.user);
      return { url: `${url}/${name}`, ...member };
    },
    close: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
