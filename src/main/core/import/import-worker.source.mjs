// Test-only entry: runs the import worker from its TypeScript source through tsx; the app runs the
// built out/main/import-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
