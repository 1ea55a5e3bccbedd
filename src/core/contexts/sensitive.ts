/** What a masked value shows instead of the secret. */
export const MASKED_CONTEXT_VALUE = '••••••';

const SENSITIVE_NAMES = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);
// Substrings rather than whole words: `X-Auth-Token`, `sessionid`, `DB_PASSWORD`, `csrftoken`.
const SENSITIVE_PATTERN = /token|secret|passw(or)?d|session|auth|key|credential|signature/i;

/** Whether a header, cookie, query or env name usually holds a secret. */
export function isSensitiveFieldName(name: string): boolean {
  return SENSITIVE_NAMES.has(name.toLowerCase()) || SENSITIVE_PATTERN.test(name);
}

/** The masking rule an option asks for. */
export function resolveSensitiveRule(option: boolean | ((name: string) => boolean) | undefined): (name: string) => boolean {
  if (typeof option === 'function') return option;
  return option === false ? () => false : isSensitiveFieldName;
}
