/**
 * Issue 6 end to end: the built dist/verify/index.js, run as the runner runs it on a pull_request event, against
 * a real provlog log server (and a tampering proxy in front of it) and the GitHub REST stand-in.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LogServer, startLogServer } from '../../src/adapters/http/log-server.js';
import { decodeJson } from '../../src/core/json/decode.js';
import { formatPublicKeyPem } from '../../src/core/keys/keys.js';
import { DEFAULT_BASE_SHA, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';
import {
  actionDefaults,
  attestToLog,
  newClient,
  newSigner,
  oldBundle,
  type RunResult,
  readVerifyActionYml,
  releaseContext,
  runAction,
  sha256Hex,
  startTamperingProxy,
  VERIFY_ACTION_YML,
  writeFile,
} from './policy-fixtures.js';

/** A fork's pull request gets a read-only token; that is all the check needs. */
const TOKEN = 'ghs_fork_read_only';
const DIST = fileURLToPath(new URL('../../dist/verify/index.js', import.meta.url));

let dir: string;
let ws: string;
let server: LogServer;
let gh: GitHubStandin;
let proxy: { url: string; close(): Promise<void> };
let eventPath: string;
const digests: Record<string, string> = {};
/** An exception date within the default exception-max-lifetime (366 days) of today. */
const IN_A_YEAR = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);

function vendor(name: string, content = `${name} contents ${Math.random()}`): string {
  writeFile(join(ws, 'vendor', name), content);
  digests[name] = sha256Hex(content);
  return digests[name];
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run node scripts/build.mjs first`);
  dir = mkdtempSync(join(tmpdir(), 'provlog-policy-e2e-'));
  ws = join(dir, 'ws');
  server = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
  gh = await startGitHubStandin({ maxPerPage: 3 });
  gh.addToken('ghs_fork_read_only', 'read');
  const client = newClient(server.url);
  const org = newSigner();
  const rogue = newSigner();

  const tampered = new Set<string>();
  await attestToLog(client, org, 'good.bin', vendor('good.bin'), releaseContext());
  await attestToLog(client, rogue, 'untrusted.bin', vendor('untrusted.bin'), releaseContext());
  const branch = releaseContext({ ref: 'refs/heads/main' });
  await attestToLog(client, org, 'branch.bin', vendor('branch.bin'), branch);
  const ci = releaseContext({ workflowRef: 'acme/lib/.github/workflows/ci.yml@refs/tags/v1.2.3' });
  await attestToLog(client, org, 'workflow.bin', vendor('workflow.bin'), ci);
  const selfHosted = releaseContext({ runnerEnvironment: 'self-hosted' });
  await attestToLog(client, org, 'selfhosted.bin', vendor('selfhosted.bin'), selfHosted);
  const tamperedUuid = await attestToLog(client, org, 'tampered.bin', vendor('tampered.bin'), releaseContext());
  tampered.add(tamperedUuid.slice(-64));
  vendor('missing.bin');
  vendor('excepted.bin');
  vendor('expired-exception.bin');
  vendor('untouched.bin');
  const old = await oldBundle(org, 'old.bin', vendor('old.bin'), 400 * 86_400);
  writeFile(join(ws, 'vendor', 'old.bin.sigstore.json'), old.bundle);
  const libDigest = sha256Hex('lib-1.0.tgz');
  await attestToLog(client, org, 'lib-1.0.tgz', libDigest, releaseContext());
  digests.lib = libDigest;
  digests.unknownRef = sha256Hex('nobody attested this');
  writeFile(
    join(ws, 'deps.lock'),
    `# pinned\nlib-1.0.tgz sha256:${libDigest}\n\nmystery.tgz sha256:${digests.unknownRef}\n`,
  );

  writeFile(join(ws, '.github', 'provlog', 'trusted_root.json'), readFileSync(server.trustedRootPath));
  writeFile(join(ws, '.github', 'provlog', 'org.pub'), formatPublicKeyPem(org.publicKey));
  writeFile(join(ws, '.github', 'provlog', 'old-log.pub'), old.logKeyPem);
  writeFile(
    join(ws, '.github', 'provlog-policy.yml'),
    [
      'version: 1',
      'logs:',
      '  - trusted-root: provlog/trusted_root.json',
      `  - url: ${old.baseUrl}`,
      '    public-key: provlog/old-log.pub',
      'signers:',
      '  - key: provlog/org.pub',
      'require:',
      '  predicate-type: https://slsa.dev/provenance/v1',
      '  repositories: ["acme/*"]',
      '  refs: ["refs/tags/v*"]',
      '  workflows: [.github/workflows/release.yml]',
      '  runner-environment: github-hosted',
      '  max-age: 30d',
      'exceptions:',
      `  - digest: sha256:${digests['excepted.bin']}`,
      '    reason: "vendor binary, tracked in SEC-12"',
      `    expires: ${IN_A_YEAR}`,
      `  - digest: sha256:${digests['expired-exception.bin']}`,
      '    reason: "old blob, SEC-7"',
      '    expires: 2020-01-31',
      '',
    ].join('\n'),
  );
  // The policy is read from the base commit (issue 11): the same files there as in the checkout.
  const policyFiles = [
    '.github/provlog-policy.yml',
    '.github/provlog/trusted_root.json',
    '.github/provlog/org.pub',
    '.github/provlog/old-log.pub',
  ];
  gh.seedContents(
    'acme',
    'app',
    DEFAULT_BASE_SHA,
    Object.fromEntries(policyFiles.map((f) => [f, readFileSync(join(ws, f), 'utf8')])),
  );
  const changed = [
    'good.bin',
    'untrusted.bin',
    'branch.bin',
    'workflow.bin',
    'selfhosted.bin',
    'tampered.bin',
    'missing.bin',
    'excepted.bin',
    'expired-exception.bin',
    'old.bin',
    'old.bin.sigstore.json',
  ].map((f) => ({ filename: `vendor/${f}`, status: f === 'good.bin' ? 'added' : 'modified' }));
  gh.seedPullFiles('acme', 'app', 7, [
    ...changed,
    { filename: 'deps.lock', status: 'modified' },
    { filename: 'vendor/gone.bin', status: 'removed' },
  ]);
  eventPath = join(dir, 'event.json');
  writeFile(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
  proxy = await startTamperingProxy(server.url, tampered);
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await gh?.close();
  await server?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

function runnerEnv(): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTION: 'policy',
    RUNNER_TEMP: join(dir, 'runner-temp'),
  };
}

interface Annotation {
  level: string;
  file: string;
  line?: number;
  message: string;
}

/** `::error file=…,line=…::message` lines (properties and data escaped as @actions/core escapes them). */
function annotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const m of stdout.matchAll(/^::(error|warning) ([^:]*)::(.*)$/gm)) {
    const props = new Map((m[2] ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
    const line = props.get('line');
    out.push({
      level: m[1] ?? '',
      file: props.get('file') ?? '',
      ...(line === undefined ? {} : { line: Number(line) }),
      message: decodeURIComponent((m[3] ?? '').replace(/%(?![0-9A-F]{2})/g, '%25')),
    });
  }
  return out;
}

function reportOf(run: RunResult) {
  const path = run.outputs['report-path'];
  if (path === undefined) throw new Error(`no report-path output:\n${run.stdout}\n${run.stderr}`);
  return decodeJson(readFileSync(path, 'utf8'), 'INVALID_FIELD', 'report');
}

function decisionFor(run: RunResult, subject: string) {
  const found = reportOf(run)
    .get('decisions')
    .array()
    .find((d) => d.get('subject').string() === subject);
  if (found === undefined) throw new Error(`no decision for ${subject}`);
  return { verdict: found.get('verdict').string(), reason: found.get('reason').string(), node: found };
}

function evidenceCodes(run: RunResult, subject: string): string[] {
  return decisionFor(run, subject)
    .node.get('evidence')
    .array()
    .flatMap((e) => {
      const code = e.optional('error')?.get('code').string();
      return code === undefined ? [] : [code];
    });
}

describe('policy check action (dist/verify/index.js) on a pull request', () => {
  let main: RunResult;

  beforeAll(async () => {
    main = await runAction(
      DIST,
      dir,
      {
        'subject-path': 'vendor/**',
        'digests-in': 'deps.lock',
        'log-url': proxy.url,
      },
      runnerEnv(),
      TOKEN,
    );
  }, 120_000);

  it('fails the step with one error annotation per violation, and writes outputs', () => {
    expect(main.code, main.stdout + main.stderr).toBe(1);
    expect(main.outputs.verified).toBe('false');
    expect(main.outputs.violations).toBe('9');
    expect(main.stdout).toMatch(/^::error::.*9 subject\(s\) violate the provenance policy/m);
    const files = annotations(main.stdout)
      .filter((a) => a.level === 'error' && a.file !== '')
      .map((a) => `${a.file}${a.line === undefined ? '' : `:${a.line}`}`)
      .sort();
    expect(files).toEqual(
      [
        '.github/provlog-policy.yml:19', // the expired exception is an error on its line (issue 11)
        'deps.lock:4',
        'vendor/branch.bin',
        'vendor/expired-exception.bin',
        'vendor/missing.bin',
        'vendor/old.bin',
        'vendor/selfhosted.bin',
        'vendor/tampered.bin',
        'vendor/untrusted.bin',
        'vendor/workflow.bin',
      ].sort(),
    );
  });

  it('passes provenance signed by the trusted key from a tagged release workflow, found in the log', () => {
    const good = decisionFor(main, 'vendor/good.bin');
    expect(good.verdict).toBe('pass');
    expect(good.reason).toMatch(
      /^verified by log entry \d+ \(acme\/lib@refs\/tags\/v1\.2\.3 by \.github\/workflows\/release\.yml\)$/,
    );
    expect(good.node.get('logEntryUrl').string()).toMatch(new RegExp(`^${proxy.url}/api/v1/log/entries/[0-9a-f]{80}$`));
  });

  it('fails each bad subject with its own reason', () => {
    // Entries by untrusted keys are skipped before any cap (issue 11), and the reason says so.
    expect(evidenceCodes(main, 'vendor/untrusted.bin')).toEqual([]);
    expect(decisionFor(main, 'vendor/untrusted.bin').reason).toMatch(
      /no entry for it from a signer the policy trusts \(log: 1 entries name this digest; 1 skipped, signed by keys/,
    );
    expect(decisionFor(main, 'vendor/branch.bin').reason).toMatch(/policy:ref: source ref is "refs\/heads\/main"/);
    expect(decisionFor(main, 'vendor/workflow.bin').reason).toMatch(/policy:workflow: .*ci\.yml/);
    expect(decisionFor(main, 'vendor/selfhosted.bin').reason).toMatch(/policy:runner-environment: .*"self-hosted"/);
    const old = decisionFor(main, 'vendor/old.bin');
    expect(old.reason).toMatch(
      /^bundle vendor\/old\.bin\.sigstore\.json \(beside the file\): policy:max-age: attestation is 400d old/,
    );
    expect(decisionFor(main, 'vendor/missing.bin').reason).toMatch(
      /^no provenance for sha256:[0-9a-f]{64}: .*has no entry/,
    );
    expect(evidenceCodes(main, 'vendor/tampered.bin')).toEqual(['TLOG_BODY_MISMATCH']);
    expect(decisionFor(main, 'vendor/tampered.bin').reason).toMatch(
      /attestation the log returned .* is not the one the entry records/,
    );
    const expired = decisionFor(main, 'vendor/expired-exception.bin');
    expect(expired.verdict).toBe('fail');
    expect(expired.reason).toMatch(
      /^the exception for this digest expired on 2020-01-31 \("old blob, SEC-7"\); no provenance/,
    );
  });

  it('annotations carry the reasons on the right file and line', () => {
    const all = annotations(main.stdout);
    const lockAnnotation = all.find((a) => a.file === 'deps.lock');
    expect(lockAnnotation).toMatchObject({ level: 'error', line: 4 });
    expect(lockAnnotation?.message).toContain(`sha256:${digests.unknownRef}`);
    expect(all.find((a) => a.file === 'vendor/branch.bin')?.message).toMatch(/refs\/heads\/main/);
  });

  it('lets a valid exception pass and scans digests-in references line by line', () => {
    const excepted = decisionFor(main, 'vendor/excepted.bin');
    expect(excepted.verdict).toBe('excepted');
    expect(excepted.reason).toBe(`exception: vendor binary, tracked in SEC-12 (until ${IN_A_YEAR})`);
    expect(decisionFor(main, 'deps.lock:2').verdict).toBe('pass');
    expect(decisionFor(main, 'deps.lock:4').verdict).toBe('fail');
  });

  it('only checks files the pull request adds or modifies (paginated API, read-only token)', () => {
    const subjects = reportOf(main)
      .get('decisions')
      .array()
      .map((d) => d.get('subject').string());
    expect(subjects).not.toContain('vendor/untouched.bin');
    expect(subjects).not.toContain('vendor/old.bin.sigstore.json');
    expect(subjects).toHaveLength(12);
    const pages = gh.requests.filter((r) => r.path === '/repos/acme/app/pulls/7/files');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((r) => r.headers.authorization === 'Bearer ghs_fork_read_only')).toBe(true);
  });

  it('writes a job summary: the verdict on top, one row per subject with a log link', () => {
    const lines = main.summary.trim().split('\n');
    expect(lines[0]).toMatch(
      /^### ❌ \*\*Provenance policy\*\*: 9 of 12 subjects violate `.github\/provlog-policy.yml`; 1 problem fails the check$/,
    );
    const rows = lines.filter((l) => l.startsWith('| `'));
    // 12 subjects and the one whole-check problem (the expired exception), each a row of its own table.
    expect(rows).toHaveLength(13);
    expect(rows.filter((r) => r.includes('POLICY_EXCEPTION_INVALID'))).toHaveLength(1);
    expect(rows.find((r) => r.includes('vendor/good.bin'))).toMatch(/✅ pass .*\[#\d+\]\(http/);
    expect(rows.find((r) => r.includes('vendor/excepted.bin'))).toContain('⚠️ excepted');
  });
});

describe('policy check action: other modes', () => {
  it('only-changed false + fail-on-violation false: checks every match, warns, does not fail the step', async () => {
    const run = await runAction(
      DIST,
      dir,
      { 'subject-path': 'vendor/**', 'only-changed': 'false', 'fail-on-violation': 'false' },
      runnerEnv(),
      TOKEN,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verified).toBe('false');
    expect(decisionFor(run, 'vendor/untouched.bin').verdict).toBe('fail');
    // Default log: the first log of the policy (the trusted root's URL), untampered: the entry passes.
    expect(decisionFor(run, 'vendor/tampered.bin').verdict).toBe('pass');
    const own = annotations(run.stdout);
    expect(own.some((a) => a.level === 'error')).toBe(false);
    expect(own.find((a) => a.file === 'vendor/untouched.bin')?.level).toBe('warning');
  }, 120_000);

  it('an unreachable log fails closed and says so', async () => {
    const port = await closedPort();
    const run = await runAction(
      DIST,
      dir,
      { 'subject-path': 'vendor/good.bin', 'log-url': `http://127.0.0.1:${port}` },
      runnerEnv(),
      TOKEN,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.violations).toBe('1');
    const good = decisionFor(run, 'vendor/good.bin');
    expect(good.verdict).toBe('fail');
    expect(good.reason).toMatch(/^log unreachable, failing closed: /);
    expect(evidenceCodes(run, 'vendor/good.bin')).toEqual(['LOG_UNREACHABLE']);
  }, 120_000);

  it('a pull request that changes the policy fails with POLICY_CHANGED (the policy comes from the base commit)', async () => {
    gh.seedPullFiles('acme', 'app', 8, [
      { filename: 'vendor/good.bin', status: 'modified' },
      { filename: '.github/provlog-policy.yml', status: 'modified' },
    ]);
    const event8 = join(dir, 'event-8.json');
    writeFile(event8, JSON.stringify({ number: 8, pull_request: { number: 8 } }));
    const run = await runAction(
      DIST,
      dir,
      { 'subject-path': 'vendor/**' },
      { ...runnerEnv(), GITHUB_EVENT_PATH: event8 },
      TOKEN,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::provlog policy check: pull request #8 changes the provenance policy.*\[POLICY_CHANGED\]$/m,
    );
    expect(gh.requests.some((r) => r.path === '/repos/acme/app/contents/.github/provlog-policy.yml')).toBe(true);
  }, 120_000);

  it('an unknown policy key is a clear error naming the line', async () => {
    writeFile(join(dir, 'bad-policy.yml'), 'version: 1\nsigners:\n  - key: x.pub\nrequire:\n  repositorys: [a/b]\n');
    const run = await runAction(
      DIST,
      dir,
      { policy: join(dir, 'bad-policy.yml'), 'subject-path': 'vendor/good.bin' },
      runnerEnv(),
      TOKEN,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::provlog policy check: .*bad-policy\.yml:5: .*repositorys/m);
    expect(run.outputs.verified).toBeUndefined();
  }, 120_000);
});

describe('verify/action.yml', () => {
  it('is a node24 action whose main resolves from its folder to the built bundle', () => {
    const runs = readVerifyActionYml().get('runs');
    expect(runs.get('using').string()).toBe('node24');
    expect(join(dirname(VERIFY_ACTION_YML), runs.get('main').string())).toBe(DIST);
  });

  it('declares the inputs and defaults of issue 6', () => {
    expect(actionDefaults('T')).toEqual({
      policy: '.github/provlog-policy.yml',
      'allow-policy-change': 'false',
      'subject-path': '',
      'digests-in': '',
      'only-changed': 'auto',
      'bundle-path': '',
      'log-url': '',
      'github-token': 'T',
      'fail-on-violation': 'true',
    });
    expect(readVerifyActionYml().get('outputs').keys()).toEqual(['verified', 'violations', 'report-path']);
  });
});

/** A port with nothing listening (bound, then released). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const address = srv.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}
