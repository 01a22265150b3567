import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { segmentEditorServer } from './server/vite-plugin.js';

export default defineConfig({
  plugins: [react(), segmentEditorServer()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
