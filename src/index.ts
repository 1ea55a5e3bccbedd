// Entry `faultline`: the components, their parts and prop types, and the theme tokens.
// Hooks are in `faultline/hooks`, the model types and pure helpers in `faultline/schema`,
// the Sentry Web API client in `faultline/sentry`. The build routes each name here to the
// client module (components) or a directive-free one (tokens): see tsup.config.ts.
export * from './components';
export { type ThemeToken, type ThemeTokenGroup, themeTokens } from './theme/tokens';
