import { useMemo, useState } from 'react';
import { splitSecrets } from '../../core/privacy';
import { SecretText } from '../KeyValueList/SecretText';

/** Props of `LongText`. */
export interface LongTextProps {
  /** The text, shown as text with its secrets masked. */
  text: string;
  /** Characters shown before a "Show all" button. @default 1000 */
  limit?: number;
}

// How far past the limit a secret may reach and still be cut whole (a PEM key is ~1,700 characters).
const SECRET_REACH = 4096;

/** Where to cut: at `limit`, or past it when a secret straddles it, so no part of one shows in clear. */
function cutAt(text: string, limit: number): number {
  let at = 0;
  for (const span of splitSecrets(text.slice(0, limit + SECRET_REACH))) {
    const end = at + span.text.length;
    if (end > limit) return span.secret === undefined ? limit : end;
    at = end;
  }
  return limit;
}

/**
 * Text cut at `limit` characters with a button for the rest, so a 10 MB message stays usable;
 * card numbers, tokens and keys in it masked through `SecretText`.
 */
export function LongText({ text, limit = 1000 }: LongTextProps) {
  const [full, setFull] = useState(false);
  const cut = useMemo(() => (text.length <= limit ? text.length : cutAt(text, limit)), [text, limit]);
  if (full || cut >= text.length) return <SecretText text={text} />;
  return (
    <>
      <SecretText text={text.slice(0, cut)} />…{' '}
      <button type="button" className="fl-button" data-slot="show-all" onClick={() => setFull(true)}>
        Show all {text.length.toLocaleString('en-US')} characters
      </button>
    </>
  );
}
