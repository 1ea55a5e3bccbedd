import { API_TOKEN_FILE } from './auth';
import { DEFAULT_PROJECTS } from './projects';
import { startServer } from './server';

// CLI: `tsx server/main.ts`. PORT (default 8000) and FAULTLINE_DATA_DIR (default
// ./.faultline-data); FAULTLINE_SIMULATE_429=N answers every Nth API request with 429;
// FAULTLINE_ALLOWED_HOSTS=a,b:8000 adds Host names to answer besides 127.0.0.1 and localhost.
const port = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`faultline server: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}
const simulate429Every = Number(process.env.FAULTLINE_SIMULATE_429 ?? 0) || 0;
const allowedHosts = (process.env.FAULTLINE_ALLOWED_HOSTS ?? '').split(',').filter((host) => host.trim() !== '');
const dataDir = process.env.FAULTLINE_DATA_DIR ?? './.faultline-data';
let server: Awaited<ReturnType<typeof startServer>>;
try {
  server = await startServer({ port, dataDir, seed: true, simulate429Every, allowedHosts });
} catch (error) {
  console.error(`faultline server: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`faultline server: ${server.url}  (Web API ${server.url}/api/0/organizations/faultline/issues/)`);
for (const project of DEFAULT_PROJECTS) console.log(`  SDK DSN, ${project.slug}: ${server.dsn(project.id)}`);
console.log(`  API token: ${server.apiToken}  (send Authorization: Bearer <token>; kept in ${dataDir}/${API_TOKEN_FILE})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
