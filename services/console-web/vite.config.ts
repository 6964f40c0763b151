import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const libs = fileURLToPath(new URL('../../libs', import.meta.url));

/**
 * The console is served by the console service from dist/ under one origin with the API (/api). In
 * development `vite` forwards /api to a console service started on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Rules and labels the services use (roles, unit kinds, competition kinds), shared so that the console
    // shows and allows the same; only these pure files, never a lib's server code.
    alias: {
      '@lc/org/roles': `${libs}/org/src/roles.ts`,
      '@lc/org/org-kinds': `${libs}/org/src/org-kinds.ts`,
      '@lc/contracts/competition-kinds': `${libs}/contracts/src/competition-kinds.ts`,
      '@lc/contracts/pioneer-team-form-checks': `${libs}/contracts/src/forms/pioneer-team-form-checks.ts`,
      '@lc/scoring': `${libs}/scoring/src/index.ts`,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
