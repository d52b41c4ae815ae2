import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoreChange } from '../shared/events';
import { IPC_CHANGES_CHANNEL, IPC_CHANNEL } from '../shared/transport';
import type { WorkbenchBridge } from './bridge';

/** The renderer gets two functions: call the core, and hear what changed in its data. */
const bridge: WorkbenchBridge = {
  invoke: (method, input, origin) => ipcRenderer.invoke(IPC_CHANNEL, method, input, origin),
  onChange: (listener) => {
    // The IPC event object (with its sender) never reaches the page: only the change itself.
    const relay = (_event: IpcRendererEvent, change: CoreChange): void => listener(change);
    ipcRenderer.on(IPC_CHANGES_CHANNEL, relay);
    return () => ipcRenderer.removeListener(IPC_CHANGES_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
