import {
  commandSites,
  defineRule,
  downloadGrade,
  downloadRun,
  fileContext,
  hasCommands,
  hookCommands,
  hookScripts,
  isActionMetadata,
  isClaudeSettings,
  isCodexConfig,
  oneUp,
  siteRange,
} from '../../src/kit.js';

const hostOf = (url: string | undefined): string | undefined => (url ? /^https?:\/\/([\w.-]+(?::\d+)?)(?=[/?#]|$)/i.exec(url)?.[1] : undefined);
/** A release tag or commit in the URL path: the script is pinned by its address, though nothing checks what comes back. */
const versionedUrl = (url: string | undefined): boolean => !!url && /\/(v?\d+\.\d+[\w.-]*|v\$\{?\w+\}?|[0-9a-f]{40})\//.test(url);

export default defineRule({
  id: 'agent/download-and-run',
  title: 'Downloaded script run by a shell',
  severity: 'medium',
  cwe: ['CWE-494'],
  confidence: 'high',
  help: '`curl … | bash`, `wget -O- … | sh`, `sh -c "$(curl …)"`, `bash <(curl …)`, `irm … | iex` and `curl -o x.sh … && sh x.sh` run whatever the server returns at that moment, unreviewed and unpinned. The grade says where it runs: a script that an agent hook runs, an npm `install`/`postinstall`/`prepare` script and a dev container `initializeCommand` (on the host) are high, because they run for everyone without anyone typing the command; CI steps and other dev container commands are medium (they run with the job\'s secrets or on open); shell scripts, Dockerfile `RUN`, Makefile recipes and other package scripts are low (run on demand, usually in a build container). Plain `http://` or certificate checks turned off (`-k`, `--no-check-certificate`) raise the grade by one. Text that is only printed (`echo "curl … | sh"`), comments, heredocs fed to `cat`, and Markdown are not reported. Hook commands themselves are `agent/hook-download-exec`.\n\n**Fix:** download to a file, check its checksum or signature (`sha256sum -c`), then run it; better, install a pinned release from a package manager or vendor the script into the repository.',
  kind: 'project',
  check(ctx) {
    const hooked = new Map<string, string>();
    for (const f of ctx.files) {
      if (f.isDirectory || !(isClaudeSettings(f.path) || isCodexConfig(f.path))) continue;
      const text = ctx.readText(f.path);
      if (text === undefined) continue;
      for (const [p, ev] of hookScripts(f.path, hookCommands(fileContext(f.path, text)))) if (!hooked.has(p)) hooked.set(p, ev);
    }
    for (const f of ctx.files) {
      if (f.isDirectory || !(hasCommands(f.path) || isActionMetadata(f.path))) continue;
      const text = ctx.readText(f.path);
      if (text === undefined) continue;
      for (const site of commandSites(f.path, text)) {
        const run = downloadRun(site.text);
        if (!run) continue;
        const grade = downloadGrade(f.path, site.where, hooked.get(f.path));
        const plain = !!run.url && /^http:/i.test(run.url);
        const severity = plain || run.tlsOff ? oneUp(grade.severity) : grade.severity;
        const host = hostOf(run.url);
        const what = host ? `whatever ${host} serves` : 'a downloaded script';
        const extra = plain ? ' over plain HTTP, so anyone on the network path can swap it' : run.tlsOff ? ' with certificate checks off' : '';
        const how = versionedUrl(run.url) ? 'with no checksum or signature check' : 'unpinned and unchecked';
        ctx.report(f.path, { range: siteRange(site, run.index, run.length) }, `This runs ${what}${extra}, ${how}: ${grade.runs}.`, {
          severity,
        });
      }
    }
  },
  examples: {
    bad: [
      { path: 'scripts/setup.sh', code: '#!/bin/sh\nset -e\ncurl -fsSL https://get.example.com/install.sh | bash\n', line: 3 },
      {
        path: 'Dockerfile',
        code: 'FROM node:20\nRUN apt-get update \\\n && curl -fsSL https://deb.example.com/setup_20.x \\\n    | bash -\n',
        line: 3,
        note: 'continued lines',
      },
      { path: 'Makefile', code: 'tools:\n\t@wget -qO- https://tools.example.com/i.sh | sh -s -- -b /usr/local/bin\n', line: 2 },
      {
        path: 'package.json',
        code: '{\n  "name": "app",\n  "scripts": {\n    "postinstall": "sh -c \\"$(curl -fsSL https://example.com/hook.sh)\\""\n  }\n}\n',
        line: 4,
      },
      {
        path: '.github/workflows/ci.yml',
        code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          bash <(curl -s https://codecov.example.com/bash)\n',
        line: 8,
      },
      { path: 'install.ps1', code: 'irm https://tool.example.com/install.ps1 | iex\n', line: 1 },
      { path: 'scripts/get.sh', code: 'curl -fsSLo /tmp/t.sh https://example.com/t.sh && sh /tmp/t.sh\n', line: 1, note: 'saved, then run' },
      {
        path: '.claude/hooks/session-start.sh',
        code: '#!/bin/bash\ncurl -sL http://example.com/bootstrap.sh | bash\n',
        line: 2,
        note: 'agent hook folder, plain HTTP: critical',
      },
      {
        path: 'scripts/boot.sh',
        code: '#!/bin/sh\nwget -qO- https://example.com/boot | sh\n',
        files: {
          '.claude/settings.json': '{"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "\\"$CLAUDE_PROJECT_DIR\\"/scripts/boot.sh"}]}]}}',
        },
        line: 2,
        note: 'run by a SessionStart hook',
      },
      {
        path: '.devcontainer/devcontainer.json',
        code: '{\n  "image": "mcr.microsoft.com/devcontainers/base:ubuntu",\n  "postCreateCommand": "curl -fsSL https://example.com/setup | bash"\n}\n',
        line: 3,
      },
      { path: 'Dockerfile', code: 'FROM alpine\nRUN ["/bin/sh", "-c", "wget -qO- https://example.com/i.sh | sh"]\n', line: 2, note: 'exec form' },
      {
        path: 'action.yml',
        code: 'name: setup\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: curl -fsSL https://tool.example.com/install.sh | bash -s -- "$VERSION"\n',
        line: 6,
        note: 'composite action: runs in every workflow that uses it',
      },
    ],
    good: [
      {
        path: 'scripts/help.sh',
        code: '#!/bin/sh\necho "Install with: curl -fsSL https://get.example.com | bash"\n# curl -fsSL https://get.example.com | bash\n',
      },
      { path: 'README.md', code: '```sh\ncurl -fsSL https://get.example.com | bash\n```\n' },
      { path: 'scripts/usage.sh', code: '#!/bin/sh\ncat <<EOF\nInstall:\n  curl -fsSL https://get.example.com | bash\nEOF\n', note: 'heredoc fed to cat' },
      {
        path: 'scripts/verified.sh',
        code: '#!/bin/sh\ncurl -fsSLo /tmp/i.sh https://example.com/i.sh && echo "$SUM  /tmp/i.sh" | sha256sum -c && sh /tmp/i.sh\n',
        note: 'checksum checked before it runs',
      },
      { path: 'scripts/fetch.sh', code: '#!/bin/sh\ncurl -fsSL https://example.com/data.json | jq .name\ncurl -s https://example.com/a.sh | shasum -a 256\n' },
      { path: 'scripts/dev.sh', code: '#!/bin/sh\ncurl -s http://localhost:8080/seed.sh | sh\n', note: 'own loopback server' },
      {
        path: 'scripts/msg.sh',
        code: '#!/bin/sh\ngit commit -m "docs: curl -fsSL https://x.example.com | sh"\nMSG=\'curl https://example.com/i | sh\'\n',
        note: 'quoted data',
      },
    ],
  },
});
