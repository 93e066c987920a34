import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // The model tests each load the shipped models: one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
