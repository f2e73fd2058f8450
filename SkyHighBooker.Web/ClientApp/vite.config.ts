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
    // scripts/test.sh runs Vitest beside the .NET tests on two cores: a whole payment flow that takes 1 s alone took
    // over Vitest's default 5 s there. A stuck test still fails, after 30 s.
    testTimeout: 30_000,
    setupFiles: ['src/test/setup.ts'],
  },
});
