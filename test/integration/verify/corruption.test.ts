/**
 * Issue 5 "done when": bundles made by our attest pipeline and by sigstore-js (key-based) against `provlog serve`
 * verify with OUR verifier; and every field class of such a bundle, corrupted, is rejected with the code of the
 * layer that catches it.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  type Signer as SigstoreSigner,
} from '@sigstore/sign';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';
import { parseTrustedRoot, type TrustedRoot } from '../../../src/core/bundle/trust.js';
import { fromBase64, toBase64, utf8 } from '../../../src/core/bytes.js';
import { isCodedError } from '../../../src/core/errors.js';
import { formatPublicKeyPem, type PublicKey, parsePublicKeyPem } from '../../../src/core/keys/keys.js';
import type { Signer } from '../../../src/core/keys/signer.js';
import { verifyBundle } from '../../../src/core/verify/verifier.js';
import { attest } from '../../../src/flows/attest.js';
import { silentReporter } from '../../../src/flows/reporter.js';

type Json = Record<string, unknown>;
const ARTIFACT = 'ab'.repeat(32);

let dir: string;
let server: LogServer;
let trust: TrustedRoot;
let signer: Signer;
let ourBundle: Json;

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function verify(bundle: unknown, key: PublicKey = signer.publicKey, hex = ARTIFACT) {
  return verifyBundle(bundle, { algorithm: 'sha256', hex }, trust, { keys: [key], now: now() });
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isCodedError(e) ? e.code : `uncoded: ${String(e)}`;
  }
  return 'accepted';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provlog-corrupt-'));
  server = await startLogServer({ dataDir: join(dir, 'log'), port: 0 });
  trust = parseTrustedRoot(JSON.parse(readFileSync(server.trustedRootPath, 'utf8')));
  signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
  // A few other entries first, so the proof has hashes to corrupt.
  for (let i = 0; i < 5; i++) {
    await attest({
      subjects: [{ name: `other-${i}`, digest: { sha256: createHash('sha256').update(`o${i}`).digest('hex') } }],
      predicate: { kind: 'custom', type: 'https://example.com/filler', value: { i } },
      signer: signerFromPem(generatePrivateKeyPem('ecdsa-p256')),
      log: { client: new RekorClient({ baseUrl: server.url }), url: server.url, trustedRoot: trust },
      now: () => Date.now(),
      reporter: silentReporter,
    });
  }
  const result = await attest({
    subjects: [{ name: 'app.tgz', digest: { sha256: ARTIFACT } }],
    predicate: { kind: 'custom', type: 'https://example.com/manifest', value: { ok: true } },
    signer,
    log: { client: new RekorClient({ baseUrl: server.url }), url: server.url, trustedRoot: trust },
    now: () => Date.now(),
    reporter: silentReporter,
  });
  ourBundle = JSON.parse(result.bundleJson) as Json;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bundles recorded in provlog serve verify with our verifier', () => {
  it('our attest bundle', () => {
    const result = verify(ourBundle);
    expect(result.checks.every((c) => c.ok)).toBe(true);
  });

  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const jsSigner: SigstoreSigner = {
    async sign(data: Buffer) {
      return { signature: sign('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: pem, hint: 'k' } };
    },
  };
  const witness = (entryType: 'dsse' | 'intoto') =>
    new RekorWitness({ rekorBaseURL: server.url, entryType, fetchOnConflict: true, timeout: 5000, retry: 1 });

  for (const entryType of ['dsse', 'intoto'] as const) {
    it(`sigstore-js DSSEBundleBuilder (${entryType})`, async () => {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'x', digest: { sha256: ARTIFACT } }],
        predicateType: 'https://example.com/p',
        predicate: {},
      };
      const bundle = await new DSSEBundleBuilder({ signer: jsSigner, witnesses: [witness(entryType)] }).create({
        data: Buffer.from(JSON.stringify(statement)),
        type: 'application/vnd.in-toto+json',
      });
      const key = parsePublicKeyPem(pem);
      expect(verify(bundleToJSON(bundle), key).checks.every((c) => c.ok)).toBe(true);
    });
  }

  it('sigstore-js MessageSignatureBundleBuilder (hashedrekord)', async () => {
    const data = Buffer.from('message artifact');
    const bundle = await new MessageSignatureBundleBuilder({ signer: jsSigner, witnesses: [witness('dsse')] }).create({
      data,
    });
    const key = parsePublicKeyPem(pem);
    const hex = createHash('sha256').update(data).digest('hex');
    expect(verify(bundleToJSON(bundle), key, hex).checks.every((c) => c.ok)).toBe(true);
    expect(codeOf(() => verify(bundleToJSON(bundle), key, 'cd'.repeat(32)))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });
});

/** Deep-copies the bundle and applies one corruption. */
function corrupt(edit: (b: Json, tle: Json, proof: Json, dsse: Json) => void): Json {
  const b = JSON.parse(JSON.stringify(ourBundle)) as Json;
  const vm = b.verificationMaterial as Json;
  const tle = (vm.tlogEntries as Json[])[0] as Json;
  edit(b, tle, tle.inclusionProof as Json, b.dsseEnvelope as Json);
  return b;
}

function flipBase64(value: string, at = 5): string {
  const bytes = fromBase64(value);
  bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

function editPayload(dsse: Json, edit: (statement: Json) => void): void {
  const statement = JSON.parse(Buffer.from(String(dsse.payload), 'base64').toString('utf8')) as Json;
  edit(statement);
  dsse.payload = toBase64(utf8(JSON.stringify(statement)));
}

describe('every corruption of a provlog bundle is rejected with the right code', () => {
  const cases: [string, (b: Json, tle: Json, proof: Json, dsse: Json) => void, string][] = [
    [
      'payload (predicate edited)',
      (_b, _t, _p, d) =>
        editPayload(d, (s) => {
          s.predicate = { ok: false };
        }),
      'DSSE_SIGNATURE_INVALID',
    ],
    [
      'subject digest (another artifact claimed)',
      (_b, _t, _p, d) =>
        editPayload(d, (s) => {
          (s.subject as Json[])[0] = { name: 'app.tgz', digest: { sha256: 'cd'.repeat(32) } };
        }),
      'ARTIFACT_DIGEST_MISMATCH',
    ],
    // Not an in-toto payload any more, so nothing in it names the artifact.
    [
      'payload type',
      (_b, _t, _p, d) => {
        d.payloadType = 'text/plain';
      },
      'ARTIFACT_DIGEST_MISMATCH',
    ],
    [
      'DSSE signature',
      (_b, _t, _p, d) => {
        const s = (d.signatures as Json[])[0] as Json;
        s.sig = flipBase64(String(s.sig), 20);
      },
      'DSSE_SIGNATURE_INVALID',
    ],
    [
      'SET',
      (_b, t) => {
        const p = t.inclusionPromise as Json;
        p.signedEntryTimestamp = flipBase64(String(p.signedEntryTimestamp), 20);
      },
      'TLOG_SET_INVALID',
    ],
    [
      'integrated time',
      (_b, t) => {
        t.integratedTime = String(Number(t.integratedTime) + 1);
      },
      'TLOG_SET_INVALID',
    ],
    [
      'log index',
      (_b, t) => {
        t.logIndex = String(Number(t.logIndex) + 1);
      },
      'TLOG_SET_INVALID',
    ],
    [
      'proof log index',
      (_b, _t, p) => {
        p.logIndex = String(Number(p.logIndex) - 1);
      },
      'TLOG_INCLUSION_INVALID',
    ],
    [
      'canonicalized body',
      (_b, t) => {
        t.canonicalizedBody = flipBase64(String(t.canonicalizedBody), 40);
      },
      'TLOG_SET_INVALID',
    ],
    [
      'proof root hash',
      (_b, _t, p) => {
        p.rootHash = flipBase64(String(p.rootHash));
      },
      'TLOG_INCLUSION_INVALID',
    ],
    [
      'proof hash',
      (_b, _t, p) => {
        const h = p.hashes as string[];
        h[0] = flipBase64(String(h[0]));
      },
      'TLOG_INCLUSION_INVALID',
    ],
    [
      'proof tree size',
      (_b, _t, p) => {
        p.treeSize = String(Number(p.treeSize) + 1);
      },
      'TLOG_INCLUSION_INVALID',
    ],
    [
      'checkpoint text (tree size)',
      (_b, _t, p) => {
        const c = p.checkpoint as Json;
        const lines = String(c.envelope).split('\n');
        lines[1] = String(Number(lines[1]) + 1);
        c.envelope = lines.join('\n');
      },
      'TLOG_CHECKPOINT_INVALID',
    ],
    [
      'checkpoint signature',
      (_b, _t, p) => {
        const c = p.checkpoint as Json;
        c.envelope = String(c.envelope).replace(
          / ([A-Za-z0-9+/=]+)\n$/,
          (_m, sig: string) => ` ${flipBase64(sig, 30)}\n`,
        );
      },
      'TLOG_CHECKPOINT_INVALID',
    ],
    [
      'log ID',
      (_b, t) => {
        (t.logId as Json).keyId = flipBase64(String((t.logId as Json).keyId), 10);
      },
      'TLOG_UNKNOWN_LOG',
    ],
  ];

  it.each(cases)('%s', (_name, edit, code) => {
    expect(codeOf(() => verify(corrupt(edit)))).toBe(code);
  });

  it('a key the bundle was not signed with', () => {
    expect(codeOf(() => verify(ourBundle, signerFromPem(generatePrivateKeyPem('ecdsa-p256')).publicKey))).toBe(
      'KEY_UNTRUSTED',
    );
  });

  it('the same bundle, untouched, still verifies (the corruptions were deep copies)', () => {
    expect(codeOf(() => verify(ourBundle))).toBe('accepted');
    expect(formatPublicKeyPem(signer.publicKey)).toContain('PUBLIC KEY');
  });
});
