/** The Electron executable if it is really installed, else null. */
export function installedElectron(): string | null;
