import type { ServerDatabase } from './db';
import { HttpError, isRecord } from './http';
import { findMemberUser } from './members';

interface ActivityRow {
  id: number;
  issue_id: number;
  type: string;
  user_id: string | null;
  data: string;
  date_created: number;
}

// Sentry caps notes at a few thousand characters; longer text is a client mistake, not a note.
const MAX_NOTE_LENGTH = 5000;
// The activity list answers at most this many entries, newest first, as Sentry's does (100).
const MAX_ACTIVITY = 100;

/** Records one activity entry of an issue; `userId` null is Sentry itself (first seen, regression). */
export function recordActivity(
  db: ServerDatabase,
  issueId: number,
  type: string,
  userId: string | null,
  data: Record<string, unknown> = {},
  at = Date.now(),
): number {
  const result = db
    .prepare('INSERT INTO issue_activity (issue_id, type, user_id, data, date_created) VALUES (?, ?, ?, ?, ?)')
    .run(issueId, type, userId, JSON.stringify(data), at);
  return Number(result.lastInsertRowid);
}

function parseData(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

function activityToApi(db: ServerDatabase, row: ActivityRow): Record<string, unknown> {
  const user = row.user_id === null ? null : (findMemberUser(db, row.user_id) ?? { id: row.user_id, name: `User ${row.user_id}` });
  return { id: String(row.id), type: row.type, user, data: parseData(row.data), dateCreated: new Date(row.date_created).toISOString() };
}

/** An issue's activity in the Web API's shape, newest first. */
export function listActivity(db: ServerDatabase, issueId: number): Record<string, unknown>[] {
  const rows = db
    .prepare('SELECT * FROM issue_activity WHERE issue_id = ? ORDER BY date_created DESC, id DESC LIMIT ?')
    .all(issueId, MAX_ACTIVITY) as ActivityRow[];
  return rows.map((row) => activityToApi(db, row));
}

/** How many notes an issue has (`numComments`). */
export function countNotes(db: ServerDatabase, issueId: number): number {
  return (db.prepare(`SELECT COUNT(*) AS count FROM issue_activity WHERE issue_id = ? AND type = 'note'`).get(issueId) as { count: number }).count;
}

/** Reads a note body `{ text }`: a non-empty string of at most 5000 characters. */
export function readNoteText(body: unknown): string {
  if (!isRecord(body)) throw new HttpError(400, 'body must be a JSON object with the note as "text"');
  const { text } = body;
  if (typeof text !== 'string' || text.trim() === '') throw new HttpError(400, 'text must be a non-empty string');
  if (text.length > MAX_NOTE_LENGTH) throw new HttpError(400, `text must be at most ${MAX_NOTE_LENGTH} characters`);
  return text;
}

/** Adds a note by `userId`; answers the note as an activity entry. */
export function createNote(db: ServerDatabase, issueId: number, userId: string, text: string): Record<string, unknown> {
  const id = recordActivity(db, issueId, 'note', userId, { text });
  return activityToApi(db, db.prepare('SELECT * FROM issue_activity WHERE id = ?').get(id) as ActivityRow);
}

function ownNote(db: ServerDatabase, issueId: number, noteId: string, userId: string): ActivityRow {
  if (!/^\d{1,15}$/.test(noteId)) throw new HttpError(400, `invalid note id "${noteId.slice(0, 40)}"`);
  const row = db.prepare(`SELECT * FROM issue_activity WHERE id = ? AND issue_id = ? AND type = 'note'`).get(Number(noteId), issueId) as ActivityRow | undefined;
  if (!row) throw new HttpError(404, 'Note not found');
  // Sentry lets only a note's author change it.
  if (row.user_id !== userId) throw new HttpError(403, 'You can only change your own notes');
  return row;
}

/** Changes the text of the user's own note; answers the note as an activity entry. */
export function updateNote(db: ServerDatabase, issueId: number, noteId: string, userId: string, text: string): Record<string, unknown> {
  const row = ownNote(db, issueId, noteId, userId);
  const data = { ...parseData(row.data), text };
  db.prepare('UPDATE issue_activity SET data = ? WHERE id = ?').run(JSON.stringify(data), row.id);
  return activityToApi(db, { ...row, data: JSON.stringify(data) });
}

/** Deletes the user's own note. */
export function deleteNote(db: ServerDatabase, issueId: number, noteId: string, userId: string): void {
  db.prepare('DELETE FROM issue_activity WHERE id = ?').run(ownNote(db, issueId, noteId, userId).id);
}
