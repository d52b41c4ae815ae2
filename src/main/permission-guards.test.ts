import { describe, expect, it } from 'vitest';
import { denyPermissionCheck, denyPermissionRequest } from './permission-guards';

/** Permissions a page can ask Electron for (its `setPermissionRequestHandler` documentation). */
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
];

describe('permission guards', () => {
  it('answers every permission request with a single refusal', () => {
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      denyPermissionRequest({ id: 1 }, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
  });

  it('refuses every permission check', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});
