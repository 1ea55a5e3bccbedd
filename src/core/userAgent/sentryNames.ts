import { knownKeys } from '../knownKeys';

/**
 * Bowser names browsers and systems its own way; Sentry's ingestion (ua-parser) names them
 * differently, and users search and group by Sentry's names (`browser.name:"Mobile Safari"`).
 * These tables only rename what bowser already recognised; they detect nothing.
 */

const BROWSER_RENAMES = knownKeys<string>({
  'Microsoft Edge': 'Edge',
  'Internet Explorer': 'IE',
  'Samsung Internet for Android': 'Samsung Internet',
});

const OS_RENAMES = knownKeys<string>({
  macOS: 'Mac OS X',
});

/** Android marks an app's embedded browser with `; wv)`; bowser reports it as plain Chrome. */
const ANDROID_WEBVIEW = /;\s*wv\)/;

/** Browser name as Sentry shows it, given bowser's name, the OS it runs on and the UA. */
export function sentryBrowserName(name: string, osName: string | undefined, mobile: boolean, userAgent: string): string {
  const renamed = BROWSER_RENAMES[name] ?? name;
  if (osName === 'iOS') {
    if (renamed === 'Safari') return 'Mobile Safari';
    if (renamed === 'Chrome') return 'Chrome Mobile iOS';
    if (renamed === 'Firefox') return 'Firefox iOS';
    return renamed;
  }
  if (osName === 'Android' && mobile) {
    if (renamed === 'Chrome') return ANDROID_WEBVIEW.test(userAgent) ? 'Chrome Mobile WebView' : 'Chrome Mobile';
    if (renamed === 'Firefox') return 'Firefox Mobile';
  }
  return renamed;
}

/** OS name as Sentry shows it. */
export function sentryOsName(name: string): string {
  return OS_RENAMES[name] ?? name;
}

/**
 * OS version as Sentry shows it: Windows by its marketing version (`10`, `7`, `XP`) rather
 * than the NT kernel number bowser reports, everything else as the UA spells it.
 */
export function sentryOsVersion(name: string, version: string | undefined, versionName: string | undefined): string | undefined {
  if (name === 'Windows') return versionName || version || undefined;
  return version || undefined;
}
