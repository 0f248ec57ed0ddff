// Two builds from one source:
//  1. dist/**.js + .d.ts: unbundled ESM for bundler users; lit, d3 and date-fns stay dependencies.
//     No source maps or declaration maps: this output is the sources less their types, line for line, so it reads
//     as it is in a debugger, and maps would point at src/, which the package does not ship.
//  2. dist/conflict-timeline.bundle.js: one minified file with everything inlined, for a <script type="module">.
//     Languages other than English, and the readers for `src`, are split into dist/bundle-chunks/*.js, which the bundle imports
//     from beside itself only when a page needs them. Its CSS is minified (build/minify-css-templates.mjs), and a few
//     d3 imports are replaced by what the bundle uses of them (build/bundle-shims/, each saying why that is safe).
//     A `src` loads in a module worker (src/worker/load-worker.ts), built here as a file of its own with everything
//     it needs inlined (a worker cannot run the bundle, which defines the element) and emitted beside the chunks as
//     dist/bundle-chunks/load-worker-[hash].js; the ESM build keeps it as dist/worker/load-worker.js, next to the
//     module that starts it, in the form bundlers recognise (`new Worker(new URL('./load-worker.js', import.meta.url))`);
//     the bundle starts its own file through the Trusted Types policy instead (trustedScriptUrl).
//  3. dist/author/author.js: the authoring page's script (demo/author/), its own entry so the element's
//     bundle carries none of it.
// The ESM build has no source maps: it reads as its sources do. The bundle's maps serve this repository (bench
// profiles name functions through them) and are left out of the package (package.json "files"): they point at src/,
// which is not shipped, and carrying their sources they would be half the package (1.35 of 2.6 MB). To debug in a
// page, load the unminified dist/index.js with an import map instead of the bundle.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import MagicString from 'magic-string';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates } from './build/minify-css-templates.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const onwarn = (warning, warn) => {
  // d3's modules have circular imports by design; they are harmless.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  warn(warning);
};

/** The package's version, and nothing else of package.json, for an `import pkg from '…/package.json'`. */
const packageVersion = {
  name: 'package-version',
  transform(code, id) {
    if (!id.endsWith('/package.json')) return null;
    return { code: `export default ${JSON.stringify({ version: JSON.parse(code).version })};`, map: null };
  },
};

/**
 * Imports the bundle resolves to a smaller module of ours in build/bundle-shims/, for the importer named only.
 * Each shim says why it is safe. The ESM build keeps the real modules: a bundler user's build may use them.
 * A shim that no import met fails the build: the dependency has changed, and the shim wants a new look.
 */
const BUNDLE_SHIMS = [
  { importer: /\/node_modules\/d3-zoom\//, source: /^d3-transition$/, shim: 'd3-transition.js' },
  { importer: /\/node_modules\/d3-(scale|zoom)\//, source: /^d3-interpolate$/, shim: 'd3-interpolate.js' },
  { importer: /\/node_modules\/d3-scale\//, source: /^d3-format$/, shim: 'd3-format-unused.js' },
  {
    importer: /\/node_modules\/date-fns\/locale\/[\w-]+\.js$/,
    source: /^\.\/[\w-]+\/_lib\/(match|formatDistance|formatRelative)\.js$/,
    shim: 'date-fns-locale-unused.js',
  },
];
const bundleShims = () => {
  const met = new Set();
  return {
    name: 'bundle-shims',
    resolveId(source, importer) {
      const shim = BUNDLE_SHIMS.find((s) => s.source.test(source) && importer !== undefined && s.importer.test(importer));
      if (!shim) return null;
      met.add(shim);
      return fileURLToPath(new URL(`./build/bundle-shims/${shim.shim}`, import.meta.url));
    },
    buildEnd(error) {
      const unmet = BUNDLE_SHIMS.filter((shim) => !met.has(shim)).map((shim) => shim.shim);
      if (!error && unmet.length > 0) this.error(`bundle shims that no import met (see build/bundle-shims/): ${unmet.join(', ')}`);
    },
  };
};

/** Where the worker is started, and the URL it is started from, as written in the sources. */
const WORKER_STARTER = /\/src\/worker\/load-in-worker\.ts$/;
const WORKER_URL = "new URL('./load-worker.js', import.meta.url)";

/**
 * The load worker for the bundle: built by a rollup of its own (nothing shared with the bundle, which a worker
 * cannot import), emitted as an asset beside the chunks, and the URL that starts it pointed at that file.
 */
const bundledWorker = () => {
  let referenceId;
  let met = false;
  return {
    name: 'bundled-worker',
    async buildStart() {
      const build = await rollup({
        input: 'src/worker/load-worker.ts',
        onwarn,
        plugins: [
          nodeResolve({ browser: true, exportConditions: ['production'] }),
          typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, sourceMap: true, outDir: undefined, noEmitOnError: true }),
          terser({ format: { comments: false }, compress: { passes: 2 } }),
        ],
      });
      const { output } = await build.generate({ format: 'esm', sourcemap: true });
      await build.close();
      // Named here, by its content as rollup names chunks, so that the file can say where its source map is.
      const { map } = output[0];
      const code = output[0].code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
      const fileName = `bundle-chunks/load-worker-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      map.file = basename(fileName);
      map.sources = map.sources.map((source) => relative(resolve('dist/bundle-chunks'), resolve(source)));
      referenceId = this.emitFile({ type: 'asset', fileName, source: `${code}//# sourceMappingURL=${basename(fileName)}.map\n` });
      this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: map.toString() });
    },
    transform(code, id) {
      if (!WORKER_STARTER.test(id)) return null;
      const at = code.indexOf(WORKER_URL);
      if (at < 0) this.error(`${id} no longer starts the worker with ${WORKER_URL}: rollup.config.mjs wants a new look`);
      met = true;
      const edited = new MagicString(code);
      // The bundle's worker file, vouched for by our Trusted Types policy (a bundler user's build rewrites the plain URL).
      edited.overwrite(at, at + WORKER_URL.length, `trustedScriptUrl(new URL(import.meta.ROLLUP_FILE_URL_${referenceId}))`);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
    buildEnd(error) {
      if (!error && !met) this.error('the load worker was built but nothing starts it');
    },
  };
};

/** The bundle exports what the main entry does (and, for its chunks, more), so its types are the main entry's. */
const bundleTypes = () => ({
  name: 'bundle-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'conflict-timeline.bundle.d.ts', source: "export * from './index.js';\n" });
  },
});

export default [
  {
    // conflict-timeline/draft is built here only: the element's bundle never includes it.
    // The load worker is started by its URL, not imported: an entry of its own, so that it is written.
    input: ['src/index.ts', 'src/element.ts', 'src/data/datasets/idlib-2019.ts', 'src/draft/index.ts', 'src/worker/load-worker.ts'],
    external: isDependency,
    onwarn,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // The TypeScript plugin always imports its helpers (here `__decorate`) from tslib; preserveModules would
      // write that file to dist/node_modules/, which some package managers drop when they pack. It goes to
      // dist/vendor/ instead, so the package needs no tslib of its own.
      entryFileNames: (chunk) => `${chunk.name.replace(/^.*node_modules\//, 'vendor/')}.js`,
      sourcemap: false,
    },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: false, sourceMap: false }),
    ],
  },
  {
    input: 'src/index.ts',
    onwarn,
    // Let the bundle itself export what locale chunks share with it, instead of a separate shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'conflict-timeline.bundle.js',
      chunkFileNames: 'bundle-chunks/[name]-[hash].js',
      assetFileNames: 'bundle-chunks/[name]-[hash][extname]',
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      bundledWorker(),
      bundleShims(),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      minifyCssTemplates(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
      bundleTypes(),
    ],
  },
  {
    input: 'demo/author/author.ts',
    onwarn,
    output: { file: 'dist/author/author.js', format: 'esm', sourcemap: true },
    plugins: [
      packageVersion,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.author.json', sourceMap: true }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  },
];
