import type { ServerDatabase } from './db';

// Made-up people and teams, so the demo's "Assign to…" offers more than one person.
const MEMBERS = [
  { userId: '2', name: 'Amara Okafor', email: 'amara@example.com', username: 'amara', role: 'admin' },
  { userId: '3', name: 'Jonas Lindqvist', email: 'jonas@example.com', username: 'jonas', role: 'member' },
  { userId: '4', name: 'Priya Raman', email: 'priya@example.com', username: 'priya', role: 'member' },
  { userId: '5', name: 'Mateo García', email: 'mateo@example.com', username: 'mateo', role: 'member' },
  { userId: '6', name: 'Hana Sato', email: 'hana@example.com', username: 'hana', role: 'manager' },
] as const;

const TEAMS = [
  { slug: 'frontend', name: 'Frontend', members: ['1', '3', '5'] },
  { slug: 'backend', name: 'Backend', members: ['2', '4'] },
  { slug: 'on-call', name: 'On-call', members: ['1', '2', '6'] },
] as const;

/** Adds the demo's members and teams (the local user, member 1, already exists); idempotent. */
export function seedMembers(db: ServerDatabase, now = Date.now()): void {
  const member = db.prepare('INSERT OR IGNORE INTO members (user_id, name, email, username, role, date_created) VALUES (?, ?, ?, ?, ?, ?)');
  for (const person of MEMBERS) member.run(person.userId, person.name, person.email, person.username, person.role, now);
  const team = db.prepare('INSERT OR IGNORE INTO teams (slug, name, date_created) VALUES (?, ?, ?)');
  const join = db.prepare('INSERT OR IGNORE INTO team_members (team_id, member_id) SELECT t.id, m.id FROM teams t, members m WHERE t.slug = ? AND m.user_id = ?');
  for (const entry of TEAMS) {
    team.run(entry.slug, entry.name, now);
    for (const userId of entry.members) join.run(entry.slug, userId);
  }
}
