/** The Storybook link the portal shows: where it points and what to say next to it. */
export interface StorybookLink {
  url: string;
  /** Shown beside the link when Storybook has to be started first. */
  hint?: string;
}

/** What the dev server tells the page through Vite's `define` (see vite.config.ts); never a secret. */
export interface PortalSettings {
  /** Organization slug of every API call. */
  organization: string;
  /** The API's origin, shown in the banner; the page itself calls its own origin. */
  apiLabel: string;
  /** The banner's Storybook link. */
  storybook: StorybookLink;
}

declare const __PORTAL_SETTINGS__: PortalSettings;

/** This portal's settings, inlined when the dev server serves the page. */
export const PORTAL_SETTINGS: PortalSettings = __PORTAL_SETTINGS__;
