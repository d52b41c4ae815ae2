import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. A packaged app has no developer tools and no reload in it: reloading would
 * drop unsaved field edits, and the tools would open the page's internals to anyone at the desk.
 */
export function menuTemplate(isPackaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = isPackaged
    ? {
        label: 'View',
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      }
    : { role: 'viewMenu' };
  return [{ role: 'fileMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }];
}
