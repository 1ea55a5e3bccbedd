// What every built entry must export, checked the same way from ESM and CJS.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const EXPECTED = {
  faultline: ['LevelBadge', 'LEVELS', 'SchemaError', 'useControllableState', 'themeTokens'],
  'faultline/hooks': ['useControllableState'],
  'faultline/schema': ['LEVELS', 'SchemaError', 'FILTERED'],
};

function checkEntries(kind, entries, stylesPath) {
  for (const [entry, names] of Object.entries(EXPECTED)) {
    const module = entries[entry];
    for (const name of names) {
      if (module[name] === undefined) throw new Error(`${kind}: ${entry} does not export ${name}`);
    }
  }
  if ('LevelBadge' in entries['faultline/schema']) throw new Error(`${kind}: faultline/schema exports components`);
  const schema = entries['faultline/schema.json'];
  if (!schema || typeof schema !== 'object' || !String(schema.$schema).includes('2020-12')) {
    throw new Error(`${kind}: faultline/schema.json is not a JSON Schema 2020-12 document`);
  }
  if (!existsSync(stylesPath)) throw new Error(`${kind}: faultline/styles.css resolves to a missing file`);
  // Next.js App Router needs the directive on client entries, and none on the server-safe one.
  const dist = dirname(stylesPath);
  for (const file of ['index.js', 'index.cjs', 'hooks.js', 'hooks.cjs', 'schema.js', 'schema.cjs']) {
    const client = readFileSync(join(dist, file), 'utf8').startsWith('"use client";');
    if (client !== !file.startsWith('schema')) throw new Error(`${kind}: dist/${file} has the wrong "use client" directive`);
  }
  console.log(`${kind}: every entry loads on Node ${process.version}`);
}

module.exports = { checkEntries };
