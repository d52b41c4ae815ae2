/** The one IPC channel from renderer to main. */
export const IPC_CHANNEL = 'api:invoke';

/** The one IPC channel from main to renderer: the core's change events (see events.ts). */
export const IPC_CHANGES_CHANNEL = 'core:changes';
