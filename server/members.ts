import type { ServerDatabase } from './db';
import { HttpError } from './http';

interface MemberRow {
  id: number;
  user_id: string;
  name: string;
  email: string;
  username: string | null;
  role: string;
  date_created: number;
}

interface TeamRow {
  id: number;
  slug: string;
  name: string;
  date_created: number;
  member_count: number;
}

/** Who an issue is assigned to, as the issue answers it (`assignedTo`). */
export interface AssigneeValue {
  type: 'user' | 'team';
  id: string;
  name: string;
  email?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
// LIKE's own wildcards in a search are literal text, not patterns.
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function memberToApi(row: MemberRow): Record<string, unknown> {
  const user = { id: row.user_id, name: row.name, username: row.username ?? row.email, email: row.email, avatarUrl: null, isActive: true };
  return { id: String(row.id), email: row.email, name: row.name, user, orgRole: row.role, role: row.role, pending: false, expired: false, dateCreated: iso(row.date_created) };
}

/** The organization's members, by name; `query` matches names, e-mails and usernames. */
export function listMembers(db: ServerDatabase, query: string): Record<string, unknown>[] {
  const text = query.trim();
  const rows = (
    text === ''
      ? db.prepare('SELECT * FROM members ORDER BY name COLLATE NOCASE, id').all()
      : db
          .prepare(
            `SELECT * FROM members WHERE lower(name) LIKE @q ESCAPE '\\' OR lower(email) LIKE @q ESCAPE '\\' OR lower(coalesce(username, '')) LIKE @q ESCAPE '\\'
             ORDER BY name COLLATE NOCASE, id`,
          )
          .all({ q: likePattern(text) })
  ) as MemberRow[];
  return rows.map(memberToApi);
}

/** The organization's teams with their member counts; `query` matches slugs and names. */
export function listTeams(db: ServerDatabase, query: string): Record<string, unknown>[] {
  const text = query.trim();
  const rows = db
    .prepare(
      `SELECT t.*, (SELECT COUNT(*) FROM team_members m WHERE m.team_id = t.id) AS member_count FROM teams t
       WHERE @q = '%%' OR lower(t.slug) LIKE @q ESCAPE '\\' OR lower(t.name) LIKE @q ESCAPE '\\' ORDER BY t.slug`,
    )
    .all({ q: likePattern(text) }) as TeamRow[];
  return rows.map((row) => ({
    id: String(row.id),
    slug: row.slug,
    name: row.name,
    memberCount: row.member_count,
    isMember: false,
    hasAccess: true,
    dateCreated: iso(row.date_created),
    avatar: { avatarType: 'letter_avatar', avatarUuid: null },
  }));
}

/** A member by user id, for the user of an activity entry; `undefined` when gone. */
export function findMemberUser(db: ServerDatabase, userId: string): Record<string, unknown> | undefined {
  const row = db.prepare('SELECT * FROM members WHERE user_id = ?').get(userId) as MemberRow | undefined;
  return row && { id: row.user_id, name: row.name, username: row.username ?? row.email, email: row.email, avatarUrl: null };
}

function userAssignee(row: MemberRow | undefined, asked: string): AssigneeValue {
  if (!row) throw new HttpError(400, `Unknown actor "${asked.slice(0, 60)}": not a member of this organization`);
  return { type: 'user', id: row.user_id, name: row.name, email: row.email };
}

/**
 * Reads `assignedTo` as Sentry does: `user:<id>`, `team:<id>`, a username or e-mail, `me`, or
 * null / "" to unassign. Only members and teams of the organization can be assignees.
 */
export function resolveAssignee(db: ServerDatabase, value: unknown, me: string): AssigneeValue | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') throw new HttpError(400, 'assignedTo must be a string such as "user:1" or "team:2", or null');
  if (value === 'me') return userAssignee(db.prepare('SELECT * FROM members WHERE user_id = ?').get(me) as MemberRow | undefined, value);
  const actor = /^(user|team):(\d{1,15})$/.exec(value);
  if (actor?.[1] === 'team') {
    const team = db.prepare('SELECT * FROM teams WHERE id = ?').get(Number(actor[2])) as TeamRow | undefined;
    if (!team) throw new HttpError(400, `Unknown actor "${value}": not a team of this organization`);
    return { type: 'team', id: String(team.id), name: team.slug };
  }
  const userId = actor ? actor[2]! : /^\d{1,15}$/.test(value) ? value : undefined;
  const row = (
    userId !== undefined
      ? db.prepare('SELECT * FROM members WHERE user_id = ?').get(userId)
      : db.prepare('SELECT * FROM members WHERE lower(email) = lower(?) OR lower(username) = lower(?)').get(value, value)
  ) as MemberRow | undefined;
  return userAssignee(row, value);
}
