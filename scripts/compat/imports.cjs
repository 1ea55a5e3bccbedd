// CommonJS require of every built entry by package name, as a user's code would.
const { checkEntries } = require('./expectations.cjs');

const schema = require('faultline/schema');
// The schema entry is for servers: loading it must not load React.
const reactLoaded = Object.keys(require.cache).some((path) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(path));
if (reactLoaded) throw new Error('faultline/schema loaded React');

checkEntries(
  'cjs',
  {
    faultline: require('faultline'),
    'faultline/hooks': require('faultline/hooks'),
    'faultline/schema': schema,
    'faultline/schema.json': require('faultline/schema.json'),
  },
  require.resolve('faultline/styles.css'),
);
