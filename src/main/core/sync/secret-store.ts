/**
 * Where a person's hub password is kept: the desktop app's is encrypted by the operating system
 * (Electron's safeStorage); `serve` and the CLI keep it in a 0600 file or read FACTCHECK_SYNC_PASSWORD.
 */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}
