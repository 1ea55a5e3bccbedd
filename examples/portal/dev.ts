import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from './startPortal';

// `npx tsx examples/portal/dev.ts`: the local API server with sample data and the portal on it.
// FAULTLINE_DATA_DIR picks the store; the default one survives restarts, so changes made in the
// portal (resolved issues, say) are still there next time.
const dataDir = process.env.FAULTLINE_DATA_DIR ?? join(tmpdir(), 'faultline-portal-data');
// Fixed ports by default, so a DSN given to an app's SDK stays valid after a restart.
const apiPort = Number(process.env.FAULTLINE_API_PORT ?? 8000);
const portalPort = Number(process.env.FAULTLINE_PORTAL_PORT ?? 5173);
const portal = await startPortal({ dataDir, logLevel: 'warn', apiPort, portalPort });
console.log(`faultline API server: ${portal.apiUrl}  (data in ${dataDir})`);
console.log(`faultline portal:     ${portal.portalUrl}`);
console.log(`Sentry SDK DSN:       ${portal.dsn}`);
console.log('Storybook (every component and state): npm run storybook');
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
