// The local Sentry-compatible server, for the portal's start script and tests to import.
export type { BodyLimits } from './body';
export { DEFAULT_PROJECTS, type ProjectConfig } from './projects';
export { type RunningServer, type ServerOptions, startServer } from './server';
