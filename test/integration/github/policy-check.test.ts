/**
 * Issue 11, items 4-6: each way past the PR policy check, tried against the policy check action (in process,
 * src/action/verify/main.ts) with a real provlog log server over HTTP and the GitHub REST stand-in. Every test
 * here passed the check (wrongly) before the fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionIO } from '../../../src/action/io.js';
import { runVerifyAction } from '../../../src/action/verify/main.js';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { fromHex } from '../../../src/core/bytes.js';
import { decodeJson, type Node } from '../../../src/core/json/decode.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import type { Signer } from '../../../src/core/keys/signer.js';
import { proposeHashedRekordEntry } from '../../../src/core/rekor/hashedrekord.js';
import { bundleFromLogEntry } from '../../../src/flows/policy-log-evidence.js';
import { attestToLog, newSigner, releaseContext, sha256Hex } from '../../e2e/policy-fixtures.js';
import { DEFAULT_BASE_SHA, type GitHubStandin, startGitHubStandin } from '../../helpers/github-standin.js';

const REPO = 'acme/app';
const TOKEN = 'ghs_fork_read_only';
const POLICY = '.github/provlog-policy.yml';

let root: string;
let server: LogServer;
let gh: GitHubStandin;
let client: RekorClient;
let org: Signer;
let rogue: Signer;
let nextPull = 100;

/** The base branch's policy files: the key-signed org policy over the real log's trusted root. */
function basePolicyFiles(extra = ''): Record<string, string> {
  return {
    [POLICY]: [
      'version: 1',
      'logs:',
      '  - trusted-root: provlog/trusted_root.json',
      'signers:',
      '  - key: provlog/org.pub',
      'require:',
      '  predicate-type: https://slsa.dev/provenance/v1',
      '  refs: ["refs/tags/v*"]',
      extra,
    ].join('\n'),
    '.github/provlog/trusted_root.json': readFileSync(server.trustedRootPath, 'utf8'),
    '.github/provlog/org.pub': formatPublicKeyPem(org.publicKey),
  };
}

interface Workspace {
  dir: string;
  put(rel: string, text: string): string;
}

/** A fresh checkout holding the base policy files (what actions/checkout leaves for an unchanged policy). */
function workspace(): Workspace {
  const dir = mkdtempSync(join(root, 'ws-'));
  const put = (rel: string, text: string): string => {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return sha256Hex(text);
  };
  for (const [path, text] of Object.entries(basePolicyFiles())) put(path, text);
  return { dir, put };
}

interface Run {
  failed?: string;
  outputs: Record<string, string>;
  errors: { message: string; file?: string; line?: number }[];
  warnings: string[];
  report?: Node;
}

/** Runs the action in process as on a pull_request event for pull `pull` of acme/app. */
async function runCheck(ws: Workspace, pull: number, inputs: Record<string, string>): Promise<Run> {
  const run: Run = { outputs: {}, errors: [], warnings: [] };
  const eventPath = join(ws.dir, '..', `event-${pull}.json`);
  writeFileSync(eventPath, JSON.stringify({ number: pull, pull_request: { number: pull } }));
  const all: Record<string, string> = { policy: POLICY, 'github-token': TOKEN, 'log-url': server.url, ...inputs };
  const io: ActionIO = {
    input: (name) => all[name] ?? '',
    secret: () => undefined,
    output: (name, value) => {
      run.outputs[name] = value;
    },
    summary: async () => undefined,
    fail: (message) => {
      run.failed = message;
    },
    info: () => undefined,
    notice: () => undefined,
    warning: (message) => void run.warnings.push(message),
    error: (message, where) => void run.errors.push({ message, ...where }),
  };
  await runVerifyAction(io, {
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: gh.url,
    GITHUB_ACTION: `policy-${pull}`,
    RUNNER_TEMP: join(root, 'runner-temp'),
  });
  const reportPath = run.outputs['report-path'];
  if (reportPath !== undefined) run.report = decodeJson(readFileSync(reportPath, 'utf8'), 'INVALID_FIELD', 'report');
  return run;
}

function decision(run: Run, subject: string): Node | undefined {
  return run.report
    ?.get('decisions')
    .array()
    .find((d) => d.get('subject').string() === subject);
}

function problemCodes(run: Run): string[] {
  return (run.report?.optional('problems')?.array() ?? []).map((p) => p.get('code').string());
}

/** A pull request whose files are `files` (all added) on the base commit holding `base` policy files. */
function seedPull(files: string[], base = basePolicyFiles()): number {
  const pull = nextPull++;
  gh.seedPullFiles(
    'acme',
    'app',
    pull,
    files.map((filename) => ({ filename, status: 'added' })),
  );
  gh.seedContents('acme', 'app', DEFAULT_BASE_SHA, base);
  return pull;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'provlog-policy-attacks-'));
  server = await startLogServer({ dataDir: join(root, 'log'), port: 0 });
  gh = await startGitHubStandin();
  gh.addToken(TOKEN, 'read');
  client = new RekorClient({ baseUrl: server.url });
  org = newSigner();
  rogue = newSigner();
}, 60_000);

afterAll(async () => {
  await gh?.close();
  await server?.close();
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
});

describe('item 4: files that escaped the check', () => {
  it('checks files behind a symlinked directory (vendor/lib -> ../hidden) as what they resolve to', async () => {
    const ws = workspace();
    const good = ws.put('vendor/good.bin', `good ${Math.random()}`);
    await attestToLog(client, org, 'good.bin', good, releaseContext());
    ws.put('hidden/evil.bin', `evil ${Math.random()}`);
    symlinkSync('../hidden', join(ws.dir, 'vendor', 'lib'));
    // The PR adds the link and the file behind it; neither path is vendor/lib/evil.bin.
    const pull = seedPull(['vendor/good.bin', 'vendor/lib', 'hidden/evil.bin']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(decision(run, 'vendor/good.bin')?.get('verdict').string()).toBe('pass');
    expect(decision(run, 'vendor/lib/evil.bin')?.get('verdict').string()).toBe('fail');
    expect(run.outputs.verified).toBe('false');
    expect(run.failed).toBeDefined();
  }, 60_000);

  it('fails a symlink that leaves the workspace, naming its target (SUBJECT_LINK_ESCAPES)', async () => {
    const ws = workspace();
    const outside = mkdtempSync(join(root, 'outside-'));
    writeFileSync(join(outside, 'evil.bin'), 'outside');
    symlinkSync(outside, join(ws.dir, 'vendor-out'));
    mkdirSync(join(ws.dir, 'vendor'));
    symlinkSync(join(outside, 'evil.bin'), join(ws.dir, 'vendor', 'file-link.bin'));
    const pull = seedPull(['vendor-out', 'vendor/file-link.bin']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor*/**' });
    expect(problemCodes(run)).toEqual(['SUBJECT_LINK_ESCAPES', 'SUBJECT_LINK_ESCAPES']);
    const linkError = run.errors.find((e) => e.file === 'vendor-out');
    expect(linkError?.message).toContain(outside);
    expect(run.outputs.verified).toBe('false');
    expect(run.failed).toBeDefined();
  }, 60_000);

  it('checks every matching file when the pull request changes more files than GitHub lists (3,000)', async () => {
    const ws = workspace();
    ws.put('vendor/bad.bin', `bad ${Math.random()}`);
    const listed = Array.from({ length: 3000 }, (_, i) => `docs/page-${i}.md`);
    // vendor/bad.bin is file 3,001: the files API never names it.
    const pull = seedPull([...listed, 'vendor/bad.bin']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(run.warnings.some((w) => /changes 3001 files but GitHub lists only 3000/.test(w))).toBe(true);
    expect(decision(run, 'vendor/bad.bin')?.get('verdict').string()).toBe('fail');
    expect(run.failed).toBeDefined();
  }, 60_000);

  it('checks X.sigstore.json beside X when it is not a bundle', async () => {
    const ws = workspace();
    const app = ws.put('vendor/app', `app ${Math.random()}`);
    await attestToLog(client, org, 'app', app, releaseContext());
    ws.put('vendor/app.sigstore.json', '\u007fELF not a bundle');
    const pull = seedPull(['vendor/app', 'vendor/app.sigstore.json']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(decision(run, 'vendor/app')?.get('verdict').string()).toBe('pass');
    expect(decision(run, 'vendor/app.sigstore.json')?.get('verdict').string()).toBe('fail');
    expect(run.outputs.violations).toBe('1');
  }, 60_000);
});

describe('item 5: the policy comes from the base commit', () => {
  const farFuture = (digest: string) =>
    `exceptions:\n  - digest: sha256:${digest}\n    reason: "mine"\n    expires: 9999-12-31\n`;

  it('fails a pull request that adds a far-future exception for its own binary (POLICY_CHANGED)', async () => {
    const ws = workspace();
    const evil = ws.put('vendor/evil.bin', `evil ${Math.random()}`);
    ws.put(POLICY, (basePolicyFiles(farFuture(evil))[POLICY] ?? '') as string);
    const pull = seedPull(['vendor/evil.bin', POLICY]);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(run.failed).toMatch(/\[POLICY_CHANGED\]$/);
    expect(run.outputs.verified).toBeUndefined();
  }, 60_000);

  it('also fails when the PR changes only a key the policy references', async () => {
    const ws = workspace();
    ws.put('vendor/x.bin', 'x');
    ws.put('.github/provlog/org.pub', formatPublicKeyPem(rogue.publicKey));
    const pull = seedPull(['vendor/x.bin', '.github/provlog/org.pub']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(run.failed).toMatch(/\[POLICY_CHANGED\]$/);
  }, 60_000);

  it('judges by the base policy even when the checkout differs and the PR does not list the policy', async () => {
    const ws = workspace();
    const evil = ws.put('vendor/evil.bin', `evil ${Math.random()}`);
    // Checkout carries an exception (e.g. an earlier step rewrote it); the base does not: the base wins.
    ws.put(POLICY, (basePolicyFiles(farFuture(evil))[POLICY] ?? '') as string);
    const pull = seedPull(['vendor/evil.bin']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(decision(run, 'vendor/evil.bin')?.get('verdict').string()).toBe('fail');
    expect(run.report?.get('policyOrigin').string()).toBe(`base branch main at ${DEFAULT_BASE_SHA}`);
  }, 60_000);

  it('with allow-policy-change, a far-future exception is still an error naming its line', async () => {
    const ws = workspace();
    const evil = ws.put('vendor/evil.bin', `evil ${Math.random()}`);
    ws.put(POLICY, (basePolicyFiles(farFuture(evil))[POLICY] ?? '') as string);
    const pull = seedPull(['vendor/evil.bin', POLICY]);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**', 'allow-policy-change': 'true' });
    expect(problemCodes(run)).toEqual(['POLICY_EXCEPTION_INVALID']);
    expect(run.errors.find((e) => e.file === POLICY)?.line).toBe(10);
    expect(decision(run, 'vendor/evil.bin')?.get('verdict').string()).toBe('fail');
    expect(run.failed).toBeDefined();
  }, 60_000);

  it('fails a pull request that adds the policy the base does not have (POLICY_CHANGED)', async () => {
    const ws = workspace();
    ws.put('vendor/x.bin', 'x');
    const pull = nextPull++;
    gh.seedPullFiles('acme', 'app', pull, [{ filename: 'vendor/x.bin' }, { filename: POLICY }]);
    gh.seedPull('acme', 'app', pull, { baseSha: 'd'.repeat(40) });
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    expect(run.failed).toMatch(/\[POLICY_CHANGED\]$/);
  }, 60_000);

  it('reads an organisation policy checked out beside the code (in neither the base nor the PR) from disk', async () => {
    const ws = workspace();
    const orgPolicy = '.provlog-org/provlog/provlog-policy.yml';
    for (const [path, text] of Object.entries(basePolicyFiles())) ws.put(`.provlog-org/provlog/${path.slice(8)}`, text);
    const good = ws.put('vendor/good.bin', `good ${Math.random()}`);
    await attestToLog(client, org, 'good.bin', good, releaseContext());
    const pull = nextPull++;
    gh.seedPullFiles('acme', 'app', pull, [{ filename: 'vendor/good.bin' }]);
    gh.seedPull('acme', 'app', pull, { baseSha: 'e'.repeat(40) });
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**', policy: orgPolicy });
    expect(run.failed).toBeUndefined();
    expect(run.report?.get('policyOrigin').string()).toMatch(/^the workspace \(not a file of acme\/app/);
    // ...but a pull request that writes into it (here: the signer key it references) is changing the policy.
    const sneaky = nextPull++;
    gh.seedPullFiles('acme', 'app', sneaky, [{ filename: '.provlog-org/provlog/provlog/org.pub' }]);
    gh.seedPull('acme', 'app', sneaky, { baseSha: 'e'.repeat(40) });
    const changed = await runCheck(ws, sneaky, { 'subject-path': 'vendor/**', policy: orgPolicy });
    expect(changed.failed).toMatch(/\[POLICY_CHANGED\]$/);
  }, 60_000);
});

describe('item 6: flooding the log', () => {
  it('a flood of foreign entries naming a good digest cannot hide its trusted entry', async () => {
    const ws = workspace();
    const good = ws.put('vendor/popular.bin', `popular ${Math.random()}`);
    await attestToLog(client, org, 'popular.bin', good, releaseContext());
    for (let i = 0; i < 12; i++) {
      await attestToLog(client, newSigner(), 'popular.bin', good, releaseContext({ runId: String(i) }));
    }
    const pull = seedPull(['vendor/popular.bin']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    const d = decision(run, 'vendor/popular.bin');
    expect(d?.get('verdict').string()).toBe('pass');
    expect(d?.get('logSearch').get('candidates').uint()).toBe(13);
    expect(d?.get('logSearch').get('skippedUntrusted').uint()).toBe(12);
    expect(d?.get('logSearch').get('keySearch').value).toBe(true);
    expect(run.failed).toBeUndefined();
  }, 120_000);

  it('says how many entries were skipped when only foreign entries name the digest', async () => {
    const ws = workspace();
    const digest = ws.put('vendor/orphan.bin', `orphan ${Math.random()}`);
    for (let i = 0; i < 3; i++) await attestToLog(client, rogue, 'orphan.bin', digest, releaseContext());
    const pull = seedPull(['vendor/orphan.bin']);
    const run = await runCheck(ws, pull, { 'subject-path': 'vendor/**' });
    const d = decision(run, 'vendor/orphan.bin');
    expect(d?.get('verdict').string()).toBe('fail');
    expect(d?.get('logSearch').get('skippedUntrusted').uint()).toBe(3);
    expect(d?.get('reason').string()).toMatch(/3 skipped, signed by keys or identities the policy does not trust/);
  }, 60_000);

  it('rebuilds a hashedrekord entry whose digest the log stores in upper case', async () => {
    const data = `blob ${Math.random()}`;
    const digest = sha256Hex(data);
    const proposed = proposeHashedRekordEntry({
      digest: fromHex(digest),
      signature: org.sign(new TextEncoder().encode(data)),
      publicKeyPem: formatPublicKeyPem(org.publicKey),
    });
    const upper = JSON.parse(JSON.stringify(proposed)) as { spec: { data: { hash: { value: string } } } };
    upper.spec.data.hash.value = digest.toUpperCase();
    const created = await client.createEntry(upper as unknown as typeof proposed);
    const bundle = bundleFromLogEntry(created.uuid, created.entry);
    expect(
      bundle.content.kind === 'messageSignature' && Buffer.from(bundle.content.digest.digest).toString('hex'),
    ).toBe(digest);
  }, 60_000);
});
