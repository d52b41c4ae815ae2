interface KeyState {
  /** The last value the core acknowledged (or that was found on disk after a crash). */
  settled: string | undefined;
  /** Values sent after it and not yet acknowledged, in the order the core applies them. */
  pending: { seq: number; value: string }[];
}

/**
 * What each stored value may be after a crash: exactly the last acknowledged value, or one of the
 * values sent after it that were still in flight (each of those may or may not have landed).
 */
export class Expectations {
  private readonly keys = new Map<string, KeyState>();

  private state(key: string): KeyState {
    let state = this.keys.get(key);
    if (!state) {
      state = { settled: undefined, pending: [] };
      this.keys.set(key, state);
    }
    return state;
  }

  /** The value `key` will have once everything sent so far is done. */
  projected(key: string): string | undefined {
    const state = this.keys.get(key);
    return state?.pending.at(-1)?.value ?? state?.settled;
  }

  sent(seq: number, key: string, value: string): void {
    this.state(key).pending.push({ seq, value });
  }

  /** Operation `seq` was acknowledged: its value is now the one that must survive. */
  acked(seq: number, key: string): void {
    const state = this.state(key);
    const at = state.pending.findIndex((p) => p.seq === seq);
    if (at < 0) throw new Error(`Operation ${seq} never wrote ${key}.`);
    state.settled = state.pending[at]!.value;
    state.pending = state.pending.slice(at + 1);
  }

  /** The value is known for certain: a new record was acknowledged, or it was read after a crash. */
  settle(key: string, value: string): void {
    this.keys.set(key, { settled: value, pending: [] });
  }

  /** The values the disk may hold for `key` right now. */
  allowed(key: string): string[] {
    const state = this.keys.get(key);
    if (!state) return [];
    const values = state.pending.map((p) => p.value);
    return state.settled === undefined ? values : [state.settled, ...values];
  }

  lastAcked(key: string): string | undefined {
    return this.keys.get(key)?.settled;
  }

  forget(key: string): void {
    this.keys.delete(key);
  }

  all(): string[] {
    return [...this.keys.keys()];
  }
}
