// CommonJS: every entry by package name. The server entries must not pull React in.
const schema = require('faultline/schema');
const sentry = require('faultline/sentry');
const reactLoaded = Object.keys(require.cache).some((path) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(path));
if (reactLoaded) throw new Error('faultline/schema or faultline/sentry loaded React');

const { expectEntries } = require('./expect.cjs');
expectEntries('cjs', {
  faultline: require('faultline'),
  hooks: require('faultline/hooks'),
  schema,
  sentry,
  schemaJson: require('faultline/schema.json'),
  renderToString: require('react-dom/server').renderToString,
  createElement: require('react').createElement,
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
