import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { BOOST, boostSelector, buildStyleSheets, splitSelectorList } from '../../scripts/styles-lib';

/** Writes a small source tree (entry plus imports) and builds both sheets from it. */
function build(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'fl-styles-'));
  for (const [name, css] of Object.entries(files)) writeFileSync(join(dir, name), css);
  return buildStyleSheets(join(dir, 'styles.css'));
}

describe('the built stylesheets', () => {
  it('boosts every rule of the real sheet but token-only ones, and layers the other whole', () => {
    const sheets = buildStyleSheets('src/styles.css');
    const unlayered = postcss.parse(sheets.unlayered);
    const layered = postcss.parse(sheets.layered);
    let boosted = 0;
    unlayered.walkAtRules('layer', () => {
      throw new Error('the default sheet must have no @layer');
    });
    unlayered.walkRules((rule) => {
      const onlyTokens = rule.nodes.every((node) => node.type !== 'decl' || node.prop.startsWith('--'));
      for (const selector of splitSelectorList(rule.selector)) {
        if (onlyTokens) expect(selector).not.toContain(BOOST);
        else {
          expect(selector).toContain(BOOST);
          boosted++;
        }
      }
    });
    expect(boosted).toBeGreaterThan(200);
    expect(layered.nodes.filter((node) => node.type === 'atrule')).toHaveLength(1);
    expect(layered.toString()).not.toContain(BOOST);
    // Same declarations in both: the layered sheet is today's rules, the default only re-weighs them.
    const declarations = (root: postcss.Root) => {
      const all: string[] = [];
      root.walkDecls((decl) => {
        all.push(`${decl.prop}:${decl.value}`);
      });
      return all.sort();
    };
    expect(declarations(unlayered)).toEqual(declarations(layered));
  });

  it('puts the boost on the subject, before a pseudo-element', () => {
    expect(boostSelector(':where(.fl-a) > :where(.b)')).toBe(`:where(.fl-a) > :where(.b)${BOOST}`);
    expect(boostSelector(':where(.fl-a) :where([data-x="a::b"])::before')).toBe(`:where(.fl-a) :where([data-x="a::b"])${BOOST}::before`);
  });

  it('splits custom properties off a mixed rule so tokens keep zero specificity', () => {
    const { unlayered } = build({ 'styles.css': '@layer faultline { :where(.fl-x) { --fl-x-gap: 1px; gap: var(--fl-x-gap); } }' });
    const rules: string[] = [];
    postcss.parse(unlayered).walkRules((rule) => {
      rules.push(`${rule.selector} ${rule.nodes.map(String).join(';')}`);
    });
    expect(rules).toEqual([':where(.fl-x) --fl-x-gap: 1px', `:where(.fl-x)${BOOST} gap: var(--fl-x-gap)`]);
  });

  it('refuses selectors that would break the equal-weight order', () => {
    expect(() => build({ 'styles.css': '@import "./a.css";', 'a.css': '@layer faultline { .fl-a button { color: red; } }' })).toThrow(/outside :where\(\)/);
    expect(() => build({ 'styles.css': '@layer faultline { :where(.fl li::marker) { color: red; } }' })).toThrow(/pseudo-element inside :where\(\)/);
    expect(() => build({ 'styles.css': '@layer other { :where(.fl) { color: red; } }' })).toThrow(/unexpected @layer other/);
  });

  it('leaves keyframe steps alone', () => {
    const { unlayered } = build({ 'styles.css': '@layer faultline { @keyframes fl-pulse { from { opacity: 0; } to { opacity: 1; } } }' });
    const selectors: string[] = [];
    postcss.parse(unlayered).walkRules((rule) => {
      selectors.push(rule.selector);
    });
    expect(selectors).toEqual(['from', 'to']);
  });
});
