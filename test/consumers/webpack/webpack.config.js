import { fileURLToPath } from 'node:url';

// webpack 5's defaults, as a new app has them: it builds `new Worker(new URL(…, import.meta.url))` into a chunk of its own.
export default {
  mode: 'production',
  entry: './app.js',
  output: { path: fileURLToPath(new URL('./webpack-dist', import.meta.url)), clean: true },
  performance: { hints: false },
};
