import { call, CallRefused } from '../core/call';
import { resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { parseCommand, UsageError, type CliIo } from './cli-io';
import { findSettingKey, parseSettingValue, SETTING_KEYS } from './setting-keys';

const USAGE = 'settings needs get [KEY] or set KEY VALUE: factcheck settings set claimReview.organizationName "Desk"';

/** `factcheck settings get [KEY] [--json]` and `factcheck settings set KEY VALUE` */
export async function settingsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'settings',
    args,
    { data: { type: 'string' }, json: { type: 'boolean' } },
    3,
  );
  const [action, key, value] = positionals;
  if (action === 'get' && positionals.length <= 2) return get(key, values, io);
  if (action === 'set' && key !== undefined && value !== undefined) return set(key, value, values.data, io);
  throw new UsageError(USAGE);
}

async function get(
  key: string | undefined,
  values: { data?: string | undefined; json?: boolean | undefined },
  io: CliIo,
) {
  const setting = key === undefined ? undefined : findSettingKey(key);
  // Reading the settings does not need the writer's lock.
  const core = await openCore({ dataDir: resolveDataDir(values.data, io.env), resources: io.paths, lock: false });
  const settings = await call(core.dispatch, 'settings.get', {});
  await core.close();
  if (setting) {
    const found = setting.read(settings);
    io.stdout(values.json ? JSON.stringify(found ?? null) : String(found ?? ''));
  } else if (values.json) {
    io.stdout(JSON.stringify(Object.fromEntries(SETTING_KEYS.map((k) => [k.key, k.read(settings) ?? null])), null, 2));
  } else {
    for (const k of SETTING_KEYS) io.stdout(`${k.key} = ${String(k.read(settings) ?? '')}`);
  }
  return 0;
}

async function set(key: string, text: string, data: string | undefined, io: CliIo): Promise<number> {
  const setting = findSettingKey(key);
  const value = parseSettingValue(setting, text);
  const core = await openCore({ dataDir: resolveDataDir(data, io.env), resources: io.paths });
  try {
    const change = setting.change(value, await call(core.dispatch, 'settings.get', {}));
    const stored = await call(core.dispatch, 'settings.update', change).catch((error: unknown) => {
      throw refusalFor(key, error);
    });
    io.stdout(`${key} = ${String(setting.read(stored) ?? '')}`);
    return 0;
  } finally {
    await core.close();
  }
}

/** A schema's refusal names the field by its path, which is the key the editor typed. */
function refusalFor(key: string, error: unknown): unknown {
  if (!(error instanceof CallRefused) || !error.issues?.length) return error;
  const issue = error.issues[0]!;
  return new CallRefused(error.method, { code: error.code, message: `${key} ${issue.message}.` });
}
