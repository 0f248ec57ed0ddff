import { defineConfig } from 'vitest/config';

// Each test file names its DOM (jsdom or happy-dom) in a @vitest-environment comment.
export default defineConfig({ test: {} });
