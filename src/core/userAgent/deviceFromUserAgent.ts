import type { DeviceContext } from '../model/contexts';

/** What bowser says about the hardware, as far as this module uses it. */
export interface UserAgentPlatform {
  type?: string;
  vendor?: string;
  model?: string;
}

/**
 * Placeholders that stand where an Android UA usually names the device: Chrome's reduced UA
 * sends `K`, WebViews `wv`, old builds `U` (the security level) and a locale.
 */
const NOT_A_MODEL = /^(?:k|wv|u|mobile|tablet|[a-z]{2}(?:[-_][a-z]{2})?)$/i;

/** The `Android 14; Pixel 8 Build/…)` segment: the first token after the version is the model. */
const ANDROID_SEGMENT = /\(([^)]*\bAndroid\b[^)]*)\)/i;

/**
 * Model names that say their maker outright. Bowser knows the maker only for a few
 * devices; these cover the phones seen most, and anything else keeps its model without brand.
 */
const BRAND_BY_MODEL_PREFIX: readonly [prefix: RegExp, brand: string][] = [
  [/^(?:pixel|nexus)\b/i, 'Google'],
  [/^(?:samsung\b|sm-|gt-)/i, 'Samsung'],
  [/^(?:redmi|xiaomi|poco)\b/i, 'Xiaomi'],
  [/^huawei\b/i, 'Huawei'],
  [/^oneplus\b/i, 'OnePlus'],
  [/^moto\b/i, 'Motorola'],
];

/** The Android device model named in a UA, such as `Pixel 8` or `SM-S918B`. */
function androidModel(userAgent: string): string | undefined {
  const segment = ANDROID_SEGMENT.exec(userAgent)?.[1];
  if (segment === undefined) return undefined;
  for (const raw of segment.split(';')) {
    const token = raw.trim().replace(/\s*Build\/.*$/i, '').replace(/^SAMSUNG\s+/i, '');
    if (token === '' || /^(?:linux|android\b)/i.test(token) || NOT_A_MODEL.test(token)) continue;
    return token;
  }
  return undefined;
}

function brandOf(model: string, vendor: string | undefined): string | undefined {
  for (const [prefix, brand] of BRAND_BY_MODEL_PREFIX) if (prefix.test(model)) return brand;
  // Bowser reports Nexus devices with the product line as vendor.
  if (vendor === 'Nexus') return 'Google';
  return vendor;
}

/**
 * The device a UA names, or `undefined` for a generic desktop, as Sentry leaves the device
 * out when ua-parser finds only "Other". Bots get Sentry's family `Spider`.
 */
export function deviceFromUserAgent(
  userAgent: string,
  platform: UserAgentPlatform,
  osName: string | undefined,
): DeviceContext | undefined {
  const deviceType = platform.type || undefined;
  const device = (family: string, model: string | undefined, brand: string | undefined): DeviceContext => ({
    type: 'device',
    family,
    ...(model !== undefined && { model }),
    ...(brand !== undefined && { brand }),
    ...(deviceType !== undefined && { deviceType }),
  });
  if (deviceType === 'bot') return device('Spider', undefined, platform.vendor || undefined);
  if (platform.vendor === 'Apple') {
    if (platform.model) return device(platform.model, platform.model, 'Apple');
    if (osName === 'macOS') return device('Mac', 'Mac', 'Apple');
  }
  if (osName === 'Android') {
    const model = androidModel(userAgent);
    if (model !== undefined) return device(model, model, brandOf(model, platform.vendor || undefined));
  }
  if (platform.model) return device(platform.model, platform.model, platform.vendor || undefined);
  return undefined;
}
