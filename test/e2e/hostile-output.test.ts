/**
 * Issue 11 items 8 and 10 end to end: the BUILT actions (dist/attest, dist/verify) run as the runner runs them,
 * with files whose names are hostile (a line break followed by `::add-mask::`, pipes, backticks, markdown links,
 * the release-notes end marker...). The runner reads workflow commands from the step's stdout line by line
 * (lines end at CR or LF); the only command lines allowed are the ones the action means to print. Job summary
 * and release-notes tables keep their columns and show each name verbatim. And the workflow_dispatch inputs
 * go into the provenance unless include-workflow-inputs is false.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../src/adapters/crypto/node-signer.js';
import { showControls } from '../../src/adapters/github/markdown.js';
import { extractMarkedSection } from '../../src/adapters/github/release-notes.js';
import { type LogServer, startLogServer } from '../../src/adapters/http/log-server.js';
import { parseBundle } from '../../src/core/bundle/codec.js';
import { parseStatement } from '../../src/core/intoto/statement.js';
import { decode } from '../../src/core/json/decode.js';
import { formatPublicKeyPem } from '../../src/core/keys/keys.js';
import { codeSpanText, tableRows } from '../helpers/gfm.js';
import { type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';
import { HOSTILE } from '../helpers/hostile-names.js';
import { runAction as runAttest } from './attest-runner.js';
import { runAction as runVerify, writeFile } from './policy-fixtures.js';

const VERIFY_JS = fileURLToPath(new URL('../../dist/verify/index.js', import.meta.url));
const KEY = generatePrivateKeyPem('ecdsa-p256');
/** What the action masks: each line of the key (io.secret). */
const KEY_LINES = KEY.split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');

let dir: string;
let workspace: string;
let log: LogServer;
let gh: GitHubStandin;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provlog-hostile-e2e-'));
  workspace = join(dir, 'ws');
  for (const [i, name] of HOSTILE.entries()) writeFile(join(workspace, 'hostile', name), `hostile file ${i}`);
  log = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
  gh = await startGitHubStandin();
}, 60_000);

afterAll(async () => {
  await log?.close();
  await gh?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** Every line the runner would act on: `::command` after leading white space, or `##[` anywhere (legacy form). */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((l) => /^[\p{White_Space}\uFEFF]*::/u.test(l) || l.includes('##['));
}

/** `::name props::data` -> its parts, with the runner's decoding of properties and data. */
function parseCommand(line: string): { name: string; props: Map<string, string>; data: string } {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
  if (m === null) throw new Error(`not a command the action meant: ${JSON.stringify(line)}`);
  const props = new Map(
    (m[2] ?? '')
      .split(',')
      .filter((p) => p !== '')
      .map((p) => [p.slice(0, p.indexOf('=')), decodeURIComponent(p.slice(p.indexOf('=') + 1))] as [string, string]),
  );
  return { name: m[1] ?? '', props, data: decodeURIComponent(m[3] ?? '') };
}

/** Subject names are workspace-relative paths (`https://` in a name is two folders: `https:/`). */
const subjectNames = HOSTILE.map((n) => posix.normalize(`hostile/${n}`)).sort();

describe('hostile file names through the attest action', () => {
  it('prints no command it did not mean, and keeps every summary and release-notes row intact', async () => {
    gh.seedRelease('octo-org', 'octo-repo', { tag: 'v9.9.9', draft: true, body: 'Notes.' });
    const tag = 'v9.9.9';
    const run = () =>
      runAttest({
        dir,
        workspace,
        inputs: {
          'signing-key': KEY,
          'github-token': gh.token,
          'subject-path': 'hostile/**',
          'log-url': log.url,
          'trusted-root': log.trustedRootPath,
        },
        env: {
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_REPOSITORY_ID: '2002',
          GITHUB_REPOSITORY_OWNER_ID: '1001',
          GITHUB_REF: `refs/tags/${tag}`,
          GITHUB_SHA: 'c'.repeat(40),
          GITHUB_WORKFLOW_REF: `octo-org/octo-repo/.github/workflows/release.yml@refs/tags/${tag}`,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_RUN_ID: '555',
          RUNNER_ENVIRONMENT: 'github-hosted',
        },
        payload: { ref: `refs/tags/${tag}`, repository: { id: 2002, visibility: 'public', owner: { id: 1001 } } },
      });
    const first = await run();
    expect(first.code, first.stdout).toBe(0);
    expect(commandLines(first.stderr)).toEqual([]);
    expect(JSON.parse(first.outputs.subjects ?? '').map((s: { name: string }) => s.name)).toEqual(subjectNames);
    for (const line of commandLines(first.stdout)) {
      const command = parseCommand(line);
      if (command.name === 'add-mask') expect([...KEY_LINES, gh.token]).toContain(command.data);
      else expect(`${command.name}: ${command.data}`).toMatch(/^notice: No OIDC token offered/);
    }

    const summaryRows = tableRows(first.summary, 'Subject');
    expect(summaryRows.map((r) => r.length)).toEqual(subjectNames.map(() => 2));
    expect(summaryRows.map((r) => codeSpanText(r[0] ?? ''))).toEqual(subjectNames.map(showControls));

    await run(); // a re-run replaces the notes section: a name that is the end marker must not cut it short
    const release = gh.releases('octo-org', 'octo-repo').find((r) => r.tag_name === tag);
    const body = release?.body ?? '';
    expect(body.startsWith('Notes.\n\n')).toBe(true);
    expect(body.split('## Provenance')).toHaveLength(2);
    const notesRows = tableRows(extractMarkedSection(body) ?? '', 'Artifact');
    expect(notesRows.map((r) => r.length)).toEqual(subjectNames.map(() => 6));
    expect(notesRows.map((r) => codeSpanText(r[0] ?? ''))).toEqual(subjectNames.map(showControls));
  }, 120_000);
});

describe('hostile file names through the policy check action', () => {
  it('annotates each file under its real name and prints no command it did not mean', async () => {
    const signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
    const policyDir = join(dir, 'policy');
    writeFile(join(policyDir, 'trusted_root.json'), readFileSync(log.trustedRootPath));
    writeFile(join(policyDir, 'org.pub'), formatPublicKeyPem(signer.publicKey));
    writeFile(
      join(policyDir, 'policy.yml'),
      'version: 1\nlogs:\n  - trusted-root: trusted_root.json\nsigners:\n  - key: org.pub\n',
    );
    mkdirSync(join(dir, 'runner-temp'), { recursive: true });
    const run = await runVerify(
      VERIFY_JS,
      dir,
      { policy: join(policyDir, 'policy.yml'), 'subject-path': 'hostile/**', 'only-changed': 'false' },
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: join(dir, 'runner-temp'),
      },
      gh.token,
    );
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(commandLines(run.stderr)).toEqual([]);
    const annotated: string[] = [];
    for (const line of commandLines(run.stdout)) {
      const command = parseCommand(line);
      if (command.name === 'add-mask') {
        expect(command.data).toBe(gh.token);
        continue;
      }
      expect(command.name).toBe('error');
      const file = command.props.get('file');
      if (file !== undefined) annotated.push(file);
      else expect(command.data).toMatch(/^14 subject\(s\) violate the provenance policy/);
    }
    expect(annotated.sort()).toEqual(subjectNames);
    const rows = tableRows(run.summary, 'Subject');
    expect(rows.map((r) => r.length)).toEqual(subjectNames.map(() => 5));
    expect(rows.map((r) => codeSpanText(r[0] ?? '')).sort()).toEqual(subjectNames.map(showControls).sort());
  }, 120_000);
});

describe('include-workflow-inputs', () => {
  const dispatch = (include: string) =>
    runAttest({
      dir,
      workspace,
      inputs: {
        'signing-key': KEY,
        'github-token': gh.token,
        'subject-path': 'hostile/**',
        'log-url': log.url,
        'trusted-root': log.trustedRootPath,
        'attach-to-release': 'false',
        'include-workflow-inputs': include,
      },
      env: {
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_REPOSITORY_ID: '2002',
        GITHUB_REPOSITORY_OWNER_ID: '1001',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_RUN_ID: '556',
        RUNNER_ENVIRONMENT: 'github-hosted',
      },
      payload: {
        inputs: { channel: 'beta', 'ticket-token': 'not-for-the-log' },
        repository: { visibility: 'private' },
      },
    });

  function externalParameters(bundlePath: string) {
    const bundle = parseBundle(readFileSync(bundlePath, 'utf8'));
    if (bundle.content.kind !== 'dsseEnvelope') throw new Error('expected a DSSE bundle');
    const predicate = decode(parseStatement(bundle.content.envelope.payload).predicate, 'INVALID_FIELD', 'predicate');
    return predicate.get('buildDefinition').get('externalParameters');
  }

  it('records the inputs by default and leaves them out when false', async () => {
    const kept = await dispatch('true');
    expect(kept.code, kept.stdout).toBe(0);
    expect(
      externalParameters(kept.outputs['bundle-path'] ?? '')
        .get('inputs')
        .record(),
    ).toEqual({
      channel: 'beta',
      'ticket-token': 'not-for-the-log',
    });
    const left = await dispatch('false');
    expect(left.code, left.stdout).toBe(0);
    const params = externalParameters(left.outputs['bundle-path'] ?? '');
    expect(params.optional('inputs')).toBeUndefined();
    expect(readFileSync(left.outputs['bundle-path'] ?? '', 'utf8')).not.toContain('not-for-the-log');
    expect(left.summary).toContain('left out of the provenance (include-workflow-inputs: false)');
    expect(left.summary).not.toContain('not-for-the-log');
  }, 120_000);
});
