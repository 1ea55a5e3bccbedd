import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from './startPortal';

// `npx tsx examples/portal/dev.ts`: the local API server with sample data and the portal on it.
// FAULTLINE_DATA_DIR picks the store; the default one survives restarts, so changes made in the
// portal (resolved issues, say) are still there next time.
const dataDir = process.env.FAULTLINE_DATA_DIR ?? join(tmpdir(), 'faultline-portal-data');
const portal = await startPortal({ dataDir, logLevel: 'warn' });
console.log(`faultline API server: ${portal.apiUrl}  (data in ${dataDir})`);
console.log(`faultline portal:     ${portal.portalUrl}`);
console.log('Ctrl+C stops both.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    portal.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('faultline portal: could not stop cleanly:', error);
        process.exit(1);
      },
    );
  });
}
