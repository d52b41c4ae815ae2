import { openCore, type Core } from '../../src/main/core/open-core';
import type { ChildMessage, ParentMessage } from './protocol';

/**
 * The process the crash harness kills: opens the core on the data folder given as the first
 * argument, runs each operation it is sent through `dispatch`, and answers once the result is known.
 * An answer is sent only after `dispatch` resolved, so an acknowledged write is one the core reported
 * as saved.
 */
const dataDir = process.argv[2];

function send(message: ChildMessage, then?: () => void): void {
  process.send?.(message, undefined, undefined, then);
}

async function start(dir: string): Promise<Core> {
  return openCore({
    dataDir: dir,
    resources: {
      samplesDir: new URL('../../resources/samples', import.meta.url).pathname,
      importWorker: { url: new URL('../../src/main/core/import/import-worker.source.mjs', import.meta.url) },
    },
  });
}

if (!dataDir || !process.send) {
  console.error('Usage: started by scripts/crash/run.ts with the data folder as argument and an IPC channel.');
  process.exit(2);
}

try {
  const core = await start(dataDir);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'close') {
      void core.close().then(() => process.exit(0));
      return;
    }
    void core
      .dispatch(message.method, message.payload)
      .then((result) =>
        send(
          result.ok
            ? { type: 'result', seq: message.seq, ok: true, value: result.value }
            : { type: 'result', seq: message.seq, ok: false, code: result.error.code, message: result.error.message },
        ),
      );
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: (error as Error).message }, () => process.exit(1));
}
// A harness that went away must not leave a child holding the data folder.
process.on('disconnect', () => process.exit(1));
