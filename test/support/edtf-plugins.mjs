// Lets the reference EDTF parser (devDependency `edtf`, used only by the model's
// agreement tests) load in the test browser:
// - nearley, which edtf imports, is CommonJS/UMD, so it is converted to ESM;
// - edtf imports its locale JSON `with { type: 'json' }`, an attribute the esbuild
//   transform drops, so those JSON files are served as JS modules instead.
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

const commonjs = fromRollup(rollupCommonjs);
const EDTF_LOCALE_JSON = /\/node_modules\/edtf\/locale-data\/[\w-]+\.json$/;

function edtfLocaleJsonAsModule() {
  return {
    name: 'edtf-locale-json-as-module',
    resolveMimeType(context) {
      return EDTF_LOCALE_JSON.test(context.path) ? 'js' : undefined;
    },
    transform(context) {
      if (!EDTF_LOCALE_JSON.test(context.path)) return undefined;
      return { body: `export default ${context.body};` };
    },
  };
}

export function edtfPlugins() {
  // strictRequires: false keeps a plain default export for a file transformed on its own.
  return [commonjs({ include: ['**/node_modules/nearley/**'], strictRequires: false }), edtfLocaleJsonAsModule()];
}
