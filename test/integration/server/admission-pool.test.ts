/**
 * Admission on worker threads gives exactly what inline admission gives (entries, error codes and messages),
 * keeps the write queue bounded, and falls back to inline admission when no worker is there.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { admitEntryBody, admitV2EntryBody, planSearchBody } from '../../../src/adapters/http/admission.js';
import { AdmissionPool } from '../../../src/adapters/http/admission-pool.js';
import { toBase64, utf8 } from '../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../src/core/dsse/envelope.js';
import { CodedError } from '../../../src/core/errors.js';
import { canonicalJsonBytes } from '../../../src/core/json/canonical.js';
import { dsseBodyBytes, proposeDsseEntry } from '../../../src/core/rekor/dsse.js';
import { setPayload } from '../../../src/core/rekor/set.js';
import { parseVerifierPem } from '../../../src/core/rekor/verifier.js';
import { dsseProposal, hashedRekordProposal, newKey } from './fixtures.js';

const pools: AdmissionPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** A pool whose worker has loaded (workers start in the background; until then admission runs inline). */
async function readyPool(
  options: ConstructorParameters<typeof AdmissionPool>[0] = { threads: 1 },
): Promise<AdmissionPool> {
  const pool = new AdmissionPool(options);
  pools.push(pool);
  const deadline = Date.now() + 30_000;
  while (pool.readyThreads < (options?.threads ?? 1)) {
    if (Date.now() > deadline) throw new Error('admission worker did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  return pool;
}

function body(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value));
}

async function codedFailure(promise: Promise<unknown>): Promise<CodedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

function inlineFailure(bytes: Uint8Array): CodedError {
  try {
    admitEntryBody(bytes, {});
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected inline admission to fail');
}

describe('admission pool', () => {
  it('admits dsse and hashedrekord entries on a worker exactly as inline', async () => {
    const pool = await readyPool();
    const key = newKey();
    for (const proposed of [dsseProposal(key), hashedRekordProposal(key).proposed]) {
      const bytes = body(proposed);
      expect(await pool.admit(bytes, {})).toEqual(admitEntryBody(bytes, {}));
    }
    const small = body(dsseProposal(key));
    const withCap = await pool.admit(small, { maxAttestationBytes: 10 });
    expect(withCap.attestation).toBeUndefined();
    expect(withCap).toEqual(admitEntryBody(small, { maxAttestationBytes: 10 }));
  });

  it('rejects with the same code, message and details as inline admission', async () => {
    const pool = await readyPool();
    const key = newKey();
    const other = newKey();
    const forged = dsseProposal(key) as { spec: { proposedContent: { verifiers: string[] } } };
    forged.spec.proposedContent.verifiers = [Buffer.from(other.pem).toString('base64')];
    const cases = [
      { bytes: body(forged), code: 'ENTRY_SIGNATURE_INVALID' },
      { bytes: utf8('{"kind": '), code: 'INVALID_JSON' },
      { bytes: new Uint8Array(0), code: 'INVALID_JSON' },
      { bytes: body({ apiVersion: '0.0.1', kind: 'rpm', spec: {} }), code: 'ENTRY_KIND_UNSUPPORTED' },
      { bytes: body({ apiVersion: '0.0.1', kind: 'dsse', spec: { proposedContent: {} } }), code: 'ENTRY_MALFORMED' },
    ];
    for (const { bytes, code } of cases) {
      const viaWorker = await codedFailure(pool.admit(bytes, {}));
      const inline = inlineFailure(bytes);
      expect(viaWorker.code).toBe(code);
      expect(viaWorker.code).toBe(inline.code);
      expect(viaWorker.message).toBe(inline.message);
      expect(viaWorker.details).toEqual(inline.details);
    }
  });

  it('answers QUEUE_FULL past maxPending instead of queueing without bound', async () => {
    const pool = await readyPool({ threads: 1, maxPending: 1 });
    const bytes = body(dsseProposal(newKey()));
    const first = pool.admit(bytes, {});
    const second = await codedFailure(pool.admit(bytes, {}));
    expect(second.code).toBe('QUEUE_FULL');
    expect((await first).kind).toBe('dsse');
  });

  it('admits inline with no threads, and after close', async () => {
    const key = newKey();
    const bytes = body(dsseProposal(key));
    const none = new AdmissionPool({ threads: 0 });
    pools.push(none);
    expect(none.readyThreads).toBe(0);
    expect(await none.admit(bytes, {})).toEqual(admitEntryBody(bytes, {}));
    const pool = await readyPool();
    await pool.close();
    expect(pool.readyThreads).toBe(0);
    expect(await pool.admit(bytes, {})).toEqual(admitEntryBody(bytes, {}));
    expect((await codedFailure(pool.admit(utf8('nope'), {}))).code).toBe('INVALID_JSON');
  });
});

/** A dsse entry that costs 8 x 8-ish signature checks over ~2.5 MiB: the slowest the limits allow. */
function costlyEntry(): Uint8Array {
  const keys = Array.from({ length: 8 }, () => newKey());
  const type = 'application/vnd.in-toto+json';
  const payload = randomBytes(2_500_000);
  const signatures = keys.flatMap((k) => signEnvelope(type, payload, k.signer).signatures);
  const envelope = formatEnvelope({ payloadType: type, payload, signatures });
  return body(
    proposeDsseEntry(
      envelope,
      [...keys].reverse().map((k) => k.pem),
    ),
  );
}

describe('admission pool bounds (issue 11 §2)', () => {
  it('plans a retrieve on a worker exactly as inline, and refuses more than 10 items', async () => {
    const pool = await readyPool();
    const key = newKey();
    const search = body({ entryUUIDs: ['ab'.repeat(32)], logIndexes: [3], entries: [dsseProposal(key)] });
    expect(await pool.planSearch(search)).toEqual(planSearchBody(search));
    expect(await pool.planSearch(body({ logIndexes: Array.from({ length: 11 }, (_, i) => i) }))).toEqual({
      ok: false,
      items: 11,
    });
    const bad = await codedFailure(pool.planSearch(body({ entries: [{ kind: 'dsse' }] })));
    expect(bad.code).toBe('ENTRY_MALFORMED');
  });

  it('admits Rekor v2 writes on a worker exactly as inline', async () => {
    const pool = await readyPool();
    const key = newKey();
    const data = randomBytes(32);
    const request = body({
      hashedRekordRequestV002: {
        digest: toBase64(createHash('sha256').update(data).digest()),
        signature: {
          content: toBase64(key.signer.sign(data)),
          verifier: {
            publicKey: { rawBytes: toBase64(key.signer.publicKey.spki) },
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          },
        },
      },
    });
    expect(await pool.admitV2(request)).toEqual(admitV2EntryBody(request));
    expect((await codedFailure(pool.admitV2(body({ dsseRequestV002: {} })))).code).toBe('ENTRY_KIND_UNSUPPORTED');
  });

  it('answers ADMISSION_TIMEOUT past the budget, replaces the worker, and admits again', async () => {
    const pool = await readyPool({ threads: 1, timeoutMs: 20 });
    const slow = await codedFailure(pool.admit(costlyEntry(), {}));
    expect(slow.code).toBe('ADMISSION_TIMEOUT');
    expect(slow.details).toEqual({ timeoutMs: 20 });
    // Queued behind the replacement's start-up, then admitted by it (the budget counts from the start of work).
    const small = body(dsseProposal(newKey()));
    expect(await pool.admit(small, {})).toEqual(admitEntryBody(small, {}));
    expect(pool.readyThreads).toBe(1);
  });

  it('keeps a lane for small requests: a small entry is admitted while large ones hold the other worker', async () => {
    const pool = await readyPool({ threads: 2 });
    const costly = costlyEntry();
    let largeDone = 0;
    const large = [pool.admit(costly, {}), pool.admit(costly, {})].map((p) => p.finally(() => largeDone++));
    const small = body(dsseProposal(newKey()));
    expect((await pool.admit(small, {})).kind).toBe('dsse');
    expect(largeDone).toBe(0); // the two large ones run one after the other on the general worker
    await Promise.all(large);
  });
});

describe('write-path fast paths', () => {
  it('build the same bytes as the JCS canonicalizer', () => {
    const fields = { body: 'e30=', integratedTime: 1700000000, logID: 'ab'.repeat(32), logIndex: 12 };
    expect(setPayload(fields)).toEqual(canonicalJsonBytes(fields));
    const verifier = parseVerifierPem(newKey().pem);
    const signatures = [
      { signature: 'MEUCIQ+/=', verifier },
      { signature: 'MEQCIA==', verifier },
    ];
    const expected = canonicalJsonBytes({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: { algorithm: 'sha256', value: 'aa'.repeat(32) },
        payloadHash: { algorithm: 'sha256', value: 'bb'.repeat(32) },
        signatures: [...signatures]
          .sort((a, b) => (a.signature < b.signature ? -1 : 1))
          .map((s) => ({ signature: s.signature, verifier: Buffer.from(verifier.canonicalPem).toString('base64') })),
      },
    });
    expect(dsseBodyBytes('aa'.repeat(32), 'bb'.repeat(32), signatures)).toEqual(expected);
    // Text that JSON must escape takes the general canonicalizer.
    const odd = [{ signature: 'a"b\u2028', verifier }];
    expect(new TextDecoder().decode(dsseBodyBytes('aa', 'bb', odd))).toContain('"signature":"a\\"b\u2028"');
  });

  it('reuses parsed verifiers, frozen, and still reports errors for bad PEM', () => {
    const pem = newKey().pem;
    const a = parseVerifierPem(pem);
    expect(parseVerifierPem(pem)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => parseVerifierPem('not pem', 'x')).toThrow(expect.objectContaining({ code: 'INVALID_KEY' }));
  });
});
