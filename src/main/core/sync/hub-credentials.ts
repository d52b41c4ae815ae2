import { readConnection, writeConnection, type Connection } from './connection-file';
import type { RemoteOptions } from './remote';
import type { SecretStore } from './secret-store';

const PASSWORD_KEY = 'sync.password';

/**
 * Which hub this machine syncs with and how it signs in: the address, user and pinned certificate
 * in `<data>/sync/connection.json`; the password in the platform's secret store, or for this run
 * only (given on the command line's environment, or when there is no secret store).
 */
export class HubCredentials {
  private memoryPassword: string | undefined;

  private constructor(
    private readonly dataDir: string,
    private readonly secrets: SecretStore | undefined,
    public connection: Connection | undefined,
  ) {}

  /** The hub given for this run (not saved), else the one saved in the data folder. */
  static async open(
    dataDir: string,
    secrets: SecretStore | undefined,
    remote?: RemoteOptions,
  ): Promise<HubCredentials> {
    const connection: Connection | undefined = remote
      ? {
          url: remote.url,
          ...(remote.user ? { user: remote.user } : {}),
          ...(remote.fingerprint ? { fingerprint: remote.fingerprint } : {}),
        }
      : await readConnection(dataDir);
    const credentials = new HubCredentials(dataDir, secrets, connection);
    credentials.memoryPassword = remote?.password;
    return credentials;
  }

  async password(): Promise<string | undefined> {
    if (this.memoryPassword !== undefined) return this.memoryPassword;
    return this.secrets?.get(PASSWORD_KEY).catch(() => undefined);
  }

  async passwordSaved(): Promise<boolean> {
    return (await this.password()) !== undefined;
  }

  /** Saves a new connection; the password kept unless a new one is given. */
  async save(input: { url: string; user?: string; password?: string; fingerprint?: string }): Promise<void> {
    const connection: Connection = {
      url: input.url.replace(/\/+$/, ''),
      ...(input.user ? { user: input.user } : {}),
      ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}),
    };
    await writeConnection(this.dataDir, connection);
    this.connection = connection;
    if (input.password === undefined) return;
    if (this.secrets) {
      await this.secrets.set(PASSWORD_KEY, input.password);
      this.memoryPassword = undefined;
    } else this.memoryPassword = input.password;
  }

  /** Forgets the hub and the password: sync is off. */
  async clear(): Promise<void> {
    this.connection = undefined;
    this.memoryPassword = undefined;
    await writeConnection(this.dataDir, undefined);
    await this.secrets?.delete(PASSWORD_KEY).catch(() => undefined);
  }
}
