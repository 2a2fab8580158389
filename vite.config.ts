import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const API_PORT = Number(process.env.API_PORT ?? 3001);

export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // Brotli and gzip copies beside each text asset, served by @fastify/static's preCompressed
    // (woff2 is compressed already). Small files are not worth a second request path.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|json)$/, threshold: 1024, skipIfLargerOrEqual: true }),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    // Which chunks each page needs: the server preloads a first-view page's chunks with its HTML (server/lib/app-shell.ts).
    manifest: true,
    // exceljs (~930 kB) loads only when someone downloads an XLSX; every other chunk is far smaller.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: {
      '/trpc': `http://localhost:${API_PORT}`,
      '/download': `http://localhost:${API_PORT}`,
      '/healthz': `http://localhost:${API_PORT}`,
      '/api': `http://localhost:${API_PORT}`,
      '/data': `http://localhost:${API_PORT}`,
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        // The ITA demo generator (~33,000 rows, twice in one test) needs room on a busy machine.
        test: { name: 'unit', root: '.', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', hookTimeout: 60_000, testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Builds the template database every test copies (test/helpers/db.ts) once per run.
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser, one server: run the journeys one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
