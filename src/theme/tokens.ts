/** Where a token belongs, for documentation and the Theming page. */
export type ThemeTokenGroup = 'primitive' | 'color' | 'level' | 'typography' | 'shape' | 'density' | 'component';

/** One CSS custom property of the kit, with its default values. */
export interface ThemeToken {
  /** Custom property name, `--fl-…`. */
  name: `--fl-${string}`;
  /** Group in the docs table. */
  group: ThemeTokenGroup;
  /** Default value in the light theme. */
  light: string;
  /** Default value in the dark theme when it differs from the light one. */
  dark?: string;
  /** What the token styles. */
  description: string;
}

/**
 * Every design token of the kit. `src/styles/tokens.css` and the README's token table are
 * generated from this list (`npm run tokens`), and a test fails when they drift.
 */
export const themeTokens: readonly ThemeToken[] = [
  { name: '--fl-gray-1', group: 'primitive', light: '#fcfcfd', dark: '#111114', description: 'Gray step 1 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-2', group: 'primitive', light: '#f7f7f9', dark: '#18181c', description: 'Gray step 2 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-3', group: 'primitive', light: '#eeeef1', dark: '#212127', description: 'Gray step 3 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-4', group: 'primitive', light: '#e5e5ea', dark: '#292930', description: 'Gray step 4 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-5', group: 'primitive', light: '#d9d9e0', dark: '#34343c', description: 'Gray step 5 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-6', group: 'primitive', light: '#c8c8d0', dark: '#44444e', description: 'Gray step 6 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-7', group: 'primitive', light: '#8b8b96', dark: '#6b6b77', description: 'Gray step 7 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-8', group: 'primitive', light: '#60606b', dark: '#a4a4b0', description: 'Gray step 8 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-9', group: 'primitive', light: '#45454f', dark: '#c2c2cc', description: 'Gray step 9 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-10', group: 'primitive', light: '#2b2b33', dark: '#d7d7df', description: 'Gray step 10 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-11', group: 'primitive', light: '#1c1c22', dark: '#e7e7ed', description: 'Gray step 11 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-gray-12', group: 'primitive', light: '#101014', dark: '#f4f4f7', description: 'Gray step 12 of 12 (1 lightest in light theme, darkest in dark).' },
  { name: '--fl-red-3', group: 'primitive', light: '#feebec', dark: '#3b1219', description: 'Subtle background of the red accent.' },
  { name: '--fl-red-9', group: 'primitive', light: '#c62a2f', dark: '#e5484d', description: 'Solid fill of the red accent.' },
  { name: '--fl-red-11', group: 'primitive', light: '#a3151c', dark: '#ff9592', description: 'Text on subtle backgrounds of the red accent.' },
  { name: '--fl-orange-3', group: 'primitive', light: '#ffefd6', dark: '#3b2212', description: 'Subtle background of the orange accent.' },
  { name: '--fl-orange-9', group: 'primitive', light: '#c2410c', dark: '#f76b15', description: 'Solid fill of the orange accent.' },
  { name: '--fl-orange-11', group: 'primitive', light: '#9a3412', dark: '#ffa057', description: 'Text on subtle backgrounds of the orange accent.' },
  { name: '--fl-yellow-3', group: 'primitive', light: '#fff7c2', dark: '#302008', description: 'Subtle background of the yellow accent.' },
  { name: '--fl-yellow-9', group: 'primitive', light: '#a16207', dark: '#d8a000', description: 'Solid fill of the yellow accent.' },
  { name: '--fl-yellow-11', group: 'primitive', light: '#7c4a03', dark: '#f5d66b', description: 'Text on subtle backgrounds of the yellow accent.' },
  { name: '--fl-green-3', group: 'primitive', light: '#e6f6eb', dark: '#112a1e', description: 'Subtle background of the green accent.' },
  { name: '--fl-green-9', group: 'primitive', light: '#1f7a44', dark: '#30a46c', description: 'Solid fill of the green accent.' },
  { name: '--fl-green-11', group: 'primitive', light: '#16603a', dark: '#6fe0a4', description: 'Text on subtle backgrounds of the green accent.' },
  { name: '--fl-blue-3', group: 'primitive', light: '#e6f0ff', dark: '#102146', description: 'Subtle background of the blue accent.' },
  { name: '--fl-blue-9', group: 'primitive', light: '#2358c8', dark: '#3e82f7', description: 'Solid fill of the blue accent.' },
  { name: '--fl-blue-11', group: 'primitive', light: '#1b47a6', dark: '#9ec4ff', description: 'Text on subtle backgrounds of the blue accent.' },
  { name: '--fl-purple-3', group: 'primitive', light: '#f3ecfe', dark: '#2b1b4b', description: 'Subtle background of the purple accent.' },
  { name: '--fl-purple-9', group: 'primitive', light: '#6c3fc4', dark: '#8e5cf0', description: 'Solid fill of the purple accent.' },
  { name: '--fl-purple-11', group: 'primitive', light: '#5530a3', dark: '#c9b2ff', description: 'Text on subtle backgrounds of the purple accent.' },
  { name: '--fl-color-scheme', group: 'color', light: 'light', dark: 'dark', description: '`light` or `dark`: the CSS color-scheme of kit elements (form controls, scrollbars).' },
  { name: '--fl-color-bg', group: 'color', light: '#ffffff', dark: 'var(--fl-gray-1)', description: 'Background of panels, lists and cards.' },
  { name: '--fl-color-bg-subtle', group: 'color', light: 'var(--fl-gray-2)', description: 'Background of toolbars, headers and system frames.' },
  { name: '--fl-color-bg-muted', group: 'color', light: 'var(--fl-gray-3)', description: 'Background of chips, skeletons and code gutters.' },
  { name: '--fl-color-bg-hover', group: 'color', light: 'var(--fl-gray-3)', description: 'Background of a hovered row.' },
  { name: '--fl-color-bg-selected', group: 'color', light: 'var(--fl-blue-3)', description: 'Background of a selected row.' },
  { name: '--fl-color-fg', group: 'color', light: 'var(--fl-gray-12)', description: 'Body text.' },
  { name: '--fl-color-fg-muted', group: 'color', light: 'var(--fl-gray-8)', description: 'Secondary text: times, counts, labels.' },
  { name: '--fl-color-border', group: 'color', light: 'var(--fl-gray-5)', description: 'Dividers and control borders.' },
  { name: '--fl-color-border-strong', group: 'color', light: 'var(--fl-gray-7)', description: 'Borders that must stand out (inputs, focusable cards).' },
  { name: '--fl-color-accent', group: 'color', light: 'var(--fl-purple-9)', dark: 'var(--fl-purple-11)', description: 'Brand accent: primary buttons, active tab, selection checkboxes.' },
  { name: '--fl-color-accent-fg', group: 'color', light: '#ffffff', dark: 'var(--fl-gray-1)', description: 'Text on the accent colour.' },
  { name: '--fl-color-link', group: 'color', light: 'var(--fl-blue-11)', description: 'Links.' },
  { name: '--fl-color-focus-ring', group: 'color', light: 'var(--fl-blue-9)', description: 'Keyboard focus outline.' },
  { name: '--fl-color-danger', group: 'color', light: 'var(--fl-red-11)', description: 'Errors and destructive actions.' },
  { name: '--fl-color-warning', group: 'color', light: 'var(--fl-yellow-11)', description: 'Warnings.' },
  { name: '--fl-color-success', group: 'color', light: 'var(--fl-green-11)', description: 'Resolved state, success.' },
  { name: '--fl-color-info', group: 'color', light: 'var(--fl-blue-11)', description: 'Informational notices.' },
  { name: '--fl-color-code-bg', group: 'color', light: 'var(--fl-gray-2)', description: 'Background of source code and raw views.' },
  { name: '--fl-color-code-fg', group: 'color', light: 'var(--fl-gray-11)', description: 'Text of source code and raw views.' },
  { name: '--fl-color-highlight-bg', group: 'color', light: 'var(--fl-red-3)', description: 'Background of the crashing source line.' },
  { name: '--fl-color-scrubbed', group: 'color', light: 'var(--fl-orange-11)', description: 'Marker of scrubbed (`[Filtered]`) values.' },
  { name: '--fl-level-fatal-bg', group: 'level', light: 'var(--fl-red-9)', dark: 'var(--fl-red-11)', description: 'Background of the `fatal` level badge and marker.' },
  { name: '--fl-level-fatal-fg', group: 'level', light: '#ffffff', dark: 'var(--fl-gray-1)', description: 'Text of the `fatal` level badge and marker.' },
  { name: '--fl-level-error-bg', group: 'level', light: 'var(--fl-red-3)', description: 'Background of the `error` level badge and marker.' },
  { name: '--fl-level-error-fg', group: 'level', light: 'var(--fl-red-11)', description: 'Text of the `error` level badge and marker.' },
  { name: '--fl-level-warning-bg', group: 'level', light: 'var(--fl-yellow-3)', description: 'Background of the `warning` level badge and marker.' },
  { name: '--fl-level-warning-fg', group: 'level', light: 'var(--fl-yellow-11)', description: 'Text of the `warning` level badge and marker.' },
  { name: '--fl-level-info-bg', group: 'level', light: 'var(--fl-blue-3)', description: 'Background of the `info` level badge and marker.' },
  { name: '--fl-level-info-fg', group: 'level', light: 'var(--fl-blue-11)', description: 'Text of the `info` level badge and marker.' },
  { name: '--fl-level-debug-bg', group: 'level', light: 'var(--fl-gray-3)', description: 'Background of the `debug` level badge and marker.' },
  { name: '--fl-level-debug-fg', group: 'level', light: 'var(--fl-gray-9)', description: 'Text of the `debug` level badge and marker.' },
  { name: '--fl-font-sans', group: 'typography', light: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', description: 'Text font.' },
  { name: '--fl-font-mono', group: 'typography', light: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace', description: 'Code, stack frames, ids.' },
  { name: '--fl-font-size-1', group: 'typography', light: '0.75rem', description: 'Font size step 1 of 5.' },
  { name: '--fl-font-size-2', group: 'typography', light: '0.8125rem', description: 'Font size step 2 of 5.' },
  { name: '--fl-font-size-3', group: 'typography', light: '0.875rem', description: 'Font size step 3 of 5.' },
  { name: '--fl-font-size-4', group: 'typography', light: '1rem', description: 'Font size step 4 of 5.' },
  { name: '--fl-font-size-5', group: 'typography', light: '1.25rem', description: 'Font size step 5 of 5.' },
  { name: '--fl-font-weight-regular', group: 'typography', light: '400', description: 'Body weight.' },
  { name: '--fl-font-weight-medium', group: 'typography', light: '500', description: 'Labels and titles.' },
  { name: '--fl-font-weight-bold', group: 'typography', light: '650', description: 'Headings and exception types.' },
  { name: '--fl-line-height', group: 'typography', light: '1.45', description: 'Line height of text.' },
  { name: '--fl-line-height-code', group: 'typography', light: '1.55', description: 'Line height of code.' },
  { name: '--fl-radius-1', group: 'shape', light: '3px', description: 'Corner radius step 1.' },
  { name: '--fl-radius-2', group: 'shape', light: '6px', description: 'Corner radius step 2.' },
  { name: '--fl-radius-3', group: 'shape', light: '10px', description: 'Subtle background of the radius accent.' },
  { name: '--fl-radius-full', group: 'shape', light: '9999px', description: 'Fully rounded (pills).' },
  { name: '--fl-space-1', group: 'shape', light: '0.25rem', description: 'Spacing step 1 of 6.' },
  { name: '--fl-space-2', group: 'shape', light: '0.5rem', description: 'Spacing step 2 of 6.' },
  { name: '--fl-space-3', group: 'shape', light: '0.75rem', description: 'Subtle background of the space accent.' },
  { name: '--fl-space-4', group: 'shape', light: '1rem', description: 'Spacing step 4 of 6.' },
  { name: '--fl-space-5', group: 'shape', light: '1.5rem', description: 'Spacing step 5 of 6.' },
  { name: '--fl-space-6', group: 'shape', light: '2rem', description: 'Spacing step 6 of 6.' },
  { name: '--fl-border-width', group: 'shape', light: '1px', description: 'Width of borders.' },
  { name: '--fl-focus-ring-width', group: 'shape', light: '2px', description: 'Width of the focus outline.' },
  { name: '--fl-shadow-1', group: 'shape', light: '0 1px 2px rgb(16 16 20 / 0.08), 0 1px 3px rgb(16 16 20 / 0.06)', dark: '0 1px 2px rgb(0 0 0 / 0.5), 0 1px 3px rgb(0 0 0 / 0.4)', description: 'Shadow of cards and menus.' },
  { name: '--fl-row-height-compact', group: 'density', light: '2rem', description: 'Row height in compact density.' },
  { name: '--fl-row-height-comfortable', group: 'density', light: '2.75rem', description: 'Row height in comfortable density.' },
  { name: '--fl-row-height', group: 'density', light: 'var(--fl-row-height-comfortable)', description: 'Row height in use; a density switch sets it to one of the two above.' },
  { name: '--fl-frame-bg-in-app', group: 'component', light: 'var(--fl-color-bg)', description: 'Background of in-app stack frames.' },
  { name: '--fl-frame-bg-system', group: 'component', light: 'var(--fl-color-bg-subtle)', description: 'Background of system (non-app) stack frames.' },
];
