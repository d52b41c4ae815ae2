import { describe, expect, it } from 'vitest';
import { SerialQueue } from './serial-queue';

/** A promise settled from outside, so that a test decides when each task finishes. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Lets every pending promise callback run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SerialQueue', () => {
  it('runs tasks one at a time, in the order they were handed in', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const first = gate();
    const a = queue.run(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      return 'a';
    });
    const b = queue.run(() => {
      log.push('b runs');
      return 'b';
    });
    await settle();
    expect(log).toEqual(['a starts']);
    first.open();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('rejects only the failing task, and the next one still runs', async () => {
    const queue = new SerialQueue();
    const failing = queue.run(async () => {
      throw new Error('disk full');
    });
    const throwing = queue.run(() => {
      throw new Error('thrown before any await');
    });
    const next = queue.run(async () => 'next');
    await expect(failing).rejects.toThrow('disk full');
    await expect(throwing).rejects.toThrow('thrown before any await');
    await expect(next).resolves.toBe('next');
  });

  it('idle() waits for every task, also those handed in while it waits', async () => {
    const queue = new SerialQueue();
    const done: string[] = [];
    const first = gate();
    const second = gate();
    void queue.run(async () => {
      await first.promise;
      done.push('first');
      // Handed in while idle() is already waiting.
      void queue.run(async () => {
        await second.promise;
        done.push('second');
      });
    });
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    first.open();
    await settle();
    expect(done).toEqual(['first']);
    expect(idle).toBe(false);
    second.open();
    await waiting;
    expect(done).toEqual(['first', 'second']);
  });

  it('idle() resolves at once on an empty queue, and after a failure', async () => {
    const queue = new SerialQueue();
    await expect(queue.idle()).resolves.toBeUndefined();
    queue
      .run(async () => {
        throw new Error('refused');
      })
      .catch(() => undefined);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
