// Entry `faultline`: components, plus the hooks and the schema helpers they are built on.
export * from './components';
export * from './core';
export * from './hooks';
export { type ThemeToken, type ThemeTokenGroup, themeTokens } from './theme/tokens';
