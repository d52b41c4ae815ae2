import type { SafeStorage } from 'electron';
import { AppError } from './core/app-error';
import { jsonSecretFile } from './core/sync/file-secret-store';
import type { SecretStore } from './core/sync/secret-store';

/** The part of Electron's safeStorage the store uses (the asynchronous API; the other is deprecated). */
export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/** Under Electron's userData, beside (not inside) what backups copy. */
export const SAFE_SECRETS_FILE = ['sync', 'credentials.safe.json'] as const;

function noEncryption(reason: string): AppError {
  return new AppError(
    'STORAGE',
    `This computer offers no encrypted storage for passwords (${reason}), so the hub password is not kept. ` +
      'Sign in to a desktop session with a keyring, or run `factcheck serve` with FACTCHECK_SYNC_PASSWORD.',
  );
}

/**
 * The desktop app's hub password, encrypted by the operating system (Keychain on macOS, DPAPI on
 * Windows, the Secret Service or KWallet on Linux) and stored as ciphertext in a 0600 file. Where no
 * such storage exists it refuses to keep the password rather than keep it readable: on Linux without
 * a keyring Electron falls back to `basic_text`, a key built into Chromium, which protects nothing.
 */
export function safeStorageSecretStore(
  safeStorage: SafeStorageLike,
  path: string,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  const file = jsonSecretFile(path);

  async function checkEncryption(): Promise<void> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) throw noEncryption('the system keychain is not available');
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      throw noEncryption('no keyring such as GNOME Keyring or KWallet is running');
    }
  }

  async function encrypt(value: string): Promise<string> {
    return (await safeStorage.encryptStringAsync(value)).toString('base64');
  }

  return {
    async get(key) {
      const stored = await file.get(key);
      if (stored === undefined) return undefined;
      await checkEncryption();
      let decrypted;
      try {
        decrypted = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
      } catch {
        throw new AppError(
          'CORRUPT_FILE',
          'The saved hub password can no longer be decrypted (the system keychain changed); enter it again.',
        );
      }
      if (decrypted.shouldReEncrypt) await file.set(key, await encrypt(decrypted.result));
      return decrypted.result;
    },
    async set(key, value) {
      await checkEncryption();
      await file.set(key, await encrypt(value));
    },
    delete: (key) => file.delete(key),
  };
}
