// The secret-pack loader lives in src/analyzers/secrets/load.ts; this module keeps the old import path working
// for tests written against it.
export * from '../../src/analyzers/secrets/load.js';
