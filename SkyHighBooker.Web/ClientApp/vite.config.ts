/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The ASP.NET host (SkyHighBooker.Web) serves the built files from ../wwwroot and proxies /api to the Api.
// `npm run dev` runs Vite on 5174 with hot reload and sends /api, /openapi and /config.json (the Cognito settings)
// to that host (or to VITE_API_PROXY_TARGET).
const apiProxyTarget = process.env.VITE_API_PROXY_TARGET ?? 'http://localhost:5173';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../wwwroot',
    emptyOutDir: true,
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/api': { target: apiProxyTarget, changeOrigin: true },
      '/openapi': { target: apiProxyTarget, changeOrigin: true },
      '/config.json': { target: apiProxyTarget, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    // One jsdom per worker rather than one per test file: setting up a fresh jsdom for each of the 52 files was 42 s
    // of a 93 s run, and 16 s is what remains. What a file could leave behind for the next (the rendered tree,
    // stubbed globals, fake timers, web storage) is undone after every test, here and in src/test/setup.ts; the suite
    // passes in shuffled order (`npx vitest run --sequence.shuffle`).
    isolate: false,
    // scripts/test.sh runs Vitest beside the .NET tests on two cores: a whole payment flow that takes 1 s alone took
    // over Vitest's default 5 s there. A stuck test still fails, after 30 s.
    testTimeout: 30_000,
    setupFiles: ['src/test/setup.ts'],
  },
});
