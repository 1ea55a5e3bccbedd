import { useEffect } from 'react';
import { AlertsPage } from './AlertsPage';
import { IssuePage } from './IssuePage';
import { IssuesPage } from './IssuesPage';
import { ReceiverPage } from './ReceiverPage';
import { rememberListHref, useHashRoute } from './route';
import { PORTAL_SETTINGS } from './settings';
import { type ThemeChoice, useTheme } from './theme';

const THEMES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Auto' },
];

/** The banner's way to every component and state, with how to start Storybook when it is not served here. */
function StorybookNav() {
  const { url, hint } = PORTAL_SETTINGS.storybook;
  return (
    <nav aria-label="Component docs" className="portal-nav">
      <a href={url} aria-describedby={hint ? 'storybook-hint' : undefined}>
        Storybook
      </a>
      {hint && (
        <span id="storybook-hint" className="portal-muted">
          ({hint})
        </span>
      )}
    </nav>
  );
}

/** The portal: a banner with the theme switch, then the page the hash names. */
export function App() {
  const route = useHashRoute();
  const [theme, setTheme] = useTheme();
  useEffect(() => {
    rememberListHref(route);
    const titles = { alerts: 'Alerts', receiver: 'Receiver', issues: 'Issues' } as const;
    document.title = route.page === 'issue' ? `Issue ${route.issueId} · Faultline portal` : `${titles[route.page]} · Faultline portal`;
  }, [route]);

  return (
    <div className="portal">
      {/* A button, not a link: the hash belongs to the router, so the skip moves focus only. */}
      <button type="button" className="portal-skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header className="portal-banner">
        <a className="portal-brand" href="#/issues">
          Faultline portal
        </a>
        <span className="portal-muted">API: {PORTAL_SETTINGS.apiLabel}</span>
        <nav aria-label="Portal" className="portal-nav">
          <a href="#/issues" aria-current={route.page === 'issues' || route.page === 'issue' ? 'page' : undefined}>
            Issues
          </a>
          <a href="#/alerts" aria-current={route.page === 'alerts' ? 'page' : undefined}>
            Alerts
          </a>
          <a href="#/receiver" aria-current={route.page === 'receiver' ? 'page' : undefined}>
            Receiver
          </a>
        </nav>
        <StorybookNav />
        <fieldset className="portal-theme">
          <legend>Theme</legend>
          {THEMES.map((option) => (
            <label key={option.value}>
              <input type="radio" name="theme" value={option.value} checked={theme === option.value} onChange={() => setTheme(option.value)} />
              {option.label}
            </label>
          ))}
        </fieldset>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'issue' ? (
          <IssuePage key={route.issueId} route={route} />
        ) : route.page === 'alerts' ? (
          <AlertsPage />
        ) : route.page === 'receiver' ? (
          <ReceiverPage />
        ) : (
          <IssuesPage route={route} />
        )}
      </main>
    </div>
  );
}
