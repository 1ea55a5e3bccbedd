import { useEffect, useState } from 'react';

/** The portal's theme: fixed light or dark, or the system's (`prefers-color-scheme`). */
export type ThemeChoice = 'light' | 'dark' | 'auto';

const STORAGE_KEY = 'faultline-portal-theme';

function readStored(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): the system theme is a fine fallback.
    return 'auto';
  }
}

/** The theme choice, remembered across visits and set on `<html data-fl-theme>` so the whole page follows. */
export function useTheme(): [ThemeChoice, (theme: ThemeChoice) => void] {
  const [theme, setTheme] = useState<ThemeChoice>(readStored);
  useEffect(() => {
    document.documentElement.dataset.flTheme = theme;
    try {
      window.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Not remembered; the choice still holds for this visit.
    }
  }, [theme]);
  return [theme, setTheme];
}
