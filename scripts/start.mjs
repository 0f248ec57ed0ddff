// `npm start`: serves the repository on localhost and prints the demo's URL.
// (The build runs first, from the npm script.)
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
console.log(`\n  conflict-timeline demo: http://localhost:${actual}/demo/\n  make a timeline:        http://localhost:${actual}/demo/author/\n  stress test:            http://localhost:${actual}/demo/stress.html\n  research demo:          http://localhost:${actual}/demo/research.html\n\n  Press Ctrl+C to stop.\n`);
