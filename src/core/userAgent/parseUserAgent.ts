import Bowser from 'bowser';
import type { BrowserContext, DeviceContext, OsContext } from '../model/contexts';
import { deviceFromUserAgent } from './deviceFromUserAgent';
import { sentryBrowserName, sentryOsName, sentryOsVersion } from './sentryNames';

/** Contexts derived from a `User-Agent` header; each is absent when the UA does not say. */
export interface ParsedUserAgent {
  browser?: BrowserContext;
  os?: OsContext;
  device?: DeviceContext;
}

/**
 * Longest UA that is parsed. Real UAs stay under a few hundred characters; the cap keeps
 * bowser's regular expressions linear in practice on hostile input (a 10 MB header).
 */
export const MAX_USER_AGENT_LENGTH = 1024;

/**
 * Browser, OS and device contexts from a `User-Agent` string, named the way Sentry's
 * ingestion names them (`Chrome Mobile`, `Mac OS X`, Windows `10`). Never throws.
 */
export function parseUserAgent(userAgent: string): ParsedUserAgent {
  // Plain-JS callers hand over header values unchecked.
  const ua = typeof userAgent === 'string' ? userAgent.slice(0, MAX_USER_AGENT_LENGTH).trim() : '';
  // Bowser throws on an empty UA; anything else it fails to read comes back with empty names.
  if (ua === '') return {};
  let parsed: Bowser.Parser.ParsedResult;
  try {
    parsed = Bowser.parse(ua);
  } catch {
    return {};
  }
  const result: ParsedUserAgent = {};
  const bowserOsName = parsed.os.name || undefined;
  const mobile = parsed.platform.type === 'mobile' || parsed.platform.type === 'tablet';

  if (bowserOsName !== undefined) {
    const version = sentryOsVersion(bowserOsName, parsed.os.version, parsed.os.versionName);
    result.os = { type: 'os', name: sentryOsName(bowserOsName), ...(version !== undefined && { version }) };
  }
  if (parsed.browser.name) {
    const version = parsed.browser.version || undefined;
    result.browser = {
      type: 'browser',
      name: sentryBrowserName(parsed.browser.name, bowserOsName, mobile, ua),
      ...(version !== undefined && { version }),
    };
  }
  const device = deviceFromUserAgent(ua, parsed.platform, bowserOsName);
  if (device !== undefined) result.device = device;
  return result;
}
