import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from './startPortal';
import { secretsExposedToBrowser, sentryUpstreamFromEnv } from './upstream';

// `npx tsx examples/portal/dev.ts`: the portal on the local API server with sample data, or on
// the Sentry that SENTRY_BASE_URL names (SENTRY_ORG, SENTRY_AUTH_TOKEN), through its proxy.
// FAULTLINE_DATA_DIR picks the local store; the default one survives restarts, so changes made
// in the portal (resolved issues, say) are still there next time.
function fail(reason: string): never {
  console.error(`faultline portal: ${reason}`);
  process.exit(1);
}

const exposed = secretsExposedToBrowser(process.env);
if (exposed.length > 0) fail(`${exposed.join(', ')} would be inlined into the page by Vite; keep the token in SENTRY_AUTH_TOKEN.`);
if (process.env.VITE_SENTRY_BASE_URL) fail('VITE_SENTRY_BASE_URL is no longer read: set SENTRY_BASE_URL, and the dev server proxies to it.');
let sentry: ReturnType<typeof sentryUpstreamFromEnv>;
try {
  sentry = sentryUpstreamFromEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}
const dataDir = process.env.FAULTLINE_DATA_DIR ?? join(tmpdir(), 'faultline-portal-data');
// Fixed ports by default, so a DSN given to an app's SDK stays valid after a restart.
const apiPort = Number(process.env.FAULTLINE_API_PORT ?? 8000);
const portalPort = Number(process.env.FAULTLINE_PORTAL_PORT ?? 5173);
const portal = await startPortal({ dataDir, sentry, logLevel: 'warn', apiPort, portalPort, storybookUrl: process.env.FAULTLINE_STORYBOOK_URL });
if (sentry) {
  console.log(`faultline portal:     ${portal.portalUrl}`);
  console.log(`Sentry API (proxied): ${sentry.baseUrl}/api/0/, organization ${sentry.organization}`);
  if (!sentry.authToken) console.warn('SENTRY_AUTH_TOKEN is not set: Sentry will answer 401 to every call.');
} else {
  console.log(`faultline API server: ${portal.apiUrl}  (data in ${dataDir})`);
  console.log(`faultline portal:     ${portal.portalUrl}`);
  for (const { project, dsn } of portal.dsns ?? []) console.log(`Sentry SDK DSN:       ${dsn}  (${project})`);
  console.log(`API token:            ${portal.apiToken}  (Authorization: Bearer …; the portal's proxy adds it)`);
}
console.log('Storybook (every component and state): the banner link, or npm run storybook');
console.log('Ctrl+C stops it.');

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
