import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKeyPem } from '../../../src/adapters/crypto/node-signer.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { runAttest } from '../../../src/cli/attest.js';
import type { CliIO } from '../../../src/cli/io.js';
import { parseBundle } from '../../../src/core/bundle/codec.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { parseStatement } from '../../../src/core/intoto/statement.js';
import { verifyTlogEntry } from '../../../src/core/verify/tlog.js';

function captureIO(cwd: string, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), env, cwd, isTTY: false };
  return { io, out, err };
}

describe('provlog attest against a real provlog log', () => {
  let dir: string;
  let server: LogServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'provlog-attest-'));
    server = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
    // A local git checkout provides the build context when GITHUB_* is absent.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: join(dir, 'work'), stdio: 'pipe' });
    execFileSync('mkdir', ['-p', join(dir, 'work', 'dist')]);
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', 'https://github.com/acme/tool.git');
    writeFileSync(join(dir, 'work', 'dist', 'a.bin'), 'artifact a');
    writeFileSync(join(dir, 'work', 'dist', 'b.bin'), 'artifact b');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
    writeFileSync(join(dir, 'key.pem'), generatePrivateKeyPem('ecdsa-p256'), { mode: 0o600 });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records a verified entry and writes a bundle that verifies offline', async () => {
    const { io, out } = captureIO(join(dir, 'work'));
    const code = await runAttest(
      [
        'dist/*.bin',
        '--log-url',
        server.url,
        '--key',
        join(dir, 'key.pem'),
        '--trusted-root',
        server.trustedRootPath,
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const result = JSON.parse(out.join('')) as { bundlePath: string; entry: { uuid: string; logIndex: number } };
    expect(result.entry.uuid).toMatch(/^[0-9a-f]{80}$/);
    const bundle = parseBundle(readFileSync(result.bundlePath, 'utf8'));
    expect(bundle.version).toBe('0.3');
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry === undefined || bundle.content.kind !== 'dsseEnvelope') throw new Error('bundle shape');
    const trustedRoot = parseTrustedRoot(JSON.parse(readFileSync(server.trustedRootPath, 'utf8')));
    const verified = verifyTlogEntry(entry, {
      trustedRoot,
      bundleVersion: '0.3',
      now: Math.floor(Date.now() / 1000) + 60,
      signedContent: bundle.content,
    });
    expect(verified.checks).toEqual({ set: true, inclusion: true, checkpoint: true, body: true });
    const statement = parseStatement(bundle.content.envelope.payload);
    expect(statement.subject.map((s) => s.name)).toEqual(['dist/a.bin', 'dist/b.bin']);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
  });

  it('a checkout without a remote is recorded as local/<dir> and verifies by that name', async () => {
    const work = join(dir, 'solo');
    execFileSync('mkdir', ['-p', work]);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(work, 'x.bin'), 'solo artifact');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
    const { io } = captureIO(work);
    const keyArgs = ['--key', join(dir, 'key.pem'), '--trusted-root', server.trustedRootPath];
    expect(await runAttest(['x.bin', '--log-url', server.url, ...keyArgs], io)).toBe(0);
    const bundle = parseBundle(readFileSync(join(work, 'x.bin.sigstore.json'), 'utf8'));
    if (bundle.content.kind !== 'dsseEnvelope') throw new Error('bundle shape');
    const predicate = parseStatement(bundle.content.envelope.payload).predicate as {
      buildDefinition: { externalParameters: { workflow: { repository: string } } };
    };
    expect(predicate.buildDefinition.externalParameters.workflow.repository).toBe('file://localhost/local/solo');
  });

  it('records workflow_dispatch inputs from GITHUB_EVENT_PATH unless --no-workflow-inputs', async () => {
    const eventPath = join(dir, 'dispatch.json');
    writeFileSync(eventPath, JSON.stringify({ inputs: { channel: 'beta', 'ticket-token': 'not-for-the-log' } }));
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/tool',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_REPOSITORY_OWNER_ID: '2',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_WORKFLOW_REF: 'acme/tool/.github/workflows/release.yml@refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: '3',
    };
    const inputsOf = async (extra: string[]) => {
      const bundlePath = join(dir, `dispatch-${extra.length}.json`);
      const { io } = captureIO(join(dir, 'work'), env);
      const args = ['dist/a.bin', '--log-url', server.url, '--key', join(dir, 'key.pem')];
      const code = await runAttest(
        [...args, '--trusted-root', server.trustedRootPath, '--bundle', bundlePath, ...extra],
        io,
      );
      expect(code).toBe(0);
      const bundle = parseBundle(readFileSync(bundlePath, 'utf8'));
      if (bundle.content.kind !== 'dsseEnvelope') throw new Error('bundle shape');
      const predicate = parseStatement(bundle.content.envelope.payload).predicate as {
        buildDefinition: { externalParameters: { inputs?: unknown } };
      };
      return predicate.buildDefinition.externalParameters.inputs;
    };
    expect(await inputsOf([])).toEqual({ channel: 'beta', 'ticket-token': 'not-for-the-log' });
    expect(await inputsOf(['--no-workflow-inputs'])).toBeUndefined();
  });

  it('refuses a custom log without a pinned trusted root (never trusts the log for its own key)', async () => {
    const { io } = captureIO(join(dir, 'work'));
    await expect(
      runAttest(['dist/a.bin', '--log-url', server.url, '--key', join(dir, 'key.pem')], io),
    ).rejects.toMatchObject({
      code: 'USAGE',
    });
  });

  it('names the trusted-root file and the field in the error, and writes no bundle', async () => {
    const badRoot = join(dir, 'bad-root.json');
    writeFileSync(badRoot, JSON.stringify({ mediaType: 'application/json' }));
    const bundle = join(dir, 'never.sigstore.json');
    const { io } = captureIO(join(dir, 'work'));
    const before = server.log.head().size;
    const error = await runAttest(
      [
        'dist/a.bin',
        '--log-url',
        server.url,
        '--key',
        join(dir, 'key.pem'),
        '--trusted-root',
        badRoot,
        '--bundle',
        bundle,
      ],
      io,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRUST_ROOT_MALFORMED' });
    expect((error as Error).message).toMatch(new RegExp(`^${badRoot}: trustedRoot\\.mediaType: expected one of`));
    expect(existsSync(bundle)).toBe(false);
    expect(server.log.head().size).toBe(before);
  });

  it('rejects a log whose key is not the pinned one', async () => {
    const other = await startLogServer({ dataDir: join(dir, 'other-log'), port: 0 });
    try {
      const { io } = captureIO(join(dir, 'work'));
      await expect(
        runAttest(
          [
            'dist/a.bin',
            '--log-url',
            other.url,
            '--key',
            join(dir, 'key.pem'),
            '--trusted-root',
            server.trustedRootPath,
          ],
          io,
        ),
      ).rejects.toMatchObject({ code: 'TLOG_UNKNOWN_LOG' });
    } finally {
      await other.close();
    }
  });
});
