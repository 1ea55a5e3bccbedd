// ESM: every entry by package name, as a Node host's server code would import it.
import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const { expectEntries } = createRequire(import.meta.url)('./expect.cjs');
await expectEntries('esm', {
  faultline: await import('faultline'),
  hooks: await import('faultline/hooks'),
  schema: await import('faultline/schema'),
  sentry: await import('faultline/sentry'),
  schemaJson: (await import('faultline/schema.json', { with: { type: 'json' } })).default,
  renderToString,
  createElement,
});
