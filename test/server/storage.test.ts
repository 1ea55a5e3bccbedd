// @vitest-environment node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrate, openDatabase, SCHEMA_VERSION } from '../../server/db';
import { tempDataDir } from './helpers';

const dirs: { remove: () => void }[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});
const freshDir = () => {
  const data = tempDataDir();
  dirs.push(data);
  return data.dir;
};

it('records the schema version in meta, in WAL mode, and migrates only once', () => {
  const dir = freshDir();
  const db = openDatabase(dir);
  expect(db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get()).toEqual({ value: String(SCHEMA_VERSION) });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  // Modules keep their own versions in meta (search_schema_version…): a second run changes none.
  const before = db.prepare('SELECT key, value FROM meta ORDER BY key').all();
  migrate(db);
  expect(db.prepare('SELECT key, value FROM meta ORDER BY key').all()).toEqual(before);
  db.close();
});

it('refuses a data folder written by a newer schema instead of touching it', () => {
  const dir = freshDir();
  openDatabase(dir).close();
  const raw = new Database(join(dir, 'faultline.sqlite'));
  raw.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(String(SCHEMA_VERSION + 1));
  raw.close();
  expect(() => openDatabase(dir)).toThrow(`schema version ${SCHEMA_VERSION + 1}, this build knows up to ${SCHEMA_VERSION}`);
});

it('loses no committed event when the writer is killed mid-stream', async () => {
  const dir = freshDir();
  const script = fileURLToPath(new URL('./crashWriter.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let acknowledged = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('writer never reached 200 events')), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      acknowledged = Number(lines.at(-1));
      if (acknowledged >= 200 && !child.killed) {
        clearTimeout(timer);
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  const db = openDatabase(dir);
  const { events } = db.prepare('SELECT COUNT(*) AS events FROM events').get() as { events: number };
  const { counted } = db.prepare('SELECT SUM(times_seen) AS counted FROM issues').get() as { counted: number };
  db.close();
  // Every event the writer reported as stored is there; at most the one in flight is not.
  expect(events).toBeGreaterThanOrEqual(acknowledged);
  // Issue counts moved in the same transactions as the events, so they agree exactly.
  expect(counted).toBe(events);
}, 40_000);
