import type { ServerDatabase } from './db';
import { newPublicKey } from './dsnKeys';

/** A project events are sent to (`/api/<id>/envelope/`) and issues are listed under. */
export interface ProjectConfig {
  id: number;
  slug: string;
  name: string;
  platform?: string;
}

/** A stored project with its DSN public key. */
export interface ProjectRow {
  id: number;
  slug: string;
  name: string;
  platform: string | null;
  public_key: string;
}

/** The projects a fresh server has: one for browser code, one for backend code. */
export const DEFAULT_PROJECTS: readonly ProjectConfig[] = [
  { id: 1, slug: 'web-frontend', name: 'Web Frontend', platform: 'javascript' },
  { id: 2, slug: 'api-backend', name: 'API Backend', platform: 'python' },
];

/** The one key every project shared before keys were per project; a store still holding it gets new ones. */
const LEGACY_SHARED_KEY = 'public';

/**
 * Creates the configured projects that do not exist yet; existing ones keep their data and their
 * DSN public key. Each project gets its own random key at creation, so one app's DSN cannot post
 * into another's project. `firstProjectKey` pins the first project's key (tests, scripted
 * set-ups); a key shared by two projects, or the old shared default, is replaced.
 */
export function ensureProjects(db: ServerDatabase, projects: readonly ProjectConfig[], firstProjectKey?: string): void {
  const stored = new Map(listProjects(db).map((row) => [row.id, row.public_key]));
  const insert = db.prepare(
    `INSERT INTO projects (id, slug, name, platform, public_key) VALUES (@id, @slug, @name, @platform, @publicKey)
     ON CONFLICT(id) DO UPDATE SET public_key = excluded.public_key`,
  );
  db.transaction(() => {
    const taken = new Set<string>();
    if (firstProjectKey !== undefined && projects.length > 0) taken.add(firstProjectKey);
    for (const [index, project] of projects.entries()) {
      let publicKey = index === 0 ? firstProjectKey : undefined;
      if (publicKey === undefined) {
        const current = stored.get(project.id);
        publicKey = current !== undefined && current !== LEGACY_SHARED_KEY && !taken.has(current) ? current : newPublicKey();
      }
      taken.add(publicKey);
      insert.run({ ...project, platform: project.platform ?? null, publicKey });
    }
  })();
}

/** Every project, by id. */
export function listProjects(db: ServerDatabase): ProjectRow[] {
  return db.prepare('SELECT id, slug, name, platform, public_key FROM projects ORDER BY id').all() as ProjectRow[];
}

/** The project with this id or slug (Sentry's URLs take either). */
export function findProject(db: ServerDatabase, idOrSlug: string): ProjectRow | undefined {
  const byId = /^\d{1,15}$/.test(idOrSlug) ? Number(idOrSlug) : -1;
  return db.prepare('SELECT id, slug, name, platform, public_key FROM projects WHERE id = ? OR slug = ?').get(byId, idOrSlug) as ProjectRow | undefined;
}
