/**
 * Privacy: the one place the kit decides what is a secret, by Sentry Relay's default data
 * scrubbing rules (see `keys.ts` and `text.ts`).
 *
 * Masking happens at the model→view boundary, not in the normalizer: the normalized event
 * keeps every value as sent, so a view can offer a per-value reveal of the original, while
 * each view row (`maskEntry`) and each export (`maskEvent`, used by every report and
 * integration formatter) applies the same rules before text leaves for the screen or the
 * clipboard. Masking in the normalizer would have left nothing to reveal; masking per
 * component would have meant one rule per component.
 */
export { maskEvent, maskIssue } from './event';
export { isSecretKey, normalizeKeyName, resolveSecretKeyRule } from './keys';
export { hasSecrets, MAX_SPLIT_LENGTH, type SecretKind, splitSecrets, type TextSpan } from './spans';
export { isCardNumber, MASKED, maskText, passesLuhn } from './text';
export { MAX_MASK_DEPTH, type MaskedEntry, type MaskOptions, maskEntry, maskValue } from './walk';
