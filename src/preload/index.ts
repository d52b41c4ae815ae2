import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../shared/transport';
import type { WorkbenchBridge } from './bridge';

/** The renderer gets exactly one function: send (method, input) to the core, get its result. */
const bridge: WorkbenchBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('workbench', bridge);
