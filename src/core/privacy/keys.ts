/**
 * Key names whose values are secrets, after Sentry Relay's default data scrubbing
 * (`relay-pii`: the `@password` rule's key pattern, the `@common` bundle the legacy scrubber
 * applies with "Use default scrubbers" on, and its list of session and CSRF cookies):
 *
 * - password, passwd, mysql_pwd, secret, api_key / api-key / apikey, token, auth
 *   (so `authorization`, `x-auth-token`), credentials, private_key / privatekey, otp,
 *   two_factor;
 * - session (`sessionid`, `phpsessid`, `user_session`), csrf / xsrf and cookie, which Relay
 *   scrubs by cookie name and the kit by any key, so a `Cookie` header or a `cookies` bag is
 *   masked whole.
 *
 * Relay leaves ids, emails and usernames alone by default; so does this rule. Matching is
 * case-insensitive on a normalized name: `DB_PASSWORD`, `db.password`, `dbPassword`,
 * `x-api-key` and `X_API_KEY` are one shape.
 */
const SECRET_KEY =
  /password|passwd|mysql_pwd|secret|api_?key|token|auth|credential|private_?key|session|sessid|csrf|xsrf|cookie|^otp$|^two_?factor$/;

/** `dbPassword`, `DB-Password`, `db.password` → `db_password`. */
export function normalizeKeyName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s.\-[\]]+/g, '_');
}

/** Whether a key name (header, cookie, query parameter, env variable, field) holds a secret by Relay's default rules. */
export function isSecretKey(name: string): boolean {
  return name !== '' && SECRET_KEY.test(normalizeKeyName(name));
}

/** The key rule an option asks for: `true` or absent the default rule, `false` none, a function its own. */
export function resolveSecretKeyRule(option: boolean | ((name: string) => boolean) | undefined): (name: string) => boolean {
  if (typeof option === 'function') return option;
  return option === false ? () => false : isSecretKey;
}
