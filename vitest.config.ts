import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { viteYamlPlugin } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYamlPlugin],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
