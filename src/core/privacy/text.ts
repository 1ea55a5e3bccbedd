import { isSecretKey } from './keys';

/** What the kit writes in place of a secret it masked; Sentry's own scrubbers write `[Filtered]`. */
export const MASKED = '[Masked]';

// A run of 13–19 digits, separators allowed between them; `isCardNumber` then checks the
// issuer prefix and the Luhn sum, which drops ids and timestamps that only look alike.
export const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
// Issuer prefixes (Relay's `@creditcard` ones plus Mastercard's 2-series, JCB and UnionPay).
const CARD_PREFIX = /^(?:3[47]|35|4|5[1-5]|2[2-7]|6011|62|65)/;
// `Authorization: Bearer …` pasted into a message or a log line (Relay's `@bearer`). Relay takes
// any word after "bearer"; a token here is 8+ token characters, so "a bearer of bad news" stays.
export const BEARER = /\b(bearer\s+)[A-Za-z0-9._~+/-]{8,}=*/gi;
// The body of a PEM private key; a key cut short (no END line) is masked to the end of the text.
export const PEM = /(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$(?![\s\S]))/g;
// `scheme://user:password@host` (Relay's `@urlauth`): the password goes; a user without one
// may itself be a token (`https://ghp_…@github.com`), so it goes instead.
export const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:]*)(:[^\s/?#@]*)?@/gi;
// `name=value` after `?`, `&`, `;` or at the start: URL queries, bare query strings, connection
// strings (`Server=db;Password=…`). Not after a space: .NET names carry `PublicKeyToken=…`.
export const PAIR = /(^|[?&;])([^\s=&?#;]+)=([^\s&#;]*)/g;

/** Whether the digits of a card-like text pass the Luhn checksum. */
export function passesLuhn(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 12) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether a digit run (separators allowed) is a card number: 13–19 digits, an issuer prefix, Luhn-valid. */
export function isCardNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return digits.length >= 13 && digits.length <= 19 && CARD_PREFIX.test(digits) && passesLuhn(digits);
}

export function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The text with every secret its value shows masked: card numbers (Luhn-valid), bearer
 * tokens, PEM private keys, URL passwords and query parameters with secret names. The same
 * string comes back when there is nothing to mask, so callers can compare by identity.
 */
export function maskText(text: string): string {
  // Cheap gates first: most values hold no digit run, no `=`, no `@` and no `-----`.
  let out = text;
  if (out.includes('-----BEGIN')) out = out.replace(PEM, (_match, begin: string, end: string) => `${begin}\n${MASKED}\n${end}`);
  if (/bearer/i.test(out)) out = out.replace(BEARER, `$1${MASKED}`);
  if (out.includes('@')) {
    out = out.replace(USERINFO, (_match, scheme: string, user: string, password: string | undefined) =>
      password === undefined ? `${scheme}${MASKED}@` : `${scheme}${user}:${MASKED}@`,
    );
  }
  if (out.includes('=')) {
    out = out.replace(PAIR, (match, lead: string, name: string, value: string) =>
      value !== '' && value !== MASKED && isSecretKey(decodedName(name)) ? `${lead}${name}=${MASKED}` : match,
    );
  }
  if (/\d{4}/.test(out)) out = out.replace(CARD, (match) => (isCardNumber(match) ? MASKED : match));
  return out === text ? text : out;
}
