/** Every user-visible string of the privacy parts, in one place for the message catalog (issue 15). */
export const messages = {
  /** Accessible name and marker of a value the kit masked, before it is revealed. */
  maskedByFaultline: 'Masked by Faultline',
  /** Accessible name of a masked value once revealed. */
  revealedValue: (label: string) => `${label}, revealed`,
  /** Read in place of the dots. */
  hiddenValue: 'hidden value',
  reveal: 'Reveal',
  hide: 'Hide',
  revealLabel: (label: string) => `Reveal ${label}`,
  hideLabel: (label: string) => `Hide ${label}`,
  /** Accessible name and marker of a value Sentry's scrubbers already removed: nothing to reveal. */
  filteredBySentry: 'Filtered by Sentry',
  /** Sentry trimmed a long value: not a privacy rule, the value shown is its start. */
  trimmedBySentry: 'Trimmed by Sentry',
  /** Names of the kinds of secret a text may hold, for a mask's name once revealed. */
  secretKinds: {
    card: 'card number',
    bearer: 'bearer token',
    'private-key': 'private key',
    'url-credentials': 'URL password',
    'query-secret': 'secret parameter',
  },
  /** A `_meta` reason as a sentence: "removed by rule @password" → "Removed by rule @password". */
  reason: (text: string) => text.charAt(0).toUpperCase() + text.slice(1),
} as const;
