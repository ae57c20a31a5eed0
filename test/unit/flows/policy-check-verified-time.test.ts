/**
 * Issue 11, item 3, through the PR policy check: `max-age` counts from the earliest PROVEN time there too. A
 * bundle beside the file whose genuine entry is 40 days old gets a copy of that entry prepended, without its
 * SET and with a fresh integrated time; the policy allows 30 days, so the subject must fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { createMemoryStorage } from '../../../src/adapters/storage/memory.js';
import { serializeBundle } from '../../../src/core/bundle/codec.js';
import { utf8 } from '../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../src/core/dsse/envelope.js';
import { buildSlsaPredicate, SLSA_PREDICATE_TYPE } from '../../../src/core/intoto/slsa.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import type { Signer } from '../../../src/core/keys/signer.js';
import { admitProposedEntry } from '../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../src/core/rekor/dsse.js';
import { sha256Hex } from '../../../src/core/rekor/verifier.js';
import { runPolicyCheck } from '../../../src/flows/policy-check.js';
import { bundleFromLogEntry, type LogSearch } from '../../../src/flows/policy-log-evidence.js';
import { TransparencyLog } from '../../../src/log/log.js';

const NOW = 1_760_000_000;
const LOGGED_AT = NOW - 40 * 86_400;
const LOG_URL = 'http://127.0.0.1:7';

let ws: string;
let log: TransparencyLog;
let org: Signer;

function put(rel: string, text: string): string {
  const path = join(ws, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return sha256Hex(utf8(text));
}

async function loggedBundle(digest: string): Promise<Record<string, unknown>> {
  const statement = buildStatement(
    [{ name: 'app.bin', digest: { sha256: digest } }],
    SLSA_PREDICATE_TYPE,
    buildSlsaPredicate({
      serverUrl: 'https://github.com',
      repository: 'acme/lib',
      repositoryId: '1',
      repositoryOwnerId: '2',
      ref: 'refs/tags/v1',
      sha: 'b'.repeat(40),
      workflowRef: 'acme/lib/.github/workflows/release.yml@refs/tags/v1',
      eventName: 'push',
      runId: '3',
      runAttempt: '1',
      runnerEnvironment: 'github-hosted',
      source: 'oidc',
    }),
  );
  const envelope = formatEnvelope(signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), org));
  const view = await log.add(admitProposedEntry(proposeDsseEntry(envelope, formatPublicKeyPem(org.publicKey))));
  return JSON.parse(serializeBundle(bundleFromLogEntry(view.uuid, view.entry))) as Record<string, unknown>;
}

/** The genuine entry, plus a copy in front of it without its SET and with a fresh integrated time. */
function withForgedFreshEntry(bundle: Record<string, unknown>): string {
  const material = bundle.verificationMaterial as { tlogEntries: Record<string, unknown>[] };
  const [genuine] = material.tlogEntries;
  if (genuine === undefined) throw new Error('no tlog entry');
  const { inclusionPromise: _dropped, ...copy } = genuine;
  const forged = { ...copy, integratedTime: String(NOW - 60) };
  return JSON.stringify({ ...bundle, verificationMaterial: { ...material, tlogEntries: [forged, genuine] } });
}

const noLog: LogSearch = { baseUrl: LOG_URL, searchIndex: async () => [], getEntryByUuid: async () => undefined };

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'provlog-policy-time-'));
  org = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
  log = TransparencyLog.open({
    storage: createMemoryStorage(),
    signer: signerFromPem(generatePrivateKeyPem('ecdsa-p256')),
    name: '127.0.0.1:7',
    clock: () => LOGGED_AT * 1000,
    newTreeId: () => '42',
  });
  put('.github/org.pub', formatPublicKeyPem(org.publicKey));
  put('.github/log.pub', formatPublicKeyPem(log.publicKey));
  put(
    '.github/provlog-policy.yml',
    `version: 1\nlogs:\n  - url: ${LOG_URL}\n    public-key: log.pub\nsigners:\n  - key: org.pub\nrequire:\n  max-age: 30d\n`,
  );
});

afterAll(async () => {
  await log.close();
  rmSync(ws, { recursive: true, force: true });
});

describe('policy check: max-age from verified times only', () => {
  const base = { policyPath: '.github/provlog-policy.yml', digestsIn: '', bundlePath: '', now: NOW };

  it('ATTACK: a SET-less copy of the entry with a fresh time does not make a 40-day-old attestation pass 30d', async () => {
    const digest = put('art/app.bin', 'app');
    put('art/app.bin.sigstore.json', withForgedFreshEntry(await loggedBundle(digest)));
    const report = await runPolicyCheck(
      { ...base, workspace: ws, subjectPath: 'art/app.bin' },
      { openLog: () => noLog },
    );
    expect(report.verified).toBe(false);
    const [decision] = report.decisions;
    const evidence = decision?.evidence.find((e) => e.source === 'beside');
    expect(evidence?.error?.code).toBe('POLICY_VIOLATION');
    expect(evidence?.checks.find((c) => !c.ok)?.name).toBe('policy:max-age');
  });
});
