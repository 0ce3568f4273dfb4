#!/usr/bin/env node
// `npm run bench`: flowguard against the parse floor and the peers, on the corpus of ../shared/bench (see its
// README). Every figure is a whole process (Node start-up included), measured in this one run on this machine;
// the goals are ratios between figures of the same run, so the table means the same on a fast or a slow machine.
//
//   npm run bench [-- --runs N] [--pairs N] [--no-peers] [--no-goal7] [--hook-only] [--out FILE]
//   node bench/run.mjs --render bench/results/latest.json     (print the tables of a saved run again)
//
// Environment: FLOWGUARD_BENCH_CORPUS=DIR reuses a corpus built by make-corpus.sh (default bench/.corpus, built
// on first use). Needs /usr/bin/time (Debian package `time`) for CPU time and peak RSS; without it, wall time only.
// Peers (pinned in bench/package.json) are installed into bench/node_modules on first use.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
// The corpus recipe and the peers' configs live in ../shared/bench beside the project (a worktree may sit one
// level deeper); FLOWGUARD_BENCH_SHARED points elsewhere.
const shared =
  [process.env.FLOWGUARD_BENCH_SHARED, path.resolve(root, '../shared/bench'), path.resolve(root, '../../shared/bench')].find(
    (d) => d && fs.existsSync(path.join(d, 'make-corpus.sh')),
  ) ?? path.resolve(root, '../shared/bench');
const cli = path.join(root, 'dist/cli.js');
const node = process.execPath;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const RUNS = Number(opt('--runs', '5'));
const PAIRS = Math.max(1, Number(opt('--pairs', '2')));
const PEERS = !flag('--no-peers');
const GOAL7 = !flag('--no-goal7');
const started = Date.now();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}\n`);

// ---------------------------------------------------------------------------------------------- measurement
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const work = path.join(benchDir, '.work');

/** One whole process: wall (s), cpu (user + system, s), rss (peak, MiB), exit code. */
function measure(cmd, args, { cwd = root, env = {}, timeout = 900, input } = {}) {
  const timeFile = path.join(work, 'time.txt');
  const full = TIME ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    cwd,
    env: { ...process.env, ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    input,
    maxBuffer: 1 << 28,
    timeout: timeout * 1000,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu = NaN;
  let rss = NaN;
  if (TIME && fs.existsSync(timeFile)) {
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
    cpu = Number(last[1]) + Number(last[2]);
    rss = Number(last[3]) / 1024;
    fs.rmSync(timeFile);
  }
  return {
    wall,
    cpu,
    rss,
    code: r.status ?? (r.signal ? `signal ${r.signal}` : 'timeout'),
    stdout: r.stdout?.toString() ?? '',
    stderr: r.stderr?.toString() ?? '',
  };
}

const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The median run of several (by wall), keeping its cpu and rss. */
const medianRun = (runs) => {
  const sorted = [...runs].sort((a, b) => a.wall - b.wall);
  const m = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...m, wall: median(runs.map((r) => r.wall)), runs: runs.length };
};

const figures = {};
function record(id, what, m, extra = {}) {
  figures[id] = { what, wall: m.wall, cpu: m.cpu, rss: m.rss, ...(m.runs ? { runs: m.runs } : {}), ...extra };
  log(
    `${id.padEnd(18)} ${m.wall.toFixed(3)} s  cpu ${Number.isFinite(m.cpu) ? m.cpu.toFixed(2) : '-'} s  ${Number.isFinite(m.rss) ? m.rss.toFixed(0) : '-'} MiB${m.code !== undefined && m.code !== 0 && m.code !== 1 ? `  (exit ${m.code}: ${m.stderr.trim().split('\n')[0]})` : ''}`,
  );
  return figures[id];
}

// ---------------------------------------------------------------------------------------------- inputs
function corpusDir() {
  const dir = path.resolve(process.env.FLOWGUARD_BENCH_CORPUS || path.join(benchDir, '.corpus'));
  if (fs.existsSync(path.join(dir, 'corpus')) && fs.existsSync(path.join(dir, 'small'))) return dir;
  const script = path.join(shared, 'make-corpus.sh');
  if (!fs.existsSync(script)) throw new Error(`no corpus in ${dir} and no ${path.relative(root, script)} to build it; set FLOWGUARD_BENCH_CORPUS`);
  log(`building the corpus into ${dir} with ../shared/bench/make-corpus.sh (about 20 s)`);
  const r = spawnSync('bash', [script, dir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('make-corpus.sh failed');
  return dir;
}

function ensurePeers() {
  const pkg = JSON.parse(fs.readFileSync(path.join(benchDir, 'package.json'), 'utf8'));
  const ok = Object.entries(pkg.dependencies).every(([name, version]) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version === version;
    } catch {
      return false;
    }
  });
  if (ok) return;
  log('installing the peers into bench/node_modules (npm install --ignore-scripts)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: benchDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('npm install of the peers failed');
}

const CODE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
function walk(dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, out);
    else if (ent.isFile()) out.push(p);
  }
  return out;
}

/** Deterministic generated JS, a data table as code generators write them (ordinary line lengths, no marker). */
function generatedFile(bytes) {
  const parts = ['// Message catalogue: one entry per message id.\nexport const CATALOGUE = [\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const row = `  { id: ${i}, name: "message-${i}", tags: ["t${i % 7}", "g${i % 13}"], weight: ${(i * 7919) % 1009}, handle: (input) => input.kind === "k${i}" ? input.value * ${i % 17} : null },\n`;
    parts.push(row);
    size += row.length;
  }
  parts.push('];\n');
  return parts.join('');
}

/** Deterministic hand-written-looking JS of `lines` lines: route handlers, helpers and data, as an agent writes them. */
function handWrittenFile(lines) {
  const out = [
    "import * as fs from 'node:fs';",
    "import * as path from 'node:path';",
    "import express from 'express';",
    '',
    'const app = express();',
    "const ROOT = path.join(process.cwd(), 'data');",
    '',
  ];
  for (let i = 0; out.length + 15 <= lines; i++) {
    out.push(
      `/** Handler ${i}: reads a record and formats it. */`,
      `app.get('/records/${i}/:id', async (req, res) => {`,
      `  const id = Number(req.params.id);`,
      `  if (!Number.isInteger(id)) return res.status(400).json({ error: 'bad id' });`,
      `  const file = path.join(ROOT, 'r${i}-' + id + '.json');`,
      `  const record = JSON.parse(await fs.promises.readFile(file, 'utf8'));`,
      `  const total = record.items.reduce((sum, item) => sum + item.price * item.count, 0);`,
      `  res.json({ id, total, name: String(record.name).slice(0, 80), tags: record.tags ?? [] });`,
      '});',
      '',
      `export function format${i}(value, digits = ${i % 5}) {`,
      `  return typeof value === 'number' ? value.toFixed(digits) : String(value);`,
      '}',
      '',
    );
  }
  while (out.length < lines - 1) out.push(`// route table line ${out.length}`);
  out.push('app.listen(3000);');
  return `${out.join('\n')}\n`;
}

/** A copy of the corpus (hard links when possible) plus one generated 5 MB file. */
function corpusWithGenerated(corpus) {
  const dst = path.join(work, 'corpus-5mb');
  let linked = true;
  for (const file of walk(corpus)) {
    const to = path.join(dst, path.relative(corpus, file));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (linked) {
      try {
        fs.linkSync(file, to);
        continue;
      } catch {
        linked = false;
      }
    }
    fs.copyFileSync(file, to);
  }
  fs.mkdirSync(path.join(dst, 'zz-generated'), { recursive: true });
  fs.writeFileSync(path.join(dst, 'zz-generated', 'catalogue.js'), generatedFile(5 * 1024 * 1024));
  return dst;
}

// ---------------------------------------------------------------------------------------------- runs
// flowguard keeps V8's compiled code of its own bundles between runs (src/core/compile-cache.ts): the bench gives it
// a folder of its own, warmed by one run before anything is timed, as every run after a user's first finds it.
// `small-cold` shows the same small-set run without it.
const compileCache = () => path.join(work, 'v8-cache');
const flowguard = (dir, args, name, env = {}) => {
  const sarif = path.join(work, `${name}.sarif`);
  const json = path.join(work, `${name}.json`);
  const m = measure(
    node,
    [cli, 'scan', '.', '--fail-on', 'none', '--quiet', '--format', 'sarif', '--output', sarif, '--format', 'json', '--output', json, ...args],
    { cwd: dir, env: { FLOWGUARD_COMPILE_CACHE: compileCache(), ...env } },
  );
  let stats;
  try {
    const j = JSON.parse(fs.readFileSync(json, 'utf8'));
    stats = { ...j.stats, findings: j.findings.length, errors: j.errors.length };
    delete stats.durationMs;
  } catch {
    stats = undefined;
  }
  return { ...m, sarif, stats };
};
const floor = (dir) => measure(node, [path.join(benchDir, 'parse-floor.mjs'), dir]);
const nodeStart = () => measure(node, ['-e', '0']);

// The agent-time gate (INTERFACE.md "Agent-time surface"): one Claude Code PreToolUse Write event of a 2,000-line
// file, answered by `flowguard hook claude-code`, against `node -e 0` plus the parse of that one file (Ph: the parse
// floor process on a folder holding only it, which includes Node's start-up).
function hookPhase() {
  const project = path.join(work, 'hook-project');
  const only = path.join(work, 'hook-file');
  fs.mkdirSync(path.join(project, 'src'), { recursive: true });
  fs.mkdirSync(only, { recursive: true });
  const content = handWrittenFile(2000);
  fs.writeFileSync(path.join(only, 'server.js'), content);
  const event = JSON.stringify({
    session_id: 'bench',
    transcript_path: '/dev/null',
    cwd: project,
    hook_event_name: 'PreToolUse',
    tool_name: 'Write',
    tool_input: { file_path: path.join(project, 'src', 'server.js'), content },
  });
  const hookRun = () =>
    measure(node, [cli, 'hook', 'claude-code'], { cwd: project, input: event, env: { FLOWGUARD_COMPILE_CACHE: compileCache(), CLAUDE_PROJECT_DIR: project } });
  hookRun();
  const hp = { N: [], Ph: [], hook: [] };
  for (let i = 0; i < RUNS; i++) {
    hp.N.push(nodeStart());
    hp.Ph.push(floor(only));
    hp.hook.push(hookRun());
  }
  record('Ph', 'parse floor of the 2,000-line file alone (Node start-up included)', medianRun(hp.Ph));
  record('hook', 'flowguard hook claude-code, Write of a 2,000-line file (allowed)', medianRun(hp.hook), {
    ratio: median(hp.hook.map((r, i) => r.wall / hp.Ph[i].wall)),
  });
  if (hp.hook[0].code !== 0 || /"deny"/.test(hp.hook[0].stdout))
    throw new Error(`the hook did not allow the clean file (exit ${hp.hook[0].code}): ${hp.hook[0].stderr.trim().split('\n')[0]}`);
}

/** The hook's goals (issue: under 1 s wall; a small multiple of Node start-up plus one parse). */
function hookGoals(goal) {
  const h = figures.hook;
  if (!h) return;
  goal('hook', 'Claude Code hook, Write of a 2,000-line file: wall, s', h.wall, 1, '<=');
  goal('hook', 'the same: wall / (node -e 0 + parse of that file, Ph) (median of paired ratios)', h.ratio, 3, '<=');
}

function main() {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  if (flag('--hook-only')) return hookOnly();
  const base = corpusDir();
  const corpus = path.join(base, 'corpus');
  const small = path.join(base, 'small');
  if (PEERS) ensurePeers();
  const cores = os.cpus().length;
  const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${cores}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${os.type()} ${os.release()}, load ${os.loadavg()[0].toFixed(1)}`;
  log(`machine: ${machine}`);
  log(`corpus: ${base}${TIME ? '' : ' (no /usr/bin/time: wall time only)'}`);

  // The corpus in the page cache before anything is timed, as for every later run.
  let textBytes = 0;
  for (const f of walk(corpus)) textBytes += fs.readFileSync(f).length;
  const nojs = path.join(work, 'small-nojs');
  for (const f of walk(small).filter((f) => !CODE.test(f))) {
    const to = path.join(nojs, path.relative(small, f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
  }

  // Small sets first, interleaved so each ratio pairs runs made under the same load; one untimed run warms the
  // compile cache.
  flowguard(small, ['--no-cache'], 'warm-up');
  const pairs = { N: [], Ps: [], small: [], nojs: [], cold: [] };
  for (let i = 0; i < RUNS; i++) {
    pairs.N.push(nodeStart());
    pairs.Ps.push(floor(small));
    pairs.small.push(flowguard(small, ['--no-cache'], 'small'));
    pairs.nojs.push(flowguard(nojs, ['--no-cache'], 'nojs'));
    pairs.cold.push(flowguard(small, ['--no-cache'], 'small-cold', { FLOWGUARD_COMPILE_CACHE: '0' }));
  }
  record('N', '`node -e 0`', medianRun(pairs.N));
  record('Ps', 'parse floor, small set (13 JS/TS files)', medianRun(pairs.Ps));
  record('small', 'flowguard, small set, no cache', medianRun(pairs.small), { stats: pairs.small[0].stats });
  record('small-nojs', 'flowguard, small set without JS/TS (2 files), no cache', medianRun(pairs.nojs), { stats: pairs.nojs[0].stats });
  record('small-cold', 'flowguard, small set, no cache and no compile cache (a first run)', medianRun(pairs.cold));
  const coldRatio = median(pairs.cold.map((r, i) => r.wall / pairs.Ps[i].wall));
  const smallRatio = median(pairs.small.map((r, i) => r.wall / pairs.Ps[i].wall));
  const nojsOver = median(pairs.nojs.map((r, i) => r.wall - pairs.N[i].wall));
  // CPU time is far less sensitive than wall time to other processes on a shared machine: shown beside it.
  const nojsCpuOver = median(pairs.nojs.map((r, i) => r.cpu - pairs.N[i].cpu));
  const smallCpuRatio = median(pairs.small.map((r, i) => r.cpu / pairs.Ps[i].cpu));

  // The floor and the nothing-skipped scan, in pairs (P then full, then full then P) so each ratio compares runs
  // made under the same load: on a shared machine one run of either can be off by a fifth.
  const floors = [];
  const fulls = [];
  const runFull = (i) => fulls.push(flowguard(corpus, ['--no-skip', '--no-cache'], `full-${i + 1}`));
  const runFloor = () => floors.push(floor(corpus));
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      runFloor();
      runFull(i);
    } else {
      runFull(i);
      runFloor();
    }
  }
  record('P', 'parse floor: typescript-estree, 1 thread, every JS/TS file', medianRun(floors));
  const P = figures.P;
  record('full', 'flowguard comprehensive, nothing skipped, no cache', medianRun(fulls), { stats: fulls[0].stats });
  const fullRatio = median(fulls.map((r, i) => r.wall / floors[i].wall));
  const fullCpuRatio = median(fulls.map((r, i) => r.cpu / floors[i].cpu));
  const fullRssRatio = median(fulls.map((r, i) => r.rss / floors[i].rss));
  const firstFull = fs.readFileSync(fulls[0].sarif, 'utf8');
  const fullsSame = fulls.every((r) => fs.readFileSync(r.sarif, 'utf8') === firstFull);
  const cacheDir = path.join(work, 'cache');
  const dflt = flowguard(corpus, [], 'default', { FLOWGUARD_CACHE_DIR: cacheDir });
  record('default', 'flowguard comprehensive, default skip policy, cold cache (written)', dflt, { stats: dflt.stats });
  const warm = flowguard(corpus, [], 'warm', { FLOWGUARD_CACHE_DIR: cacheDir });
  record('warm', 'the same again, warm cache', warm, { stats: warm.stats });
  const warmSame = fs.readFileSync(warm.sarif, 'utf8') === fs.readFileSync(dflt.sarif, 'utf8');
  // Two shards of the default-policy scan, next to the `default` run and with its options (each writes a cold cache
  // of its own), then their merge against the unsharded SARIF.
  const shards = [1, 2].map((i) => flowguard(corpus, ['--shard', `${i}/2`], `shard-${i}`, { FLOWGUARD_CACHE_DIR: path.join(work, `cache-shard-${i}`) }));
  shards.forEach((s, i) => record(`shard-${i + 1}/2`, `flowguard default policy, --shard ${i + 1}/2, cold cache (written)`, s, { stats: s.stats }));
  const merged = path.join(work, 'merged.sarif');
  const mergeRun = measure(node, [cli, 'merge', shards[0].sarif, shards[1].sarif, '--output', merged]);
  record('merge', 'flowguard merge of the 2 shards', mergeRun);
  const mergeSame = fs.existsSync(merged) && fs.readFileSync(merged, 'utf8') === fs.readFileSync(dflt.sarif, 'utf8');

  const secrets = flowguard(corpus, ['--type', 'secrets', '--no-cache'], 'secrets');
  record('secrets', 'flowguard --type secrets, no cache', secrets, { stats: secrets.stats });
  const stat = flowguard(corpus, ['--type', 'static', '--no-cache'], 'static');
  record('static', 'flowguard --type static, default skip policy, no cache', stat, { stats: stat.stats });

  const lodash = path.join(corpus, 'lodash');
  const zod = path.join(corpus, 'zod');
  const fgLodash = medianRun([0, 1, 2].map(() => flowguard(lodash, ['--type', 'secrets', '--no-cache'], 'lodash')));
  record('secrets-lodash', 'flowguard --type secrets, corpus/lodash', fgLodash);
  const fgZod = medianRun([0, 1, 2].map(() => flowguard(zod, ['--type', 'secrets', '--no-cache'], 'zod')));
  record('secrets-zod', 'flowguard --type secrets, corpus/zod', fgZod);

  const phase = (name, fn) => {
    try {
      fn();
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  phase('hook', hookPhase);
  if (PEERS)
    phase('peers', () => {
      for (const f of ['eslint-security.config.cjs', 'secretlintrc.json'])
        fs.copyFileSync(path.join(shared, f), path.join(benchDir, 'node_modules', `.flowguard-${f}`));
      const eslint = path.join(benchDir, 'node_modules', 'eslint', 'bin', 'eslint.js');
      const secretlint = path.join(benchDir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
      const esConfig = path.join(benchDir, 'node_modules', '.flowguard-eslint-security.config.cjs');
      const slConfig = path.join(benchDir, 'node_modules', '.flowguard-secretlintrc.json');
      const slEnv = { NODE_PATH: path.join(benchDir, 'node_modules') };
      const secretlintOn = (dir) => measure(node, [secretlint, '--secretlintrc', slConfig, '**/*'], { cwd: dir, env: slEnv });
      record('secretlint-lodash', 'secretlint 11.7.1, recommended preset, corpus/lodash', medianRun([0, 1, 2].map(() => secretlintOn(lodash))));
      record('secretlint-zod', 'secretlint 11.7.1, recommended preset, corpus/zod', medianRun([0, 1, 2].map(() => secretlintOn(zod))));
      record('secretlint-small', 'secretlint on the small set', secretlintOn(small));
      const eslintOn = (dir, name) => {
        const out = path.join(work, `${name}.eslint.json`);
        const m = measure(node, [eslint, '-c', esConfig, '-f', 'json', '-o', out, '.'], { cwd: dir });
        let warnings;
        try {
          warnings = JSON.parse(fs.readFileSync(out, 'utf8')).reduce((n, f) => n + f.warningCount + f.errorCount, 0);
        } catch {
          warnings = undefined;
        }
        return { ...m, warnings };
      };
      const esSmall = eslintOn(small, 'small');
      record('eslint-small', 'eslint + security on the small set', esSmall);
      const es = eslintOn(corpus, 'corpus');
      record('E', `eslint 9 + typescript-eslint parser + eslint-plugin-security (${es.warnings ?? '?'} reports)`, es);
    });

  if (GOAL7)
    phase('goal 7', () => {
      log('goal 7: the corpus plus one generated 5 MB file');
      const big = corpusWithGenerated(corpus);
      const alone = path.join(work, 'generated-alone');
      fs.mkdirSync(alone, { recursive: true });
      fs.copyFileSync(path.join(big, 'zz-generated', 'catalogue.js'), path.join(alone, 'catalogue.js'));
      record('P5', 'parse floor of the 5 MB file alone', floor(alone));
      const full5 = flowguard(alone, ['--no-skip', '--no-cache'], 'full5');
      record('full-5mb-alone', 'flowguard nothing skipped, the 5 MB file alone', full5);
      const dflt5 = flowguard(alone, ['--no-cache'], 'default5');
      record('default-5mb-alone', 'flowguard default policy, the 5 MB file alone', dflt5, { stats: dflt5.stats });
      const d7 = flowguard(big, ['--no-cache'], 'default+5mb');
      record('default+5mb', 'flowguard default policy, corpus + 5 MB file, no cache', d7, { stats: d7.stats });
      const s7 = flowguard(big, ['--type', 'secrets', '--no-cache'], 'secrets+5mb');
      record('secrets+5mb', 'flowguard --type secrets, corpus + 5 MB file', s7);
    });

  // ------------------------------------------------------------------------------------------ goals
  const f = figures;
  const goals = [];
  const goal = (n, text, value, limit, kind, note = '') => {
    const pass = Number.isFinite(value) && (kind === '<=' ? value <= limit : value >= limit);
    goals.push({ goal: n, text, value, limit: `${kind} ${limit}`, pass: Number.isFinite(value) ? pass : null, note });
  };
  const pairNote = `median of ${PAIRS} paired ratios`;
  goal(1, `nothing skipped, SARIF, no cache: wall / P (${pairNote})`, fullRatio, 1.25, '<=', `CPU ratio ${fullCpuRatio.toFixed(3)}`);
  goal(1, `nothing skipped: peak RSS / P peak RSS (${pairNote})`, fullRssRatio, 1.2, '<=');
  goal(1, `nothing-skipped SARIF byte-identical in all ${PAIRS} runs (1 = yes)`, fullsSame ? 1 : 0, 1, '>=');
  goal(2, 'default skip policy (cold cache written): wall / P', f.default.wall / P.wall, 0.9, '<=');
  if (f.E) {
    goal(3, 'eslint+security wall / nothing skipped wall', f.E.wall / f.full.wall, 3, '>=');
    goal(3, 'eslint+security wall / default policy wall', f.E.wall / f.default.wall, 4, '>=');
    goal(3, 'nothing skipped peak RSS / eslint peak RSS', f.full.rss / f.E.rss, 0.5, '<=');
  }
  goal(4, 'secrets over the corpus: wall / P', f.secrets.wall / P.wall, 0.1, '<=');
  goal(4, 'secrets throughput over all text, MB/s', textBytes / 1e6 / f.secrets.wall, 30, '>=');
  if (f['secretlint-lodash'] && f['secretlint-zod']) {
    goal(4, 'secretlint / flowguard secrets, corpus/lodash', f['secretlint-lodash'].wall / f['secrets-lodash'].wall, 15, '>=');
    goal(4, 'secretlint / flowguard secrets, corpus/zod', f['secretlint-zod'].wall / f['secrets-zod'].wall, 15, '>=');
  }
  goal(
    5,
    'small set: wall / Ps (median of paired ratios)',
    smallRatio,
    1.15,
    '<=',
    `CPU ratio ${smallCpuRatio.toFixed(2)}; a first run, without the compile cache: ${coldRatio.toFixed(2)}`,
  );
  goal(5, 'small set without JS/TS: wall - N, ms (median of pairs)', nojsOver * 1000, 60, '<=', `CPU ${(nojsCpuOver * 1000).toFixed(0)} ms over N`);
  hookGoals(goal);
  goal(6, 'warm re-scan: wall / P', f.warm.wall / P.wall, 0.1, '<=', warmSame ? 'SARIF byte-identical to the cold run' : 'SARIF DIFFERS from the cold run');
  goal(6, 'warm SARIF byte-identical to the cold run (1 = yes)', warmSame ? 1 : 0, 1, '>=');
  if (f['default+5mb'] && f['secrets+5mb'] && f['full-5mb-alone']) {
    const P7 = P.wall + f.P5.wall - f.N.wall;
    goal(7, 'default policy with the 5 MB file: wall / (P + P5 - N)', f['default+5mb'].wall / P7, 0.9, '<=');
    goal(7, 'secrets with the 5 MB file: wall / (P + P5 - N)', f['secrets+5mb'].wall / P7, 0.1, '<=');
    goal(7, 'nothing skipped with it (estimated: full + full5 - N) / (P + P5 - N)', (f.full.wall + f['full-5mb-alone'].wall - f.N.wall) / P7, 1.25, '<=');
    goal(7, 'the 5 MB file alone, default policy: wall - N, s (no stall)', f['default-5mb-alone'].wall - f.N.wall, 1, '<=');
  }
  // Not a numbered goal of the issue, which asks to show that each of n shards does about 1/n of the work. Each shard
  // also pays what does not split: start-up and JIT warm-up, discovery of the whole tree and weighing every file (its
  // first 16 KiB), 2 to 3 s on this corpus, so 2 shards land near 0.6 of the unsharded scan, not 0.5.
  const shardMax = Math.max(f['shard-1/2'].wall, f['shard-2/2'].wall);
  goal(
    'shard',
    'slowest of 2 shards / unsharded default-policy scan (`default`)',
    shardMax / f.default.wall,
    0.65,
    '<=',
    `files ${f['shard-1/2'].stats?.files} + ${f['shard-2/2'].stats?.files}, parsed ${f['shard-1/2'].stats?.parsed} + ${f['shard-2/2'].stats?.parsed}`,
  );
  goal('shard', 'merged SARIF of 2 shards byte-identical to the unsharded (1 = yes)', mergeSame ? 1 : 0, 1, '>=');

  // ------------------------------------------------------------------------------------------ report
  const data = { date: new Date().toISOString(), machine, corpus: base, textBytes, figures, goals };
  data.table = render(data);
  process.stdout.write(`${data.table}\n`);

  const outFile = path.resolve(opt('--out', path.join(benchDir, 'results', 'latest.json')));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(data, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), outFile)}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** `--hook-only`: the agent-time gate's figures and goals alone (seconds, not minutes). */
function hookOnly() {
  record('N', '`node -e 0`', medianRun([0, 1, 2].map(nodeStart)));
  hookPhase();
  const goals = [];
  hookGoals((n, text, value, limit, kind) =>
    goals.push({ goal: n, text, value, limit: `${kind} ${limit}`, pass: Number.isFinite(value) ? (kind === '<=' ? value <= limit : value >= limit) : null }),
  );
  figures.P = figures.Ph;
  process.stdout.write(
    `${render({ date: new Date().toISOString(), machine: `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.versions.node}`, textBytes: 0, figures, goals })}\n`,
  );
}

/** The figures and goals as Markdown tables; wall-time ratios are the goals, CPU-time ratios show the load's share. */
function render({ date, machine, textBytes, figures, goals }) {
  const P = figures.P;
  const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const lines = [];
  lines.push(`flowguard bench: ${date.slice(0, 16)}Z, ${machine}`);
  lines.push(`corpus: ${(textBytes / 1e6).toFixed(1)} MB of files; whole processes; ratios are between figures of this run`);
  lines.push('');
  lines.push('| figure | what | wall s | cpu s | peak MiB | wall × P | cpu × P |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [id, x] of Object.entries(figures)) {
    const st = x.stats
      ? ` [files ${x.stats.files}, parsed ${x.stats.parsed}, skipped ${x.stats.skipped}, findings ${x.stats.findings}, errors ${x.stats.errors}]`
      : '';
    lines.push(
      `| ${id} | ${x.what}${x.runs ? ` (median of ${x.runs})` : ''}${st} | ${fmt(x.wall, 3)} | ${fmt(x.cpu)} | ${fmt(x.rss, 0)} | ${fmt(x.wall / P.wall, 3)} | ${fmt(x.cpu / P.cpu, 3)} |`,
    );
  }
  lines.push('');
  lines.push('| goal | measure | value | target | result |');
  lines.push('| --- | --- | ---: | ---: | --- |');
  for (const g of goals)
    lines.push(
      `| ${g.goal} | ${g.text}${g.note ? ` (${g.note})` : ''} | ${fmt(g.value, 3)} | ${g.limit} | ${g.pass === null ? 'n/a' : g.pass ? 'pass' : 'FAIL'} |`,
    );
  return lines.join('\n');
}

try {
  const saved = opt('--render', undefined);
  if (saved) process.stdout.write(`${render(JSON.parse(fs.readFileSync(saved, 'utf8')))}\n`);
  else main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
