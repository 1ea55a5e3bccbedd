import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { StorybookLink } from './src/settings.ts';

/** Where the portal serves a built Storybook (`npm run build-storybook`) from. */
export const STORYBOOK_PATH = '/storybook/';

/** `npm run storybook`'s address, for when no static build is there to serve. */
export const STORYBOOK_DEV_URL = 'http://localhost:6006/';

/** The link for the portal's banner: a given URL, else the static build when present, else the dev server. */
export function storybookLink(staticDir: string, url?: string): StorybookLink {
  if (url) return { url };
  if (existsSync(join(staticDir, 'index.html'))) return { url: STORYBOOK_PATH };
  return { url: STORYBOOK_DEV_URL, hint: 'start it with npm run storybook' };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The file a request path names inside `root`, or `undefined` for anything outside it or missing. */
function fileUnder(root: string, path: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${sep}${relative}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}

/** Serves the built Storybook in `staticDir` at `/storybook/` on the portal's dev server, when it exists. */
export function serveStorybook(staticDir: string): Plugin {
  const root = resolve(staticDir);
  return {
    name: 'faultline-portal-storybook',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://portal').pathname;
        if (path === STORYBOOK_PATH.slice(0, -1)) {
          response.writeHead(301, { Location: STORYBOOK_PATH }).end();
          return;
        }
        if (!path.startsWith(STORYBOOK_PATH)) return next();
        const file = fileUnder(root, path.slice(STORYBOOK_PATH.length));
        if (!file) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not in the Storybook build');
          return;
        }
        response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(readFileSync(file));
      });
    },
  };
}
