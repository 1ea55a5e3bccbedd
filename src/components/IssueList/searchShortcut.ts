import { type RefObject, useEffect } from 'react';

/** A plain `/` typed outside any text field, not yet handled by someone else. */
export function isSearchShortcut(event: { key: string; target: EventTarget | null; defaultPrevented: boolean; metaKey: boolean; ctrlKey: boolean; altKey: boolean }): boolean {
  if (event.key !== '/' || event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.tagName !== 'string') return true;
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'checkbox';
  return !typing && !target.isContentEditable;
}

/** Sentry's `/` works from anywhere on the page; the first list on a page takes it. */
export function useGlobalSearchShortcut(enabled: boolean, searchRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    if (!enabled) return;
    const onDocumentKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event) || !searchRef.current) return;
      event.preventDefault();
      searchRef.current.focus();
    };
    document.addEventListener('keydown', onDocumentKeyDown);
    return () => document.removeEventListener('keydown', onDocumentKeyDown);
  }, [enabled, searchRef]);
}
