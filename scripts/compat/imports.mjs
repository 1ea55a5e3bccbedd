// ESM import of every built entry by package name, as a user's code would.
import { createRequire } from 'node:module';
import { checkEntries } from './expectations.mjs';

const require = createRequire(import.meta.url);
const entries = {
  faultline: await import('faultline'),
  'faultline/hooks': await import('faultline/hooks'),
  'faultline/schema': await import('faultline/schema'),
  'faultline/sentry': await import('faultline/sentry'),
  'faultline/schema.json': (await import('faultline/schema.json', { with: { type: 'json' } })).default,
};
checkEntries('esm', entries, require.resolve('faultline/styles.css'));
