// A V8 code cache for flowguard's own bundles (dist/cli-main.js, dist/parser.js), the part of a pre-commit run that
// is not scanning: compiling 10 MB of TypeScript's parser costs about 0.2 s in every fresh process. Node 22.1+ has
// this built in (`module.enableCompileCache`); Node 20 does not, so the bundles are compiled through `vm.Script`
// with the cached data of the previous run, and a run that had none (or had it rejected) leaves it for the next.
//
// Only flowguard's own code is ever cached, never anything it scans, and the cache lives in the user's cache folder
// (`$XDG_CACHE_HOME/flowguard/v8`, `~/.cache/flowguard/v8`, `~/Library/Caches`, `%LOCALAPPDATA%`), never in the
// scanned tree: a repository must not be able to hand the scanner compiled code. A cache file is used only when
// it belongs to the current user and nobody else can write it; V8 itself rejects data made by another V8 version,
// with other flags, or for another source (the file name carries the bundle's content hash). Writes go to a
// temporary file renamed into place, so concurrent runs never see half a file. `FLOWGUARD_COMPILE_CACHE=0` turns
// it off; `FLOWGUARD_COMPILE_CACHE=DIR` puts it elsewhere. Any failure falls back to a plain `require`.
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The user's cache folder for flowguard (`$XDG_CACHE_HOME/flowguard`, `~/.cache/flowguard`, …), or undefined. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const base =
      env.XDG_CACHE_HOME ||
      (process.platform === 'win32'
        ? env.LOCALAPPDATA
        : process.platform === 'darwin'
          ? path.join(os.homedir(), 'Library', 'Caches')
          : path.join(os.homedir(), '.cache'));
    return base && path.isAbsolute(base) ? path.join(base, 'flowguard') : undefined;
  } catch {
    return undefined;
  }
}

/** Where the code cache lives, or undefined when it is off. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.FLOWGUARD_COMPILE_CACHE;
  if (setting === '0' || setting === 'false' || setting === 'off') return undefined;
  if (setting) return path.resolve(setting);
  const base = userCacheDir(env);
  return base ? path.join(base, 'v8') : undefined;
}

/** 32-bit FNV-1a, twice with different seeds, as 16 hex digits: a file name for a path, without loading node:crypto. */
export function pathKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * Where a scan's content-hash cache (src/core/cache.ts) goes by default: `node_modules/.cache/flowguard` under the
 * scan root when node_modules exists (a project that installs packages expects caches there), else the user's cache
 * folder, one subfolder per scan root (`…/flowguard/scans/<key of the root's real path>`), so that a scan of a
 * read-only or someone else's checkout writes nothing into it. Undefined when there is no user cache folder (then the
 * caller falls back to the root's own default).
 */
export function scanCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const nm = path.join(root, 'node_modules');
  try {
    if (fs.statSync(nm).isDirectory()) return path.join(nm, '.cache', 'flowguard');
  } catch {
    /* no node_modules */
  }
  const base = userCacheDir(env);
  if (!base) return undefined;
  let real = root;
  try {
    real = fs.realpathSync(root);
  } catch {
    /* keep the resolved path */
  }
  const dir = path.join(base, 'scans', pathKey(real));
  keepFresh(dir);
  return dir;
}

/** Folders of scan roots not scanned for this long are removed (one folder per root would otherwise pile up). */
const SCAN_STALE_MS = 30 * 24 * 3600 * 1000;

/** Marks a root's cache folder as used; when it is new, removes the folders of roots not scanned for 30 days. */
function keepFresh(dir: string): void {
  try {
    const now = new Date();
    fs.utimesSync(dir, now, now);
    return;
  } catch {
    /* new (or unwritable): prune its stale siblings once */
  }
  try {
    const parent = path.dirname(dir);
    for (const name of fs.readdirSync(parent)) {
      if (!/^[0-9a-f]{16}$/.test(name)) continue;
      const p = path.join(parent, name);
      const st = fs.lstatSync(p);
      if (st.isDirectory() && Date.now() - st.mtimeMs > SCAN_STALE_MS) fs.rmSync(p, { recursive: true, force: true });
    }
  } catch {
    /* nothing to prune */
  }
}

type ModuleInternals = typeof Module & { wrap(source: string): string; _nodeModulePaths(dir: string): string[] };

/**
 * Load a CommonJS bundle of ours, as `require(file)` would, through the code cache. `contentHash` is the bundle's
 * sha256, fixed at build time (an empty one turns the cache off for it).
 */
export function loadBundle(file: string, contentHash: string): unknown {
  const name = path.basename(file, '.js');
  const dir = contentHash ? compileCacheDir() : undefined;
  let compiled: { script: vm.Script; saveTo?: string } | undefined;
  if (dir) {
    try {
      // Keyed by the bundle's path too: two installs of one version never share entries (a stack trace names the
      // files of the install that is running).
      compiled = compile(file, path.join(dir, `${name}-${pathKey(file)}-${contentHash.slice(0, 16)}-${process.versions.v8}-${process.arch}.bin`));
    } catch {
      compiled = undefined;
    }
  }
  if (!compiled) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file);
  }
  const { script, saveTo } = compiled;
  if (saveTo) process.once('exit', () => save(script, saveTo, name, pathKey(file)));
  // Run it as the module loader would (outside the try: a bundle's own error must surface, not load it twice).
  const mod = new Module(file, undefined) as Module & { filename: string; paths: string[]; loaded: boolean };
  mod.filename = file;
  mod.paths = (Module as ModuleInternals)._nodeModulePaths(path.dirname(file));
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

function compile(file: string, cacheFile: string): { script: vm.Script; saveTo?: string } {
  const source = fs.readFileSync(file, 'utf8');
  const cachedData = readOwned(cacheFile);
  // flowguard-ignore code/vm-injection -- compiles flowguard's own bundle (dist/parser.js, dist/cli-main.js beside this file), never scanned code
  const script = new vm.Script((Module as ModuleInternals).wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  return cachedData && !script.cachedDataRejected ? { script } : { script, saveTo: cacheFile };
}

/** The file's bytes when it is a regular file of the current user that no one else may write; else undefined. */
function readOwned(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size === 0 || st.size > 64 * 1024 * 1024) return undefined;
    if (process.platform !== 'win32' && ((typeof process.getuid === 'function' && st.uid !== process.getuid()) || (st.mode & 0o022) !== 0)) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < buf.length) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) return undefined;
      n += got;
    }
    return buf;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Write the code cache after the run (it then holds every function the run compiled), atomically; never throws. */
function save(script: vm.Script, cacheFile: string, name: string, key: string): void {
  try {
    const dir = path.dirname(cacheFile);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const data = script.createCachedData();
    const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, cacheFile);
    // Older builds' caches of this bundle at this path are dead weight: one file per bundle path, Node version and
    // architecture. Another install's files are left alone; files named before the path was part of the key go.
    const keep = path.basename(cacheFile);
    const tail = `-${process.versions.v8}-${process.arch}.bin`;
    for (const f of fs.readdirSync(dir)) {
      if (f === keep || !f.endsWith(tail)) continue;
      const mine = f.startsWith(`${name}-${key}-`);
      const unkeyed = f.startsWith(`${name}-`) && /^[0-9a-f]{16}$/.test(f.slice(name.length + 1, f.length - tail.length));
      if (mine || unkeyed) fs.rmSync(path.join(dir, f), { force: true });
    }
  } catch {
    /* a read-only or full disk only costs the next run its head start */
  }
}
