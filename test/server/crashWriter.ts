// Child process of storage.test.ts: stores events one by one and reports each committed one on
// stdout, until the parent kills it with SIGKILL in the middle of the stream.
import { openDatabase } from '../../server/db';
import { storeEvent } from '../../server/ingest';
import { DEFAULT_PROJECTS, ensureProjects } from '../../server/projects';

const db = openDatabase(process.argv[2]!);
ensureProjects(db, DEFAULT_PROJECTS, 'public');
for (let i = 0; i < 100_000; i++) {
  storeEvent(db, 1, { message: `crash test ${i % 7}`, level: 'error', user: { id: String(i) } });
  process.stdout.write(`${i + 1}\n`);
}
