// Writes src/styles/tokens.css and the README's token table from src/theme/tokens.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { themeTokens } from '../src/theme/tokens';
import { renderTokensCss, renderTokensTable, replaceTokensTable } from './tokens-lib';

writeFileSync('src/styles/tokens.css', renderTokensCss(themeTokens));
writeFileSync('README.md', replaceTokensTable(readFileSync('README.md', 'utf8'), renderTokensTable(themeTokens)));
console.log(`tokens: wrote ${themeTokens.length} tokens to src/styles/tokens.css and README.md`);
