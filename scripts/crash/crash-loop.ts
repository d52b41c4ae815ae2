import { readdir } from 'node:fs/promises';
import { CoreProcess } from './core-process';
import { readDiskState } from './disk-state';
import type { Figures } from './figures';
import { Random } from './random';
import { verifyAfterKill, verifyListAfterRestart } from './verify';
import type { PlannedOperation } from './planned-operation';
import { Workload } from './workload';

interface KillPlan {
  /** Counted from the start of the process, so that some kills land while the core opens. */
  atStartup: boolean;
  delayMs: number;
  /** How many operations may be sent ahead of their answers. */
  window: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lives of the core on one data folder: each starts a child, checks what it mended on start, sends
 * it operations, kills it, and checks the files it left. Kill plans, operations and pauses come from
 * three streams of one seed, so a seed replays the same plans and choices; where exactly a kill lands
 * still depends on timing.
 */
export class CrashLoop {
  private readonly plans: Random;
  private readonly pauses: Random;
  private readonly workload: Workload;

  constructor(
    private readonly dir: string,
    seed: number,
    private readonly figures: Figures,
  ) {
    this.plans = new Random(seed);
    this.workload = new Workload(new Random(seed + 1));
    this.pauses = new Random(seed + 2);
  }

  private planKill(): KillPlan {
    const window = this.plans.int(1, 5);
    if (this.plans.chance(0.1)) return { atStartup: true, delayMs: this.plans.int(0, 700), window };
    const roll = this.plans.float();
    if (roll < 0.4) return { atStartup: false, delayMs: this.plans.int(0, 5), window };
    if (roll < 0.75) return { atStartup: false, delayMs: this.plans.int(5, 100), window };
    return { atStartup: false, delayMs: this.plans.int(100, 1_500), window };
  }

  /** Checks the files as a fresh reader finds them; returns them for the checks that follow. */
  private async inspect(references = false): Promise<Awaited<ReturnType<typeof readDiskState>>> {
    const disk = await readDiskState(this.dir, references);
    for (const problem of disk.corrupt) this.figures.corrupt.add(problem);
    return disk;
  }

  /** Waits until the core is open, then checks the article list it mended on start. */
  private async opened(core: CoreProcess): Promise<boolean> {
    if (!(await core.ready)) return false;
    const disk = await this.inspect();
    this.figures.restartProblems.push(...verifyListAfterRestart(disk, this.workload.knownArticles()));
    if (disk.strayTempFiles > 0) {
      this.figures.restartProblems.push(`${disk.strayTempFiles} temp files of killed writes were not removed on start`);
    }
    return true;
  }

  private async checkAcknowledged(): Promise<void> {
    const disk = await this.inspect(true);
    this.figures.strayTempFiles += disk.strayTempFiles;
    const verdict = verifyAfterKill(disk, this.workload.expectations);
    this.figures.checked += verdict.checked;
    this.figures.lost.push(...verdict.lost);
    this.workload.adopt(disk);
  }

  /** Sends operations, a few ahead at a time with occasional pauses, until the kill. */
  private drive(core: CoreProcess, plan: KillPlan, isKilled: () => boolean): Map<number, PlannedOperation> {
    const outstanding = new Map<number, PlannedOperation>();
    let paused = false;
    const pump = (): void => {
      while (!isKilled() && !paused && outstanding.size < plan.window) {
        const operation = this.workload.next();
        outstanding.set(operation.seq, operation);
        core.send({ type: 'dispatch', seq: operation.seq, method: operation.method, payload: operation.payload });
      }
    };
    core.results((message) => {
      // Answers still in the pipe after the kill are ignored: those operations count as in flight.
      const operation = outstanding.get(message.seq);
      if (isKilled() || !operation) return;
      outstanding.delete(message.seq);
      if (message.ok) {
        this.workload.acknowledged(operation, message.value);
        this.figures.ackedWrites++;
      } else {
        this.figures.unexpected.push(`${operation.method}: ${message.code} ${message.message}`);
      }
      if (this.pauses.chance(0.15)) {
        paused = true;
        void sleep(this.pauses.int(0, 30)).then(() => {
          paused = false;
          pump();
        });
      }
      pump();
    });
    pump();
    return outstanding;
  }

  /** One life ending in SIGKILL. Returns false when the core could not be started or died by itself. */
  async life(): Promise<boolean> {
    const plan = this.planKill();
    const core = new CoreProcess(this.dir);
    let killed = false;
    let outstanding = new Map<number, PlannedOperation>();
    let timer: NodeJS.Timeout | undefined;
    const kill = (): void => {
      killed = true;
      this.figures.kills++;
      if (outstanding.size > 0) this.figures.inFlightKills++;
      else if (!core.isOpen) this.figures.startupKills++;
      core.kill();
    };
    if (plan.atStartup) timer = setTimeout(kill, plan.delayMs);
    const started = await this.opened(core);
    if (started && !killed) {
      outstanding = this.drive(core, plan, () => killed);
      timer ??= setTimeout(kill, plan.delayMs);
    }
    const exit = await core.exited;
    clearTimeout(timer);
    this.figures.logLines.push(...core.stderr.join('').split('\n').filter(Boolean));
    if (exit.signal !== 'SIGKILL') {
      this.figures.failedStarts.push(core.fatal ?? `the core exited by itself (${JSON.stringify(exit)})`);
      return false;
    }
    await this.checkAcknowledged();
    return true;
  }

  /** The last life ends with a proper close: every file valid, nothing lost, the lock released. */
  async closeProperly(): Promise<void> {
    const core = new CoreProcess(this.dir);
    if (!(await this.opened(core))) {
      this.figures.failedStarts.push(core.fatal ?? 'the core did not start for the final check');
      return;
    }
    core.send({ type: 'close' });
    const exit = await core.exited;
    if (exit.code !== 0) this.figures.failedStarts.push(`the final close failed (${JSON.stringify(exit)})`);
    await this.checkAcknowledged();
    if ((await readdir(this.dir)).includes('.lock')) this.figures.failedStarts.push('the lock was not released');
  }
}
