// Download-and-run and unpinned installs in command text: shell scripts, Dockerfiles, Makefiles, package.json scripts,
// dev container lifecycle commands and CI steps (agent/download-and-run, agent/hook-unpinned-launcher).
import type { Severity } from '../../rule.js';
import { fileContext, isInsecureUrl, printedAt, stripTrailingComment, workflowSteps } from './agent.js';
import { isPackageJson, isShellLike, isWorkflow } from './files.js';
import { tryParseJsonc } from './jsonc.js';
import { get, isMap, isScalar, isSeq, type CNode, type Range } from './tree.js';
import { parseYaml } from './yaml.js';

/** A GitHub Action's metadata file; a composite action's `runs.steps` run in every workflow that uses it. */
export const isActionMetadata = (p: string): boolean => /(^|\/)action\.ya?ml$/.test(p) && !/(^|\/)node_modules\//.test(p);

/** One command line and where it runs. `start` is the offset of `text[0]` when `verbatim`, else of the value it came from. */
export interface CommandSite {
  text: string;
  start: number;
  verbatim: boolean;
  /** `script:postinstall`, `devcontainer:postCreateCommand`, `workflow`, `dockerfile`, `makefile`, `shell`. */
  where: string;
}

const DEVCONTAINER = /(^|\/)(\.devcontainer\/[^/]*\.json|\.devcontainer\.json)$/;
const LIFECYCLE = ['initializeCommand', 'onCreateCommand', 'updateContentCommand', 'postCreateCommand', 'postStartCommand', 'postAttachCommand'];

/** Logical lines of `text[from, to)`: `\` continuations joined (same length, so offsets hold), comments dropped, heredocs that only print skipped. */
export function logicalLines(text: string, from: number, to: number, where: string): CommandSite[] {
  const body = text.slice(from, to).replace(/\\\r?\n/g, (m) => ' '.repeat(m.length));
  const out: CommandSite[] = [];
  let pos = from;
  let heredoc: string | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trimStart();
    const lead = line.length - trimmed.length;
    if (heredoc !== undefined) {
      if (trimmed.trimEnd() === heredoc) heredoc = undefined;
    } else if (trimmed && !trimmed.startsWith('#')) {
      const code = stripTrailingComment(trimmed);
      out.push({ text: code, start: pos + lead, verbatim: true, where });
      // `cat <<EOF` / `tee file <<'EOF'`: the body is data (usage text, a file written out), not commands.
      const h = /<<-?~?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(code);
      if (h && /(^|[\s;&|(])(cat|tee|echo|printf|read)\b/.test(code.slice(0, h.index))) heredoc = h[2];
    }
    pos += raw.length + 1;
  }
  return out;
}

function kindOf(p: string): string {
  const b = p.slice(p.lastIndexOf('/') + 1);
  if (/^(Dockerfile|Containerfile)(\..+)?$|\.dockerfile$/i.test(b)) return 'dockerfile';
  if (/^(GNUmakefile|[Mm]akefile)$|\.mk$/.test(b)) return 'makefile';
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(b)) return 'compose';
  return 'shell';
}

function valueLines(n: CNode | undefined, where: string, out: CommandSite[]): void {
  if (isScalar(n) && typeof n.value === 'string') out.push({ text: n.value, start: n.range[0], verbatim: false, where });
  else if (isSeq(n)) {
    const words = n.items.flatMap((i) => (isScalar(i) && typeof i.value === 'string' ? [i.value] : []));
    if (words.length) out.push({ text: words.join(' '), start: n.range[0], verbatim: false, where });
  } else if (isMap(n)) for (const e of n.entries) valueLines(e.value, where, out);
}

/** The command lines of a file, with where each runs. */
export function commandSites(path: string, text: string): CommandSite[] {
  if (isPackageJson(path)) {
    const scripts = get(tryParseJsonc(text), 'scripts');
    if (!isMap(scripts)) return [];
    return scripts.entries.flatMap((e) =>
      isScalar(e.value) && typeof e.value.value === 'string'
        ? [{ text: e.value.value, start: e.value.range[0], verbatim: false, where: `script:${e.key}` }]
        : [],
    );
  }
  if (DEVCONTAINER.test(path)) {
    const root = tryParseJsonc(text);
    const out: CommandSite[] = [];
    for (const key of LIFECYCLE) valueLines(get(root, key), `devcontainer:${key}`, out);
    return out;
  }
  if (isWorkflow(path)) {
    const out: CommandSite[] = [];
    for (const step of workflowSteps(fileContext(path, text))) {
      const run = get(step.node, 'run');
      if (isScalar(run) && typeof run.value === 'string') out.push(...logicalLines(text, run.range[0], run.range[1], 'workflow'));
    }
    return out;
  }
  if (isActionMetadata(path)) {
    const steps = get(get(parseYaml(text), 'runs'), 'steps');
    const out: CommandSite[] = [];
    for (const step of isSeq(steps) ? steps.items : []) {
      const run = get(step, 'run');
      if (isScalar(run) && typeof run.value === 'string') out.push(...logicalLines(text, run.range[0], run.range[1], 'action'));
    }
    return out;
  }
  if (isShellLike(path)) return /\.json$/.test(path) ? [] : logicalLines(text, 0, text.length, kindOf(path));
  return [];
}

export interface DownloadRun {
  index: number;
  length: number;
  /** The URL fetched, when it is written out literally. */
  url: string | undefined;
  /** `-k`, `--insecure`, `--no-check-certificate`: certificate checks off. */
  tlsOff: boolean;
}

const SHELL = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+(?:\w+=\S*\s+)*)?(?:/usr)?(?:/local)?(?:/bin/)?(?:(?:ba|z|da|k|fi|a)?sh|python[\d.]*|node|perl|ruby|php|pwsh|bun|deno)\b`;
// A download piped into a shell or interpreter: `curl -fsSL URL | bash`, `wget -qO- URL | sudo -E sh -`.
const PIPE = new RegExp(String.raw`\b(?:curl|wget)\b(?:[^|;&\n]|&(?=[^&\s]))*\|\s*${SHELL}`, 'g');
// A download handed to a shell as its script: `sh -c "$(curl …)"`, `bash <(curl …)`, `eval "$(wget -O- …)"`, `. <(curl …)`.
const SUBST =
  /(?:^|[\s;&|(`/])(?:sudo\s+)?(?:(?:ba|z|da|k)?sh|eval|source|\.|python[\d.]*|node|perl|ruby)\s+(?:-\S+\s+)*["']?(?:<\(|\$\$?\()\s*(?:curl|wget)\b/g;
// PowerShell: `irm URL | iex`, `iex (iwr URL)`, `iex ((New-Object Net.WebClient).DownloadString('…'))`.
const PWSH =
  /\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|;\n]*\|\s*(?:iex|Invoke-Expression)\b|\b(?:iex|Invoke-Expression)\b[^\n]*?\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString)\b|\bDownloadString\([^)]*\)\)?\s*\|\s*(?:iex|Invoke-Expression)\b/gi;
// A download saved to a file: curl `-o FILE`/`--output FILE`/`-O` (remote name), wget `-O FILE`/`--output-document=FILE`/none (remote name).
const SAVE = /\b(curl|wget)\b((?:[^|;&\n]|&(?=[^&\s]))*)/g;
const VERIFY = /\b(sha(1|256|512)sum|shasum|gpg|cosign|minisign|md5sum)\b[^\n]*?(\s-c\b|--check|--verify|verify)|Get-FileHash/;

/** Whether `index` in `line` sits inside quotes that are only data (not the script of `sh -c "…"`, `eval '…'` or an exec-form `"-c", "…"`). */
function quotedData(line: string, index: number): boolean {
  let q: string | undefined;
  let open = -1;
  for (let i = 0; i < index; i++) {
    const ch = line[i]!;
    if (q) {
      if (ch === q) q = undefined;
      else if (ch === '\\' && q === '"') i++;
    } else if (ch === '"' || ch === "'") {
      q = ch;
      open = i;
    }
  }
  if (!q) return false;
  return !/(?:(?:^|[\s"'])-\w*c["']?\s*,?|(?:^|\s)(?:eval|exec))\s*$/.test(line.slice(0, open));
}

function urlIn(s: string): string | undefined {
  const m = /\bhttps?:\/\/[^\s"'`)|;]+/i.exec(s);
  return m?.[0];
}

const tlsOffIn = (s: string): boolean => /(?:^|\s)(-k|--insecure|--no-check-certificate|-\w*k\w*)(?=\s|$)/.test(s.replace(/\bhttps?:\/\/\S+/g, ''));

function saved(tool: string, args: string): string | undefined {
  const words = args.trim().split(/\s+/);
  let out: string | undefined;
  let remote = tool === 'wget';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (tool === 'curl') {
      if (/^(-\w*o|--output)$/.test(w)) out = words[i + 1];
      else if (w.startsWith('--output=')) out = w.slice(9);
      else if (/^-\w*O$/.test(w) || w === '--remote-name') remote = true;
    } else if (/^(-\w*O|--output-document)$/.test(w)) out = words[i + 1];
    else if (w.startsWith('--output-document=')) out = w.slice(18);
  }
  if (out) out = out.replace(/^["']|["']$/g, '');
  if (out === '-' || out === '/dev/null') return undefined;
  if (out) return out;
  const url = urlIn(args);
  return remote && url ? url.replace(/[?#].*$/, '').slice(url.replace(/[?#].*$/, '').lastIndexOf('/') + 1) || undefined : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first download that is run in `line`, if any (not when it is only printed or quoted text). */
export function downloadRun(line: string): DownloadRun | undefined {
  const found: { index: number; length: number }[] = [];
  for (const re of [PIPE, SUBST, PWSH]) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const index = m.index + (m[0].length - m[0].trimStart().length);
      found.push({ index, length: m[0].trimStart().length });
    }
  }
  SAVE.lastIndex = 0;
  for (let m = SAVE.exec(line); m; m = SAVE.exec(line)) {
    const file = saved(m[1]!, m[2]!);
    if (!file || !/^[\w./~$-]+$/.test(file)) continue;
    const rest = line.slice(m.index + m[0].length);
    const base = escapeRe(file.slice(file.lastIndexOf('/') + 1));
    const target = String.raw`["']?(?:\S*/)?${base}["']?(?=\s|$|[;&|)])`;
    const run = new RegExp(
      String.raw`(?:^|&&|\|\||;)\s*(?:sudo\s+(?:-\S+\s+)*)?(?:(?:(?:/usr)?(?:/bin/)?(?:(?:ba|z|da|k)?sh|source|\.|python[\d.]*|node|perl|ruby|pwsh|powershell)\s+(?:-\S+\s+)*${target})|(?:\S*/)${base}["']?(?=\s|$|[;&|)]))`,
    ).exec(rest);
    if (!run || VERIFY.test(rest.slice(0, run.index))) continue;
    found.push({ index: m.index, length: m[0].length + run.index + run[0].length });
  }
  found.sort((a, b) => a.index - b.index);
  for (const f of found) {
    if (printedAt(line, f.index) || quotedData(line, f.index)) continue;
    // The span, plus the rest of a `$(curl …)` / `<(curl …)` download up to its closing parenthesis.
    const span = line.slice(f.index, f.index + f.length) + line.slice(f.index + f.length).split(')')[0]!;
    const url = urlIn(span);
    if (url && /^http:/i.test(url) && !isInsecureUrl(url)) continue; // a loopback server: the developer's own
    return { index: f.index, length: f.length, url, tlsOff: tlsOffIn(span) };
  }
  return undefined;
}

// ---------- unpinned installs ----------

export interface UnpinnedInstall {
  index: number;
  tool: string;
  pkg: string;
}

const INSTALL =
  /(?:^|[\s;&|(`])((?:npm|pnpm)\s+(?:i|install|add)|yarn\s+(?:global\s+)?add|bun\s+(?:add|install|i)|(?:python[\d.]*\s+-m\s+)?pip[\d.]*\s+install|uv\s+pip\s+install|uv\s+tool\s+install|pipx\s+install|cargo\s+install|go\s+install|gem\s+install)\s+([^;&|\n]*)/g;

function pinnedFor(tool: string, spec: string, words: string[]): boolean {
  if (/^(\.{0,2}\/|file:|~|\$)|\.(tgz|whl|tar\.gz)$/.test(spec)) return true; // a local path or archive
  if (/^(git\+|https?:|github:)/.test(spec)) return /#[0-9a-f]{40}\b|@[0-9a-f]{40}\b/.test(spec);
  if (/pip|uv|pipx/.test(tool)) return /^[\w.[\],-]+==\d+(\.\d+)*([a-z]+\d*)?$/i.test(spec);
  if (tool.startsWith('cargo')) return /@\d/.test(spec) || words.some((w) => /^--(version|vers|rev|tag)(=|$)/.test(w));
  if (tool.startsWith('go')) return /@v?\d+\.\d+\.\d+/.test(spec) || /@[0-9a-f]{12,}/.test(spec);
  if (tool.startsWith('gem')) return words.some((w) => /^(-v|--version)(=|$)/.test(w));
  const at = spec.lastIndexOf('@');
  return at > 0 && /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(spec.slice(at + 1));
}

/** Packages a command line installs without an exact version (`npm i -g pkg`, `pip install pkg`, `go install x@latest`). */
export function unpinnedInstall(line: string): UnpinnedInstall | undefined {
  INSTALL.lastIndex = 0;
  for (let m = INSTALL.exec(line); m; m = INSTALL.exec(line)) {
    const tool = m[1]!.replace(/\s+/g, ' ');
    const index = m.index + m[0].indexOf(m[1]!);
    if (printedAt(line, index) || quotedData(line, index)) continue;
    const words = m[2]!.trim().split(/\s+/).filter(Boolean);
    const takesValue =
      /^(-r|-c|-e|--requirement|--constraint|--editable|-i|--index-url|--extra-index-url|--prefix|--target|-t|--root|--registry|--cache|--python|-p|--version|--vers|--rev|--tag|--branch|--git|--path|-v)$/;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.replace(/^["']|["']$/g, '');
      if (w.startsWith('-')) {
        if (takesValue.test(w)) i++;
        continue;
      }
      if (/^[<>]|^\d?>/.test(w)) break; // a redirect ends the arguments
      if (/[=<>~]=?/.test(w) && /pip|uv|pipx/.test(tool) && !/==/.test(w)) return { index, tool, pkg: w };
      if (!pinnedFor(tool, w, words)) return { index, tool, pkg: w };
    }
  }
  return undefined;
}

/** Severity for a download run by where it runs (hooks are their own rule, agent/hook-download-exec). */
export function downloadGrade(path: string, where: string, hookEvent: string | undefined): { severity: Severity; runs: string } {
  if (hookEvent) return { severity: 'high', runs: `the agent's \`${hookEvent}\` hook runs this script` };
  if (/(^|\/)\.(claude|codex|gemini|cursor)\/hooks\//.test(path)) return { severity: 'high', runs: 'a script in the agent hooks folder, run by a hook' };
  if (/^script:(pre|post)?install$|^script:(pre|post)?prepare$/.test(where))
    return { severity: 'high', runs: `the \`${where.slice(7)}\` script runs on every \`npm install\`` };
  if (where === 'devcontainer:initializeCommand') return { severity: 'high', runs: '`initializeCommand` runs on the host before the dev container starts' };
  if (where.startsWith('devcontainer:')) return { severity: 'medium', runs: `\`${where.slice(13)}\` runs whenever the dev container is set up` };
  if (where === 'workflow') return { severity: 'medium', runs: "a CI step runs it with the job's token and secrets" };
  if (where === 'action') return { severity: 'medium', runs: 'a step of this composite action runs it in every workflow that uses the action' };
  if (where.startsWith('script:')) return { severity: 'low', runs: `the \`${where.slice(7)}\` script runs it` };
  if (where === 'dockerfile') return { severity: 'low', runs: 'the image build runs it' };
  if (where === 'makefile') return { severity: 'low', runs: 'a make target runs it' };
  return { severity: 'low', runs: 'the script runs it' };
}

const UP: Record<Severity, Severity> = { info: 'low', low: 'medium', medium: 'high', high: 'critical', critical: 'critical' };
export const oneUp = (s: Severity): Severity => UP[s];

/** Target range of a match in a command site. */
export function siteRange(site: CommandSite, index: number, length: number): Range {
  return site.verbatim ? [site.start + index, site.start + index + length] : [site.start, site.start + 1];
}

// ---------- scripts that agent hooks run ----------

const SCRIPT_REF =
  /(\$\{?CLAUDE_PROJECT_DIR\}?["']?\/|\$\(git rev-parse --show-toplevel\)["']?\/|(?<![\w/~$.{}-]))((?:\.\/)?(?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash|zsh|ps1))(?=["'\s;&|)]|$)/g;

/**
 * Scripts of the project that a hook command runs (`"$CLAUDE_PROJECT_DIR"/.claude/hooks/setup.sh`, `bash scripts/x.sh`),
 * as root-relative paths → the hook's event. `configPath` is the settings file; the project is the folder above `.claude/`/`.codex/`.
 */
export function hookScripts(configPath: string, hooks: readonly { command: string; where: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const m = /^(.*?)(?:^|\/)\.(?:claude|codex)\//.exec(configPath);
  const root = m ? (m[1] ? `${m[1]}/` : '') : '';
  for (const h of hooks) {
    const event = h.where.replace(/^hooks\./, '').replace(/\.url$/, '');
    SCRIPT_REF.lastIndex = 0;
    for (let r = SCRIPT_REF.exec(h.command); r; r = SCRIPT_REF.exec(h.command)) {
      const rel = r[2]!.replace(/^\.\//, '');
      if (rel.split('/').includes('..')) continue;
      const p = root + rel;
      if (!out.has(p)) out.set(p, event);
    }
  }
  return out;
}
