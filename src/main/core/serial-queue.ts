/**
 * Runs tasks one at a time, in the order they were handed in. A task that fails rejects only its
 * own promise: the next one still runs.
 */
export class SerialQueue {
  /** The last task handed in, settled either way; it never rejects. */
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task handed in before it has settled. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once no task is waiting or running, including tasks handed in while it waits. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
