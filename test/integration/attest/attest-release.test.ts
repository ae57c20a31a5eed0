/**
 * The release step over a real attestation (attest() against a real log server) and the GitHub stand-in:
 * notes table, row cap, idempotent re-runs, immutable releases left untouched, and attach-to-release modes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttestInputs } from '../../../src/action/attest/inputs.js';
import { releaseStep } from '../../../src/action/attest/steps.js';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { readTrustedRoot } from '../../../src/adapters/files/trust.js';
import type { RunContext } from '../../../src/adapters/github/context.js';
import { GitHubApi } from '../../../src/adapters/github/http.js';
import { extractMarkedSection, PROVENANCE_START } from '../../../src/adapters/github/release-notes.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { type AttestResult, attest } from '../../../src/flows/attest.js';
import {
  attachToRelease,
  defaultBundleName,
  MAX_NOTES_ROWS,
  parseRepository,
} from '../../../src/flows/attest-release.js';
import { recordingReporter, silentReporter } from '../../../src/flows/reporter.js';
import { type GitHubStandin, startGitHubStandin } from '../../helpers/github-standin.js';

let dir: string;
let log: LogServer;
let gh: GitHubStandin;
let api: GitHubApi;
let result: AttestResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provlog-attest-release-'));
  log = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
  gh = await startGitHubStandin();
  api = new GitHubApi({ baseUrl: gh.url, token: gh.token, retries: 0 });
  const subjects = Array.from({ length: MAX_NOTES_ROWS + 10 }, (_, i) => ({
    name: `pkg-${i}|x.tgz`,
    digest: { sha256: i.toString(16).padStart(64, '0') },
  }));
  result = await attest({
    subjects,
    predicate: { kind: 'custom', type: 'https://example.com/manifest/v1', value: { files: subjects.length } },
    signer: signerFromPem(generatePrivateKeyPem('ed25519')),
    log: {
      client: new RekorClient({ baseUrl: log.url }),
      url: log.url,
      trustedRoot: await readTrustedRoot(log.trustedRootPath),
    },
    now: () => Date.now(),
    reporter: silentReporter,
  });
});

afterAll(async () => {
  await log?.close();
  await gh?.close();
  rmSync(dir, { recursive: true, force: true });
});

const attach = (tag: string) =>
  attachToRelease({ api, repository: 'o/r', tag, assetName: 'r-v1.sigstore.json', result, reporter: silentReporter });

describe('attachToRelease', () => {
  it('uploads to a draft, writes one capped table, and converges on re-runs', async () => {
    const seeded = gh.seedRelease('o', 'r', { tag: 'v1', draft: true, body: 'Notes.\r\n' });
    const first = await attach('v1');
    expect(first.release.draft).toBe(true);
    expect(first.assetUrl).toBe(`${gh.url}/download/${first.asset.id}`);
    await attach('v1');
    const release = gh.releases('o', 'r').find((r) => r.id === seeded.id);
    expect(release?.assets.map((a) => a.name)).toEqual(['r-v1.sigstore.json']);
    expect(release?.assets[0]?.data.toString('utf8')).toBe(result.bundleJson);
    expect(release?.body?.split(PROVENANCE_START).length).toBe(2);
    expect(release?.body).toMatch(/^Notes\.\n\n<!--/);
    const section = extractMarkedSection(release?.body ?? '') ?? '';
    const rows = section.split('\n').filter((l) => l.startsWith('| `pkg-'));
    expect(rows).toHaveLength(MAX_NOTES_ROWS);
    expect(rows[0]).toContain('`pkg-0\\|x.tgz`');
    expect(section).toContain('… and 10 more');
    expect(section).toContain(`](${result.entry.entryUrl})`);
    expect(section).toContain(
      `| ${result.entry.inclusionProof.treeSize} | \`${result.entry.inclusionProof.rootHash}\` |`,
    );
  });

  it('refuses a published immutable release before writing anything', async () => {
    gh.seedRelease('o', 'r', { tag: 'v2', immutable: true, body: 'Final.' });
    const before = gh.requests.length;
    await expect(attach('v2')).rejects.toMatchObject({ code: 'RELEASE_IMMUTABLE' });
    expect(gh.requests.slice(before).every((q) => q.method === 'GET')).toBe(true);
  });

  it('names the default bundle after the repository and tag', () => {
    expect(defaultBundleName('octo-org/octo-repo', 'v1.2.3')).toBe('octo-repo-v1.2.3.sigstore.json');
    expect(defaultBundleName('o/r', 'release/v1+b')).toBe('r-release-v1-b.sigstore.json');
    expect(parseRepository('o/r')).toEqual({ owner: 'o', repo: 'r' });
    expect(() => parseRepository('o/r/x')).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('releaseStep (attach-to-release modes)', () => {
  const run: RunContext = {
    build: {
      serverUrl: 'https://github.com',
      repository: 'o/r',
      repositoryId: '1',
      repositoryOwnerId: '2',
      ref: 'refs/tags/v1',
      sha: 'c'.repeat(40),
      workflowRef: 'o/r/.github/workflows/release.yml@refs/tags/v1',
      eventName: 'push',
      runId: '1',
      runAttempt: '1',
      runnerEnvironment: 'github-hosted',
      source: 'env',
    },
    apiUrl: 'http://unused.invalid',
  };
  const step = (attachMode: AttestInputs['attach'], tag: string | undefined) => {
    const io = recordingReporter();
    const inputs: AttestInputs = {
      workspace: dir,
      runnerTemp: dir,
      subjects: { paths: '*' },
      requireSigning: false,
      logUrl: log.url,
      predicate: { kind: 'slsa' },
      attach: attachMode,
      githubToken: gh.token,
      showSummary: false,
      includeWorkflowInputs: true,
    };
    return releaseStep({ inputs, run, tag, assetName: 'r.sigstore.json', result, api, io }).then((r) => ({ ...r, io }));
  };

  it('auto: no tag skips; a tag without a release warns and skips', async () => {
    expect((await step('auto', undefined)).release.kind).toBe('skipped');
    const missing = await step('auto', 'v9');
    expect(missing.failure).toBeUndefined();
    expect(missing.io.events.map((e) => e.level)).toContain('warning');
  });

  it('true: a missing tag or release fails; false never attaches', async () => {
    expect((await step('always', undefined)).failure).toMatchObject({ code: 'USAGE' });
    expect((await step('always', 'v9')).failure).toMatchObject({ code: 'RELEASE_NOT_FOUND' });
    const before = gh.requests.length;
    expect((await step('never', 'v1')).release).toEqual({ kind: 'skipped', reason: 'attach-to-release is false' });
    expect(gh.requests.length).toBe(before);
  });
});
