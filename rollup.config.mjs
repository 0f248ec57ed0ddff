// Two builds from one source:
//  1. dist/**.js + .d.ts: unbundled ESM for bundler users; lit, d3 and date-fns stay dependencies.
//  2. dist/conflict-timeline.bundle.js: one minified file with everything inlined, for a <script type="module">.
//     Languages other than English, and the readers for `src`, are split into dist/bundle-chunks/*.js, which the bundle imports
//     from beside itself only when a page needs them.
//  3. dist/author/author.js: the authoring page's script (demo/author/), its own entry so the element's
//     bundle carries none of it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

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

export default [
  {
    // conflict-timeline/draft is built here only: the element's bundle never includes it.
    input: ['src/index.ts', 'src/data/datasets/idlib-2019.ts', 'src/draft/index.ts'],
    external: isDependency,
    onwarn,
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true, sourceMap: true }),
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
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
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
