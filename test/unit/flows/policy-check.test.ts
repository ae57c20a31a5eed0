/**
 * The policy-check flow over a real in-memory transparency log (TransparencyLog + memory storage, real keys and
 * signatures) and a temp workspace: evidence order (bundle-path, beside, log), stored-attestation checks, and
 * failing closed when the log cannot be reached.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { createMemoryStorage } from '../../../src/adapters/storage/memory.js';
import { serializeBundle } from '../../../src/core/bundle/codec.js';
import { fromBase64, toBase64, toHex, utf8 } from '../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../src/core/dsse/envelope.js';
import { CodedError } from '../../../src/core/errors.js';
import { buildSlsaPredicate, SLSA_PREDICATE_TYPE } from '../../../src/core/intoto/slsa.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import type { Signer } from '../../../src/core/keys/signer.js';
import { leafHash } from '../../../src/core/merkle/hash.js';
import { admitProposedEntry } from '../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../src/core/rekor/dsse.js';
import type { LogEntryAnon } from '../../../src/core/rekor/entry.js';
import { proposeHashedRekordEntry } from '../../../src/core/rekor/hashedrekord.js';
import { keyIndexKey, parseVerifierPem, sha256Hex } from '../../../src/core/rekor/verifier.js';
import { runPolicyCheck } from '../../../src/flows/policy-check.js';
import { bundleFromLogEntry, fetchLogEvidence, type LogSearch } from '../../../src/flows/policy-log-evidence.js';
import { recordingReporter } from '../../../src/flows/reporter.js';
import { TransparencyLog } from '../../../src/log/log.js';
import type { LogEntryView } from '../../../src/log/view.js';

const NOW = 1_760_000_000;
const TRUSTED = () => ({ keys: [org.publicKey], identities: [] });
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

function envelopeFor(signer: Signer, digest: string, ref = 'refs/tags/v1'): string {
  const predicate = buildSlsaPredicate({
    serverUrl: 'https://github.com',
    repository: 'acme/lib',
    repositoryId: '1',
    repositoryOwnerId: '2',
    ref,
    sha: 'b'.repeat(40),
    workflowRef: `acme/lib/.github/workflows/release.yml@${ref}`,
    eventName: 'push',
    runId: '3',
    runAttempt: '1',
    runnerEnvironment: 'github-hosted',
    source: 'oidc',
  });
  const statement = buildStatement([{ name: 'x', digest: { sha256: digest } }], SLSA_PREDICATE_TYPE, predicate);
  return formatEnvelope(signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), signer));
}

async function logDsse(signer: Signer, digest: string, ref?: string): Promise<LogEntryView> {
  const proposed = proposeDsseEntry(envelopeFor(signer, digest, ref), formatPublicKeyPem(signer.publicKey));
  return log.add(admitProposedEntry(proposed));
}

/** The real log as the flow's LogSearch (what RekorClient does over HTTP), with an optional response edit. */
function logSearch(edit?: (v: LogEntryView) => LogEntryView): LogSearch {
  return {
    baseUrl: LOG_URL,
    searchIndex: async ({ hash, publicKey }) => {
      const byHash = log.search(hash);
      if (publicKey === undefined) return byHash;
      const byKey = new Set(log.search(keyIndexKey(parseVerifierPem(publicKey))));
      return byHash.filter((u) => byKey.has(u)); // operator: and
    },
    getEntryByUuid: async (uuid) => {
      const view = log.entryByUuid(uuid);
      return view === undefined ? undefined : (edit?.(view) ?? view);
    },
  };
}

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'provlog-policy-flow-'));
  org = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
  log = TransparencyLog.open({
    storage: createMemoryStorage(),
    signer: signerFromPem(generatePrivateKeyPem('ecdsa-p256')),
    name: '127.0.0.1:7',
    clock: () => (NOW - 3600) * 1000,
    newTreeId: () => '42',
  });
  put('.github/org.pub', formatPublicKeyPem(org.publicKey));
  put('.github/log.pub', formatPublicKeyPem(log.publicKey));
  put(
    '.github/provlog-policy.yml',
    `version: 1\nlogs:\n  - url: ${LOG_URL}\n    public-key: log.pub\nsigners:\n  - key: org.pub\nrequire:\n  refs: ["refs/tags/v*"]\n`,
  );
});

afterAll(async () => {
  await log.close();
  rmSync(ws, { recursive: true, force: true });
});

describe('bundleFromLogEntry', () => {
  it('rebuilds a verifiable bundle from a dsse entry and its stored attestation', async () => {
    const view = await logDsse(org, 'd'.repeat(64));
    const bundle = bundleFromLogEntry(view.uuid, view.entry);
    expect(bundle.content.kind).toBe('dsseEnvelope');
    expect(bundle.verificationMaterial.tlogEntries[0]?.logIndex).toBe(view.entry.logIndex);
  });

  it('rejects an attestation that does not hash to the entry (TLOG_BODY_MISMATCH)', async () => {
    const view = await logDsse(org, 'e'.repeat(64));
    const other = envelopeFor(org, 'e'.repeat(64), 'refs/tags/v9');
    const entry = { ...view.entry, attestation: { data: toBase64(utf8(other)) } };
    expect(() => bundleFromLogEntry(view.uuid, entry)).toThrow(expect.objectContaining({ code: 'TLOG_BODY_MISMATCH' }));
    const garbage = { ...view.entry, attestation: { data: toBase64(utf8('not json')) } };
    expect(() => bundleFromLogEntry(view.uuid, garbage)).toThrow(
      expect.objectContaining({ code: 'TLOG_BODY_MISMATCH' }),
    );
  });

  it('says so when the log returned no attestation (LOG_RESPONSE_INVALID)', async () => {
    const view = await logDsse(org, 'f'.repeat(64));
    const { attestation: _dropped, ...bare } = view.entry;
    expect(() => bundleFromLogEntry(view.uuid, bare)).toThrow(
      expect.objectContaining({ code: 'LOG_RESPONSE_INVALID' }),
    );
  });

  it('turns a hashedrekord entry into a message-signature bundle', async () => {
    const data = utf8('artifact');
    const view = await log.add(
      admitProposedEntry(
        proposeHashedRekordEntry({
          digest: new Uint8Array(Buffer.from(sha256Hex(data), 'hex')),
          signature: org.sign(data),
          publicKeyPem: formatPublicKeyPem(org.publicKey),
        }),
      ),
    );
    const bundle = bundleFromLogEntry(view.uuid, view.entry);
    expect(bundle.content.kind).toBe('messageSignature');
  });
});

describe('fetchLogEvidence', () => {
  it('returns the newest entries for a digest first, each rebuilt or with its error', async () => {
    const digest = '1'.repeat(64);
    const first = await logDsse(org, digest);
    const second = await logDsse(org, digest);
    const { entries: found } = await fetchLogEvidence(logSearch(), `sha256:${digest}`, TRUSTED());
    expect(found.map((e) => e.uuid)).toEqual([second.uuid, first.uuid]);
    expect(found[0]?.url).toBe(`${LOG_URL}/api/v1/log/entries/${second.uuid}`);
    expect(found.every((e) => e.bundleText !== undefined)).toBe(true);
  });
});

describe('fetchLogEvidence: a log without the digest-and-key search', () => {
  it('fetches every candidate and keeps only entries signed by a trusted key', async () => {
    const digest = '2'.repeat(64);
    const rogue = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
    const good = await logDsse(org, digest);
    for (let i = 0; i < 11; i++) await logDsse(rogue, digest);
    const plain = logSearch();
    const noKeySearch: LogSearch = {
      ...plain,
      searchIndex: async (q) => {
        if (q.publicKey !== undefined) throw new CodedError('LOG_REJECTED', 'publicKey search not supported');
        return plain.searchIndex(q);
      },
    };
    const found = await fetchLogEvidence(noKeySearch, `sha256:${digest}`, TRUSTED());
    expect(found.stats).toEqual({
      candidates: 12,
      trusted: 1,
      skippedUntrusted: 11,
      skippedOverLimit: 0,
      keySearch: false,
    });
    expect(found.entries.map((e) => e.uuid)).toEqual([good.uuid]);
  });
});

describe('runPolicyCheck', () => {
  const base = { workspace: '', policyPath: '.github/provlog-policy.yml', digestsIn: '', bundlePath: '', now: NOW };

  it('uses bundle-path bundles first, then bundles beside the file, then the log', async () => {
    const rogue = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
    const given = put('art/given.bin', 'given');
    const beside = put('art/beside.bin', 'beside');
    const logged = put('art/logged.bin', 'logged');
    const givenView = await logDsse(org, given);
    const besideBad = await logDsse(rogue, beside);
    const besideGood = await logDsse(org, beside);
    await logDsse(org, logged);
    const line = (v: LogEntryView) => serializeBundle(bundleFromLogEntry(v.uuid, v.entry));
    put('bundles/all.intoto.jsonl', `${line(besideBad)}\n${line(givenView)}\n`);
    put('art/beside.bin.intoto.jsonl', `${line(besideBad)}\n${line(besideGood)}\n`);

    const reporter = recordingReporter();
    const report = await runPolicyCheck(
      { ...base, workspace: ws, subjectPath: 'art/**', bundlePath: 'bundles/*.jsonl' },
      { openLog: () => logSearch(), reporter },
    );
    expect(report.verified).toBe(true);
    expect(report.logUrl).toBe(LOG_URL);
    const by = Object.fromEntries(report.decisions.map((d) => [d.subject, d]));
    expect(by['art/given.bin']?.passedBy).toBe('bundles/all.intoto.jsonl:2');
    expect(by['art/given.bin']?.evidence.map((e) => e.source)).toEqual(['bundle-path']);
    // In order: the given bundle naming it (untrusted key), the untrusted line beside it, the good line.
    expect(by['art/beside.bin']?.evidence.map((e) => [e.name, e.error?.code])).toEqual([
      ['bundles/all.intoto.jsonl:1', 'KEY_UNTRUSTED'],
      ['art/beside.bin.intoto.jsonl:1', 'KEY_UNTRUSTED'],
      ['art/beside.bin.intoto.jsonl:2', undefined],
    ]);
    expect(by['art/logged.bin']?.evidence.map((e) => e.source)).toEqual(['log']);
    expect(by['art/logged.bin']?.logEntryUrl).toMatch(/^http:\/\/127\.0\.0\.1:7\/api\/v1\/log\/entries\/[0-9a-f]{80}$/);
    expect(Object.keys(by)).not.toContain('art/beside.bin.intoto.jsonl');
    expect(reporter.events.some((e) => e.message.startsWith('PASS art/logged.bin'))).toBe(true);
  });

  it('fails closed when the log cannot be reached', async () => {
    put('down/a.bin', 'a');
    const unreachable: LogSearch = {
      baseUrl: LOG_URL,
      searchIndex: async () => {
        throw new CodedError(
          'LOG_UNREACHABLE',
          'POST http://127.0.0.1:7/api/v1/index/retrieve failed after 3 attempts',
        );
      },
      getEntryByUuid: async () => undefined,
    };
    const report = await runPolicyCheck(
      { ...base, workspace: ws, subjectPath: 'down/**' },
      { openLog: () => unreachable },
    );
    expect(report).toMatchObject({ verified: false, violations: 1 });
    expect(report.decisions[0]?.reason).toMatch(/^log unreachable, failing closed: POST/);
  });

  it('restricts to changed files and checks digests-in references by line', async () => {
    const digest = put('ref/blob', 'referenced');
    await logDsse(org, digest);
    put('ref/manifest.txt', `a\nblob sha256:${digest}\n`);
    put('ref/untouched.txt', `sha256:${'9'.repeat(64)}\n`);
    const report = await runPolicyCheck(
      { ...base, workspace: ws, subjectPath: '', digestsIn: 'ref/*.txt', changedFiles: new Set(['ref/manifest.txt']) },
      { openLog: () => logSearch() },
    );
    expect(report.decisions.map((d) => [d.subject, d.location, d.verdict])).toEqual([
      ['ref/manifest.txt:2', { file: 'ref/manifest.txt', line: 2 }, 'pass'],
    ]);
  });

  it('rejects a tampered stored attestation and names the policy violation of a branch build', async () => {
    const tampered = put('t/tampered.bin', 'tampered');
    const branch = put('t/branch.bin', 'branch');
    await logDsse(org, tampered);
    await logDsse(org, branch, 'refs/heads/main');
    const edit = (v: LogEntryView): LogEntryView =>
      v.entry.attestation === undefined
        ? v
        : { ...v, entry: { ...v.entry, attestation: { data: toBase64(utf8(envelopeFor(org, tampered))) } } };
    const report = await runPolicyCheck(
      { ...base, workspace: ws, subjectPath: 't/**' },
      { openLog: () => logSearch(edit) },
    );
    const by = Object.fromEntries(report.decisions.map((d) => [d.subject, d]));
    expect(by['t/tampered.bin']?.evidence[0]?.error?.code).toBe('TLOG_BODY_MISMATCH');
    expect(by['t/branch.bin']?.verdict).toBe('fail');
  });
});

describe('fetchLogEvidence: identity (certificate) signers', () => {
  // A real public-good dsse entry (sigstore-js test bundle; Fulcio certificate for brian@dehamer.com), served as
  // the log would serve it. Only the pre-filter is under test: the entry has no stored attestation.
  const vector = JSON.parse(
    readFileSync(new URL('../../vectors/bundles/sigstore-js/bundleV03-dsse.sigstore', import.meta.url), 'utf8'),
  ) as { verificationMaterial: { tlogEntries: { canonicalizedBody: string; logIndex: string }[] } };
  const tlog = vector.verificationMaterial.tlogEntries[0];
  const body = fromBase64(tlog?.canonicalizedBody ?? '');
  const uuid = toHex(leafHash(body));
  const entry: LogEntryAnon = {
    body: tlog?.canonicalizedBody ?? '',
    integratedTime: 1689177043,
    logID: 'c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d',
    logIndex: Number(tlog?.logIndex),
    verification: {},
  };
  const oneEntryLog: LogSearch = {
    baseUrl: LOG_URL,
    searchIndex: async ({ publicKey }) => (publicKey === undefined ? [uuid] : []),
    getEntryByUuid: async (id) => (id === uuid ? { uuid, entry } : undefined),
  };

  it('keeps an entry whose certificate SAN and issuer match a trusted identity', async () => {
    const found = await fetchLogEvidence(oneEntryLog, `sha256:${'0'.repeat(64)}`, {
      keys: [org.publicKey],
      identities: [{ san: 'brian@dehamer.com', issuer: /https:\/\/.+/ }],
    });
    expect(found.stats).toMatchObject({ candidates: 1, trusted: 1, skippedUntrusted: 0 });
    expect(found.entries.map((e) => e.uuid)).toEqual([uuid]);
  });

  it('skips it (counted, never verified) when no trusted identity matches', async () => {
    const found = await fetchLogEvidence(oneEntryLog, `sha256:${'0'.repeat(64)}`, {
      keys: [],
      identities: [{ san: 'release@acme.example', issuer: 'https://token.actions.githubusercontent.com' }],
    });
    expect(found.stats).toMatchObject({ candidates: 1, trusted: 0, skippedUntrusted: 1, keySearch: true });
    expect(found.entries).toEqual([]);
  });
});
