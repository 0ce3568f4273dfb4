// Node built-ins that take milliseconds to load and that many runs never touch: a pre-commit run over a README and a
// package.json needs neither hashing (no finding, no cache) nor git. Required on first use instead of at start-up.
import type * as Crypto from 'node:crypto';
import type * as ChildProcess from 'node:child_process';
import type * as Yaml from 'yaml';

let crypto: typeof Crypto | undefined;
let childProcess: typeof ChildProcess | undefined;

/** `createHash` of node:crypto, loaded on the first call. */
export function createHash(algorithm: string): Crypto.Hash {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto.createHash(algorithm);
}

/** `randomBytes` of node:crypto, loaded on the first call. */
export function randomBytes(size: number): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto.randomBytes(size);
}

/** `createHmac` of node:crypto, loaded on the first call. */
export function createHmac(algorithm: string, key: Buffer): Crypto.Hmac {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto.createHmac(algorithm, key);
}

/** `execFileSync` of node:child_process (output as a Buffer), loaded on the first call. */
export function execFileSync(file: string, args: readonly string[], options: ChildProcess.ExecFileSyncOptionsWithBufferEncoding): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  childProcess ??= require('node:child_process') as typeof ChildProcess;
  return childProcess.execFileSync(file, args, options);
}

let yamlModule: typeof Yaml | undefined;

/** The `yaml` package, loaded when the first YAML file or config is read. */
export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  yamlModule ??= require('yaml') as typeof Yaml;
  return yamlModule;
}

/** A stopwatch in whole milliseconds (`process.hrtime`: the first use of `performance` loads perf_hooks). */
export function stopwatch(): () => number {
  const started = process.hrtime.bigint();
  return () => Number((process.hrtime.bigint() - started) / 1_000_000n);
}
