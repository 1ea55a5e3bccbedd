// `npm run build` step after tsup: writes dist/styles.css (unlayered, the default) and
// dist/styles.layer.css (the same rules in @layer faultline) from src/styles.css.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildStyleSheets } from './styles-lib';

const sheets = buildStyleSheets('src/styles.css');
mkdirSync('dist', { recursive: true });
for (const [file, css] of [
  ['dist/styles.css', sheets.unlayered],
  ['dist/styles.layer.css', sheets.layered],
] as const) {
  writeFileSync(file, css);
  console.log(`styles: ${file} ${(css.length / 1024).toFixed(1)} kB (${(gzipSync(css).length / 1024).toFixed(1)} kB gzip) from ${sheets.files.length} files`);
}
