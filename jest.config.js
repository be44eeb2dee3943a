/** Jest: TypeScript through ts-jest (type-checking is done once by `tsc` in `npm test`), tests under test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/globalSetup.ts',
  setupFiles: ['<rootDir>/test/setupDom.ts'],
  testTimeout: 60000,
};
