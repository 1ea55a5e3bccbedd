// Child process of ingestLoad.test.ts: a whole server on the data folder given, reporting its URL
// and first project's DSN key on stdout, until the parent kills it with SIGKILL under load.
import { startServer } from '../../server/server';

const server = await startServer({ port: 0, dataDir: process.argv[2]!, publicKey: 'public' });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
