import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTokensCss, renderTokensTable, replaceTokensTable } from '../../scripts/tokens-lib';
import { themeTokens } from '../../src/theme/tokens';

const read = (path: string) => readFileSync(path, 'utf8');

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });

describe('design tokens', () => {
  it('tokens.css is generated from the token list (run `npm run tokens` after editing it)', () => {
    expect(read('src/styles/tokens.css')).toBe(renderTokensCss(themeTokens));
  });

  it("the README's token table lists every token", () => {
    const readme = read('README.md');
    expect(replaceTokensTable(readme, renderTokensTable(themeTokens))).toBe(readme);
  });

  it('every token has a unique name, a light default and a description', () => {
    const names = themeTokens.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const token of themeTokens) {
      expect(token.name).toMatch(/^--fl-[a-z0-9-]+$/);
      expect(token.light.length).toBeGreaterThan(0);
      expect(token.description.length).toBeGreaterThan(5);
    }
  });

  it('defines level colours for fatal, error, warning, info and debug', () => {
    for (const level of ['fatal', 'error', 'warning', 'info', 'debug']) {
      expect(themeTokens.some((t) => t.name === `--fl-level-${level}-bg`)).toBe(true);
      expect(themeTokens.some((t) => t.name === `--fl-level-${level}-fg`)).toBe(true);
    }
  });

  const componentCss = cssFiles('src').filter((f) => !f.endsWith('tokens.css') && f !== join('src', 'styles.css'));

  it('the stylesheet entry imports every CSS file of the kit', () => {
    const entry = read('src/styles.css');
    for (const file of [join('src', 'styles', 'tokens.css'), ...componentCss]) {
      expect(entry, `src/styles.css does not import ${file}`).toContain(`@import "./${file.slice(4)}";`);
    }
  });

  it('component CSS uses only declared tokens', () => {
    const declared = new Set<string>(themeTokens.map((t) => t.name));
    for (const file of componentCss) {
      // Private per-component variables (--fl-<component>-…) are declared in the same file.
      const local = new Set([...read(file).matchAll(/(--fl-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
      for (const [, used] of read(file).matchAll(/var\((--fl-[a-z0-9-]+)/g)) {
        expect(declared.has(used!) || local.has(used!), `${file} uses undeclared ${used}`).toBe(true);
      }
    }
  });

  it('component CSS never styles outside the kit: every rule is layered and scoped to kit classes', () => {
    for (const file of componentCss) {
      const css = read(file).replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css, `${file} must put its rules in @layer faultline`).toMatch(/^\s*@layer faultline \{/);
      for (const [, selector] of css.matchAll(/(?:^|[}{;])\s*([^{}@;]+)\{/g)) {
        expect(selector!.trim(), `${file}: selector outside the kit`).toMatch(/^:where\(\.fl/);
      }
    }
  });

  it('component CSS uses no raw colour values', () => {
    for (const file of componentCss) {
      const css = read(file).replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css, `${file} has a raw colour`).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
    }
  });
});
