// CommonJS require of every built entry by package name, as a user's code would.
const { checkEntries } = require('./expectations.cjs');

const schema = require('faultline/schema');
const sentry = require('faultline/sentry');
// The schema and sentry entries are for servers: loading them must not load React.
const reactLoaded = Object.keys(require.cache).some((path) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(path));
if (reactLoaded) throw new Error('faultline/schema or faultline/sentry loaded React');

checkEntries(
  'cjs',
  {
    faultline: require('faultline'),
    'faultline/hooks': require('faultline/hooks'),
    'faultline/schema': schema,
    'faultline/sentry': sentry,
    'faultline/schema.json': require('faultline/schema.json'),
  },
  require.resolve('faultline/styles.css'),
);
