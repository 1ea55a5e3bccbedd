import { startServer } from './server';

// CLI: `tsx server/main.ts`. PORT (default 8000) and FAULTLINE_DATA_DIR (default
// ./.faultline-data); FAULTLINE_SIMULATE_429=N answers every Nth API request with 429.
const port = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`faultline server: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}
const simulate429Every = Number(process.env.FAULTLINE_SIMULATE_429 ?? 0) || 0;
const server = await startServer({ port, dataDir: process.env.FAULTLINE_DATA_DIR ?? './.faultline-data', seed: true, simulate429Every });
console.log(`faultline server: ${server.url}  (Web API ${server.url}/api/0/organizations/faultline/issues/, SDK DSN ${server.dsn(1)})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
