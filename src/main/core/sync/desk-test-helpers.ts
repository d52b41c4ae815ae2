import type PouchDB from 'pouchdb-node';
import { call } from '../call';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';

/** A machine of a test desk: its own data folder and core, syncing with no hub of its own. */
export interface DeskMachine {
  name: string;
  dir: string;
  core: Core;
  db: () => PouchDB.Database;
}

/** Nothing listens there: the machines of these tests replicate their mirrors with each other. */
const NO_HUB = 'http://127.0.0.1:9/desk';

export async function deskMachine(name: string, dir?: string): Promise<DeskMachine> {
  const dataDir = dir ?? (await tempDir());
  const core = await openCore({
    dataDir,
    resources: TEST_RESOURCES,
    machine: name,
    syncLive: false,
    syncRemote: { url: NO_HUB },
  });
  await call(core.dispatch, 'settings.update', { editorName: `Editor on ${name}` });
  return {
    name,
    dir: dataDir,
    core,
    db: () => {
      const db = core.sync?.database;
      if (!db) throw new Error(`${name} has no mirror`);
      return db;
    },
  };
}

/** One replication both ways between two machines' mirrors, each then taking in what it received. */
export async function exchange(a: DeskMachine, b: DeskMachine): Promise<void> {
  await a.core.sync!.settled();
  await b.core.sync!.settled();
  await a.db().sync(b.db());
  await a.core.sync!.receive();
  await b.core.sync!.receive();
}

/** Exchanges until nothing moves any more (merges made on one side have to travel too). */
export async function converge(machines: DeskMachine[]): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const before = await Promise.all(machines.map(async (m) => (await m.db().info()).update_seq));
    for (let i = 0; i + 1 < machines.length; i++) await exchange(machines[i]!, machines[i + 1]!);
    for (let i = machines.length - 1; i > 0; i--) await exchange(machines[i]!, machines[i - 1]!);
    const after = await Promise.all(machines.map(async (m) => (await m.db().info()).update_seq));
    if (round > 0 && before.every((seq, i) => seq === after[i])) return;
  }
  throw new Error('The machines did not converge within 8 rounds.');
}
