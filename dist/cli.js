#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/bin.ts
var path2 = __toESM(require("node:path"));

// src/core/compile-cache.ts
var fs = __toESM(require("node:fs"));
var import_node_module = __toESM(require("node:module"));
var os = __toESM(require("node:os"));
var path = __toESM(require("node:path"));
var vm = __toESM(require("node:vm"));
function userCacheDir(env = process.env) {
  try {
    const base = env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA : process.platform === "darwin" ? path.join(os.homedir(), "Library", "Caches") : path.join(os.homedir(), ".cache"));
    return base && path.isAbsolute(base) ? path.join(base, "flowguard") : void 0;
  } catch {
    return void 0;
  }
}
function compileCacheDir(env = process.env) {
  const setting = env.FLOWGUARD_COMPILE_CACHE;
  if (setting === "0" || setting === "false" || setting === "off") return void 0;
  if (setting) return path.resolve(setting);
  const base = userCacheDir(env);
  return base ? path.join(base, "v8") : void 0;
}
function pathKey(text) {
  let a = 2166136261;
  let b = 16777619 ^ 1540483477;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 16777619 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
var SCAN_STALE_MS = 30 * 24 * 3600 * 1e3;
function loadBundle(file, contentHash) {
  const name = path.basename(file, ".js");
  const dir = contentHash ? compileCacheDir() : void 0;
  let compiled;
  if (dir) {
    try {
      compiled = compile(file, path.join(dir, `${name}-${pathKey(file)}-${contentHash.slice(0, 16)}-${process.versions.v8}-${process.arch}.bin`));
    } catch {
      compiled = void 0;
    }
  }
  if (!compiled) {
    return require(file);
  }
  const { script, saveTo } = compiled;
  if (saveTo) process.once("exit", () => save(script, saveTo, name, pathKey(file)));
  const mod = new import_node_module.default(file, void 0);
  mod.filename = file;
  mod.paths = import_node_module.default._nodeModulePaths(path.dirname(file));
  const fn = script.runInThisContext();
  fn.call(mod.exports, mod.exports, (0, import_node_module.createRequire)(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}
function compile(file, cacheFile) {
  const source = fs.readFileSync(file, "utf8");
  const cachedData = readOwned(cacheFile);
  const script = new vm.Script(import_node_module.default.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  return cachedData && !script.cachedDataRejected ? { script } : { script, saveTo: cacheFile };
}
function readOwned(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size === 0 || st.size > 64 * 1024 * 1024) return void 0;
    if (process.platform !== "win32" && (typeof process.getuid === "function" && st.uid !== process.getuid() || (st.mode & 18) !== 0)) return void 0;
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < buf.length) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) return void 0;
      n += got;
    }
    return buf;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
function save(script, cacheFile, name, key) {
  try {
    const dir = path.dirname(cacheFile);
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    const data = script.createCachedData();
    const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(tmp, data, { mode: 384, flag: "wx" });
    fs.renameSync(tmp, cacheFile);
    const keep = path.basename(cacheFile);
    const tail = `-${process.versions.v8}-${process.arch}.bin`;
    for (const f of fs.readdirSync(dir)) {
      if (f === keep || !f.endsWith(tail)) continue;
      const mine = f.startsWith(`${name}-${key}-`);
      const unkeyed = f.startsWith(`${name}-`) && /^[0-9a-f]{16}$/.test(f.slice(name.length + 1, f.length - tail.length));
      if (mine || unkeyed) fs.rmSync(path.join(dir, f), { force: true });
    }
  } catch {
  }
}

// src/core/heap.ts
var v8 = __toESM(require("node:v8"));
var HEAP_GROWING_PERCENT = 100;
function tuneHeap() {
  try {
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
  }
}

// src/cli/bin.ts
tuneHeap();
loadBundle(path2.join(__dirname, "cli-main.js"), true ? "f05b56dfd22678163f1f70cc1eccb6f176f31c151d2d9c400c9fa67021f1dc43" : "");
