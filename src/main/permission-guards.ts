/**
 * The workbench needs no browser permission (camera, microphone, notifications, geolocation, HID,
 * clipboard reading, …), so every request and every check is refused. Plain functions, so that
 * the test calls them as Electron would.
 */

export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
