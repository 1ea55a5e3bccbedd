import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { MAX_SPLIT_LENGTH, maskText, type SecretKind, splitSecrets } from '../../core/privacy';
import { cx } from '../cx';
import { MaskedValue } from './MaskedValue';
import { messages } from './messages';

/** Props of `SecretText`. */
export interface SecretTextProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The text as the event carries it: a title, a culprit, an exception value, a log message. */
  text: string;
}

/**
 * A line of text with only its secrets masked (card numbers, bearer tokens, private keys,
 * `password=` and `token=` values), each through `MaskedValue`, so the rest reads as it is.
 * Made for titles and headings, which may sit in a link: no Reveal button inside, and the
 * visible marker is left to each mask's accessible name, "Masked by Faultline".
 */
export const SecretText = /* @__PURE__ */ forwardRef<HTMLSpanElement, SecretTextProps>(function SecretText({ text, className, ...rest }, ref) {
  const spans = useMemo(() => splitSecrets(text), [text]);
  // Too long to split: masked as a whole text, `[Masked]` in place of each secret.
  if (text.length > MAX_SPLIT_LENGTH) {
    return (
      <span {...rest} ref={ref} className={cx('fl-secret-text', className)} data-slot="secret-text">
        {maskText(text)}
      </span>
    );
  }
  return (
    <span {...rest} ref={ref} className={cx('fl-secret-text', className)} data-slot="secret-text">
      {spans.map((span, i) =>
        span.secret === undefined ? (
          span.text
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional pieces of one text.
          <MaskedValue key={i} label={(messages.secretKinds as Record<SecretKind, string>)[span.secret]} shown={span.text} revealed={false} marker={false} />
        ),
      )}
    </span>
  );
});
