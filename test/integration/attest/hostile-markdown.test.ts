/**
 * Issue 11 item 8: hostile names through a real attestation (attest() against a real log server) into the job
 * summary and the release notes. Every table row keeps its columns, every name shows verbatim in its own code
 * cell, and a name that is the release-notes end marker cannot cut the section short on the next run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAttestSummary } from '../../../src/action/attest/summary.js';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { readTrustedRoot } from '../../../src/adapters/files/trust.js';
import { GitHubApi } from '../../../src/adapters/github/http.js';
import { showControls } from '../../../src/adapters/github/markdown.js';
import { extractMarkedSection, PROVENANCE_END } from '../../../src/adapters/github/release-notes.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import type { BuildContext } from '../../../src/core/intoto/slsa.js';
import { type AttestResult, attest } from '../../../src/flows/attest.js';
import { attachToRelease, formatProvenanceSection } from '../../../src/flows/attest-release.js';
import { silentReporter } from '../../../src/flows/reporter.js';
import { codeSpanText, tableRows } from '../../helpers/gfm.js';
import { type GitHubStandin, startGitHubStandin } from '../../helpers/github-standin.js';
import { HOSTILE } from '../../helpers/hostile-names.js';

let dir: string;
let log: LogServer;
let gh: GitHubStandin;
let result: AttestResult;

const context: BuildContext = {
  serverUrl: 'https://github.com',
  repository: 'o/r',
  repositoryId: '1',
  repositoryOwnerId: '2',
  ref: 'refs/heads/x|y`z',
  sha: 'c'.repeat(40),
  workflowRef: 'o/r/.github/workflows/release.yml@refs/heads/x|y`z',
  eventName: 'workflow_dispatch',
  runId: '1',
  runAttempt: '1',
  runnerEnvironment: 'github-hosted',
  workflowInputs: { 'note|`x`': 'a\n| forged | row |' },
  source: 'env',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provlog-hostile-md-'));
  log = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
  gh = await startGitHubStandin();
  result = await attest({
    subjects: HOSTILE.map((name, i) => ({ name, digest: { sha256: i.toString(16).padStart(64, '0') } })),
    predicate: { kind: 'slsa', context },
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

describe('hostile names in markdown', () => {
  it('release notes: one row per artifact, six columns, each name verbatim', () => {
    const rows = tableRows(formatProvenanceSection(result, 'r-v1`|.sigstore.json'), 'Artifact');
    expect(rows.map((r) => r.length)).toEqual(HOSTILE.map(() => 6));
    expect(rows.map((r) => codeSpanText(r[0] ?? ''))).toEqual(HOSTILE.map(showControls));
    for (const row of rows) expect(row[3]).toBe(`[\`${result.entry.uuid}\`](${result.entry.entryUrl})`);
  });

  it('job summary: subjects and build context keep their columns and show verbatim', () => {
    const md = formatAttestSummary({
      result,
      context,
      bundlePath: '/tmp/b.json',
      release: { kind: 'skipped', reason: 'no release for tag [x](http://evil)|`' },
    });
    const subjects = tableRows(md, 'Subject');
    expect(subjects.map((r) => r.length)).toEqual(HOSTILE.map(() => 2));
    expect(subjects.map((r) => codeSpanText(r[0] ?? ''))).toEqual(HOSTILE.map(showControls));
    const facts = new Map(
      tableRows(md.slice(md.indexOf('### Build context')), '').map((r) => [r[0], codeSpanText(r[1] ?? '')]),
    );
    expect(facts.get('Ref')).toBe('refs/heads/x|y`z');
    expect(facts.get('Workflow inputs')).toBe(showControls(JSON.stringify(context.workflowInputs)));
    expect(md).toContain('Not attached to a release: no release for tag \\[x\\](http://evil)\\|\\`.');
  });

  it('a name that is the end marker cannot cut the release-notes section short', async () => {
    gh.seedRelease('o', 'r', { tag: 'v1', draft: true, body: 'Notes.' });
    const api = new GitHubApi({ baseUrl: gh.url, token: gh.token, retries: 0 });
    const attach = () =>
      attachToRelease({ api, repository: 'o/r', tag: 'v1', assetName: 'r.json', result, reporter: silentReporter });
    await attach();
    const second = await attach();
    const body = second.release.body ?? '';
    expect(body.startsWith('Notes.\n\n')).toBe(true);
    expect(extractMarkedSection(body)).toBe(formatProvenanceSection(result, 'r.json'));
    expect(body.endsWith(`${PROVENANCE_END}\n`)).toBe(true);
    expect(body.split('## Provenance')).toHaveLength(2);
  });
});
