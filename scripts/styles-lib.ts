// Builds the kit's two stylesheets from src/styles.css: the unlayered default (faultline/styles.css)
// and the layered variant (faultline/styles.layer.css). Used by scripts/buildStyles.ts at build time
// and by Storybook's Vite plugin at dev time, so stories see exactly what a host gets.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import postcss, { type AtRule, type Node, type Root, type Rule } from 'postcss';

/**
 * What every rule of the unlayered sheet gets appended to its subject: (0,2,0) of specificity and
 * no change in what it matches (no element has that class).
 *
 * Why a fixed boost instead of unwrapping the `:where()`s: every source rule has zero specificity,
 * so inside the kit the later rule wins; unwrapped, each rule would get its own specificity and
 * `[data-slot="x"] > .fl-button` would start beating the later `.fl-button[aria-pressed="true"]`.
 * Adding the same amount to every rule keeps the kit's own order exactly as it is.
 *
 * Why (0,2,0): it beats a host's element rules (`button`, `table td`, 0,0,2), attribute resets
 * (`[type='button']`, 0,1,0) and one class plus elements (`.portal button`, `button:not(:disabled)`,
 * 0,1,1), yet a host that means to restyle the kit still can with two classes loaded after the kit
 * (`.my-portal .fl-button`) or three in any order, without ids or `!important`.
 */
export const BOOST = ':not(.fl-never):not(.fl-never)';

export const LAYER = 'faultline';

export interface StyleSheets {
  /** Default: no layer, every rule boosted by {@link BOOST}. */
  unlayered: string;
  /** Today's rules unchanged inside `@layer faultline`: any host rule wins. */
  layered: string;
  /** Every CSS file read, for watchers. */
  files: string[];
}

/** Reads `entry` and the files it `@import`s (relative, plain imports only) into one tree. */
export function bundle(entry: string, files: string[] = []): Root {
  const path = resolve(entry);
  files.push(path);
  const root = postcss.parse(readFileSync(path, 'utf8'), { from: path });
  root.walkAtRules('import', (rule) => {
    const match = /^(["'])(.+)\1$/.exec(rule.params.trim());
    if (match?.[2] === undefined) throw new Error(`${path}: only plain relative @import "file.css" is supported, got @import ${rule.params}`);
    const imported = bundle(resolve(dirname(path), match[2]), files);
    rule.replaceWith(imported.nodes);
  });
  return root;
}

/** Replaces every `@layer faultline { … }` block with its content; any other layer is an error. */
function unwrapLayers(root: Root): void {
  root.walkAtRules('layer', (rule) => {
    if (rule.params.trim() !== LAYER || rule.nodes === undefined) throw new Error(`unexpected @layer ${rule.params}: the kit's rules use only @layer ${LAYER} { … }`);
    rule.replaceWith(rule.nodes);
  });
}

/**
 * Walks a selector's characters outside strings, escapes and brackets (`:where(a, b)`,
 * `[title="a,b"]`), calling `visit` with each top-level index; `visit` returning true stops.
 */
function forEachTopLevel(selector: string, visit: (index: number) => boolean | undefined): void {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i];
    if (quote !== '') {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '\\') i++;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && visit(i)) return;
  }
}

/** Splits a selector list on its top-level commas (not those inside `:where(a, b)` or strings). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let start = 0;
  forEachTopLevel(list, (i) => {
    if (list[i] !== ',') return false;
    parts.push(list.slice(start, i).trim());
    start = i + 1;
    return false;
  });
  parts.push(list.slice(start).trim());
  return parts;
}

/** Index of the first top-level `::` (the pseudo-element that ends the subject), or -1. */
function pseudoElementIndex(selector: string): number {
  let found = -1;
  forEachTopLevel(selector, (i) => {
    if (selector[i] === ':' && selector[i + 1] === ':') found = i;
    return found !== -1;
  });
  return found;
}

/** Removes `:where(…)` groups (balanced parentheses) from a selector. */
function withoutWhere(selector: string): string {
  let out = '';
  let i = 0;
  while (i < selector.length) {
    if (selector.startsWith(':where(', i)) {
      let depth = 0;
      let j = i + ':where'.length;
      for (; j < selector.length; j++) {
        if (selector[j] === '(') depth++;
        else if (selector[j] === ')' && --depth === 0) break;
      }
      const inner = selector.slice(i + ':where('.length, j);
      // A pseudo-element is invalid inside :where(): the browser drops it and the rule matches nothing.
      if (inner.replace(/"[^"]*"|'[^']*'/g, '').includes('::')) throw new Error(`pseudo-element inside :where() never matches: ${selector}`);
      i = j + 1;
    } else {
      out += selector[i];
      i++;
    }
  }
  return out;
}

/**
 * The boost relies on every kit rule having zero specificity (all inside `:where()`, a pseudo-element
 * at the end at most). A rule outside that shape would keep its own weight and shift the kit's order.
 */
export function assertZeroSpecificity(selector: string): void {
  const pseudo = pseudoElementIndex(selector);
  const rest = withoutWhere(pseudo === -1 ? selector : selector.slice(0, pseudo));
  if (/[^\s>+~*]/.test(rest)) throw new Error(`kit selector outside :where(): "${selector}" (left over: "${rest.trim()}")`);
}

/** Appends {@link BOOST} to a selector's subject, before its pseudo-element if it has one. */
export function boostSelector(selector: string): string {
  assertZeroSpecificity(selector);
  const pseudo = pseudoElementIndex(selector);
  return pseudo === -1 ? `${selector}${BOOST}` : `${selector.slice(0, pseudo)}${BOOST}${selector.slice(pseudo)}`;
}

function insideKeyframes(rule: Rule): boolean {
  for (let parent: Node | undefined = rule.parent; parent !== undefined; parent = parent.parent) {
    if (parent.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)) return true;
  }
  return false;
}

/**
 * Boosts every rule, except custom properties: tokens stay at zero specificity so a host's
 * `[data-brand] { --fl-color-accent: … }` still wins on the element the kit sets them on. A rule that
 * mixes both is split in two (custom properties first), so no property changes weight class.
 */
function boostRules(root: Root): void {
  const rules: Rule[] = [];
  root.walkRules((rule) => {
    if (!insideKeyframes(rule)) rules.push(rule);
  });
  for (const rule of rules) {
    const selectors = splitSelectorList(rule.selector);
    for (const selector of selectors) assertZeroSpecificity(selector);
    const decls = rule.nodes.filter((node) => node.type === 'decl');
    const custom = decls.filter((decl) => decl.prop.startsWith('--'));
    if (custom.length === decls.length && rule.nodes.every((node) => node.type !== 'rule' && node.type !== 'atrule')) continue;
    if (custom.length > 0) {
      const tokens = rule.clone({ nodes: [] });
      for (const decl of custom) tokens.append(decl.clone());
      rule.before(tokens);
      for (const decl of custom) decl.remove();
    }
    rule.selector = selectors.map(boostSelector).join(',\n');
  }
}

/** Builds both sheets from one entry (src/styles.css). */
export function buildStyleSheets(entry: string): StyleSheets {
  const files: string[] = [];
  const root = bundle(entry, files);
  unwrapLayers(root);
  // The sources' comments explain them to maintainers; hosts download the rules only.
  root.walkComments((comment) => {
    comment.remove();
  });

  const layered = postcss.root();
  const block = postcss.atRule({ name: 'layer', params: LAYER });
  for (const node of root.nodes) block.append(node.clone());
  layered.append(block);

  const unlayered = root.clone();
  boostRules(unlayered);

  return {
    unlayered: `/* faultline/styles.css, generated from src/styles.css by scripts/buildStyles.ts: unlayered, each rule boosted by ${BOOST} so a host's element rules cannot undo it; faultline/styles.layer.css has the same rules in @layer ${LAYER}. */\n${unlayered.toString()}\n`,
    layered: `/* faultline/styles.layer.css, generated from src/styles.css by scripts/buildStyles.ts: the kit's rules at zero specificity in @layer ${LAYER}, so any host rule wins. */\n${layered.toString()}\n`,
    files,
  };
}
