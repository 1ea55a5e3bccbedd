import { type ComponentPropsWithoutRef, forwardRef, useEffect, useRef, useState } from 'react';
import { safeHttpUrl } from '../../core/format/safeUrl';
import { copyText } from '../../hooks/useCopy';
import { cx } from '../cx';
import { issueDetailsMessages as m } from './messages';

/** Props of `BookmarkButton` and `SubscribeButton`. */
export interface IssueToggleProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onChange' | 'value'> {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
}

/** A toggle button (`aria-pressed`) that bookmarks the issue. */
export const BookmarkButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, IssueToggleProps>(function BookmarkButton({ pressed, onPressedChange, className, ...rest }, ref) {
  return (
    <button {...rest} ref={ref} type="button" className={cx('fl-button', className)} data-slot="bookmark" aria-pressed={pressed} onClick={() => onPressedChange(!pressed)}>
      <span aria-hidden="true">{pressed ? '★' : '☆'}</span>
      {m.bookmark}
    </button>
  );
});

/** A toggle button (`aria-pressed`) that subscribes to the issue's notifications. */
export const SubscribeButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, IssueToggleProps>(function SubscribeButton({ pressed, onPressedChange, className, ...rest }, ref) {
  return (
    <button {...rest} ref={ref} type="button" className={cx('fl-button', className)} data-slot="subscribe" aria-pressed={pressed} onClick={() => onPressedChange(!pressed)}>
      {m.subscribe}
    </button>
  );
});

/** Props of `ShareButton`. */
export interface ShareButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** The issue's link; only http(s) links are copied. */
  url: string | undefined;
  /** How long the "copied" note stays, in ms. @default 3000 */
  statusDuration?: number;
}

/** Copies the issue's link and says so in a live region beside it. */
export const ShareButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ShareButtonProps>(function ShareButton({ url, statusDuration = 3000, className, ...rest }, ref) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const link = url === undefined ? undefined : safeHttpUrl(url);
  const share = async () => {
    if (link === undefined) return;
    clearTimeout(timer.current);
    try {
      await copyText(link);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), statusDuration);
  };
  return (
    <span className="fl-share" data-state={state}>
      <button {...rest} ref={ref} type="button" className={cx('fl-button', className)} data-slot="share" disabled={link === undefined || rest.disabled} onClick={() => void share()}>
        {m.share}
      </button>
      <span role="status" data-slot="share-status">
        {state === 'copied' ? m.shareCopied : state === 'failed' ? m.shareFailed : ''}
      </span>
    </span>
  );
});
