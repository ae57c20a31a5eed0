/**
 * The README's CLI examples, run as written with the built CLI (issue 7: "keep a test that executes the README's
 * CLI examples against the demo log"). A ```sh block preceded by `<!-- readme-test -->` is executed; the marker may
 * say `exit=N` (the LAST command's expected exit code; earlier ones must exit 0) or `serve` (the block starts the
 * log: it runs in the background with `--port 0` and the URL it prints replaces http://127.0.0.1:3000 in later
 * blocks). Substitutions: a leading `provlog ` runs `node dist/cli/index.js ` (or $PROVLOG_CLI).
 *
 * The log is started first (the README explains serve after using it); then the other blocks run in README order in
 * one scratch directory holding the two build outputs the README shows (dist/*, same bytes, so the digests printed
 * in the README are the ones the commands see), with the environment of a GitHub Actions job of
 * acme/app at tag v1.2.0 (so `provlog attest` records what the release workflow would), NO_COLOR, and the GitHub
 * REST stand-in as GITHUB_API_URL: before a block that calls `verify-release`, the stand-in gets a published
 * release acme/app@v1.2.0 carrying dist/* and the *.sigstore.json bundles made so far.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../../src/adapters/github/http.js';
import { findReleaseByTag, uploadReleaseAsset } from '../../src/adapters/github/releases.js';
import { type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = process.env.PROVLOG_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');
const README_LOG_URL = 'http://127.0.0.1:3000';

interface ReadmeBlock {
  line: number;
  mode: 'run' | 'serve';
  exit: number;
  commands: string[];
}

/** The marked ```sh blocks: comment lines dropped, `\` continuations joined. */
function extractReadmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^\s*<!--\s*readme-test\b(.*?)-->\s*$/.exec(lines[i] ?? '');
    if (marker === null) continue;
    const fence = (lines[i + 1] ?? '').trim();
    if (!/^```(sh|bash|shell)$/.test(fence)) throw new Error(`README.md:${i + 1}: marker not followed by a sh block`);
    const body: string[] = [];
    let j = i + 2;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith('```'); j++) body.push(lines[j] ?? '');
    const commands: string[] = [];
    let pending = '';
    for (const raw of body) {
      const l = raw.trim();
      if (pending === '' && (l === '' || l.startsWith('#'))) continue;
      if (l.endsWith('\\')) {
        pending += `${l.slice(0, -1).trim()} `;
        continue;
      }
      commands.push(`${pending}${l}`);
      pending = '';
    }
    const opts = marker[1] ?? '';
    const exit = /exit=(\d+)/.exec(opts)?.[1];
    blocks.push({
      line: i + 1,
      mode: /\bserve\b/.test(opts) ? 'serve' : 'run',
      exit: exit === undefined ? 0 : Number(exit),
      commands,
    });
    i = j;
  }
  return blocks;
}

const blocks = extractReadmeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'provlog-readme-'));
let gh: GitHubStandin;
let server: ChildProcess | undefined;
let logUrl = README_LOG_URL;
let released = false;

function env(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: work,
    NO_COLOR: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_ID: '101',
    GITHUB_REPOSITORY_OWNER_ID: '202',
    GITHUB_REF: 'refs/tags/v1.2.0',
    GITHUB_SHA: '3f2c9a1e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '9001',
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: gh.token,
  };
}

function substitute(command: string): string {
  return command.replace(/^provlog /, `node ${JSON.stringify(CLI)} `).replaceAll(README_LOG_URL, logUrl);
}

function sh(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', substitute(command)], { cwd: work, env: env() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the README's `provlog serve` on a free port and resolves with the URL it prints. */
function startServe(command: string): Promise<string> {
  const withPort = /--port \d+/.test(command) ? command.replace(/--port \d+/, '--port 0') : `${command} --port 0`;
  const [node, ...args] = ['node', CLI, ...withPort.replace(/^provlog /, '').split(/\s+/)];
  return new Promise((resolve, reject) => {
    server = spawn(node ?? 'node', args, { cwd: work, env: env() });
    let out = '';
    server.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined) resolve(url);
    });
    server.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    server.on('close', (code) => reject(new Error(`provlog serve exited (${code}): ${out}`)));
  });
}

/** A published release acme/app@v1.2.0 with the workspace's dist/* files and bundles, as the release workflow leaves it. */
async function publishRelease(): Promise<void> {
  gh.seedRelease('acme', 'app', { tag: 'v1.2.0' });
  const api = new GitHubApi({ baseUrl: gh.url, token: gh.token });
  const repo = { owner: 'acme', repo: 'app' };
  const release = await findReleaseByTag(api, repo, 'v1.2.0');
  const files = [
    ...readdirSync(join(work, 'dist')).map((n) => join('dist', n)),
    ...readdirSync(work).filter((n) => n.endsWith('.sigstore.json')),
  ];
  for (const f of files) {
    await uploadReleaseAsset(api, repo, release, f.replace(/^dist\//, ''), new Uint8Array(readFileSync(join(work, f))));
  }
  released = true;
}

beforeAll(async () => {
  gh = await startGitHubStandin();
  mkdirSync(join(work, 'dist'));
  writeFileSync(join(work, 'dist', 'app-linux-amd64.tar.gz'), 'app binary\n');
  writeFileSync(join(work, 'dist', 'app-darwin-arm64.tar.gz'), 'app mac\n');
  const serve = blocks.find((b) => b.mode === 'serve');
  if (serve !== undefined) logUrl = await startServe(serve.commands[0] ?? '');
});

afterAll(async () => {
  if (server !== undefined && server.exitCode === null) {
    const closed = new Promise((r) => server?.once('close', r));
    server.kill('SIGTERM');
    await closed;
  }
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

describe('README.md CLI examples', () => {
  it('has the marked blocks this test promises to run', () => {
    const all = blocks.flatMap((b) => b.commands).join('\n');
    expect(blocks.filter((b) => b.mode === 'serve')).toHaveLength(1);
    for (const needed of ['provlog attest', 'provlog verify ', '--json', 'provlog verify-release']) {
      expect(all).toContain(needed);
    }
    expect(blocks.some((b) => b.exit === 1)).toBe(true);
  });

  for (const block of blocks) {
    it(`README.md:${block.line} (${block.mode}${block.exit === 0 ? '' : `, exit ${block.exit}`})`, async () => {
      if (block.mode === 'serve') {
        // Started in beforeAll with this block's command; it must be up and answering.
        expect(block.commands).toHaveLength(1);
        expect(logUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect((await fetch(`${logUrl}/api/v1/log`)).status).toBe(200);
        return;
      }
      if (!released && block.commands.some((c) => c.includes('verify-release'))) await publishRelease();
      for (const [i, command] of block.commands.entries()) {
        const want = i === block.commands.length - 1 ? block.exit : 0;
        const run = await sh(command);
        expect(run.code, `${command}\n${run.stdout}\n${run.stderr}`).toBe(want);
        if (want === 0 && command.includes('--json')) expect(() => JSON.parse(run.stdout)).not.toThrow();
      }
    }, 60_000);
  }
});
