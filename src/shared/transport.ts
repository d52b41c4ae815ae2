/** The one IPC channel between renderer and main. */
export const IPC_CHANNEL = 'api:invoke';
