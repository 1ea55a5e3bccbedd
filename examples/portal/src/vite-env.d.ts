/// <reference types="vite/client" />

// `import.meta.env` for the portal, also when the root tsconfig (without vite/client) checks it.
interface ImportMetaEnv {
  /** Base URL of the Sentry-compatible API. @default "/" (this origin, proxied by the dev server) */
  readonly VITE_SENTRY_BASE_URL?: string;
  /** Organization slug. @default "faultline" */
  readonly VITE_SENTRY_ORGANIZATION?: string;
}
