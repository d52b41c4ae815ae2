import { random } from '../../bench/generate-draft';

/** A seeded source of choices: the same seed replays the same run (up to the timing of kills). */
export class Random {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = random(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Nothing to pick from.');
    return items[this.int(0, items.length)]!;
  }
}
