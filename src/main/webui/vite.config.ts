import { defineConfig } from 'vite';

// Everything the page loads comes from the service itself: no CDN, so it works offline.
export default defineConfig({
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
  },
});
