import { useState } from 'react';

/** Props of `LongText`. */
export interface LongTextProps {
  /** The text, shown as text. */
  text: string;
  /** Characters shown before a "Show all" button. @default 1000 */
  limit?: number;
}

/** Text cut at `limit` characters with a button for the rest, so a 10 MB message stays usable. */
export function LongText({ text, limit = 1000 }: LongTextProps) {
  const [full, setFull] = useState(false);
  if (full || text.length <= limit) return <>{text}</>;
  return (
    <>
      {text.slice(0, limit)}…{' '}
      <button type="button" className="fl-button" data-slot="show-all" onClick={() => setFull(true)}>
        Show all {text.length.toLocaleString('en-US')} characters
      </button>
    </>
  );
}
