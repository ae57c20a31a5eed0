/** Every route of `provlog serve` over real HTTP against real SQLite: shapes, status codes, headers. */

import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { fromBase64, fromHex, toBase64 } from '../../../src/core/bytes.js';
import { isCodedError } from '../../../src/core/errors.js';
import { parsePublicKeyPem } from '../../../src/core/keys/keys.js';
import { verifyConsistency } from '../../../src/core/merkle/consistency.js';
import { leafHash } from '../../../src/core/merkle/hash.js';
import { verifyInclusion } from '../../../src/core/merkle/inclusion.js';
import { parseSignedCheckpoint } from '../../../src/core/note/checkpoint.js';
import { decodeEntryBundle, decodeHashTile } from '../../../src/core/tiles/codec.js';
import {
  dsseProposal,
  expectValidEntry,
  hashedRekordProposal,
  newKey,
  sha256Hex,
  startTestServer,
  type TestServer,
} from './fixtures.js';

let t: TestServer;
let url: string;
let client: RekorClient;
const key = newKey();

beforeAll(async () => {
  t = await startTestServer();
  url = t.server.url;
  client = new RekorClient({ baseUrl: url, retries: 0 });
});
afterAll(async () => {
  await t.cleanup();
});

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('data directory and identity', () => {
  it('creates a 0600 key, a tree ID and a trusted root naming the served URL and this key', () => {
    const dataDir = join(t.dir, 'data');
    expect(statSync(join(dataDir, 'log-key.pem')).mode & 0o777).toBe(0o600);
    expect(t.server.treeId).toMatch(/^[1-9][0-9]*$/);
    expect(BigInt(t.server.treeId) < 2n ** 63n).toBe(true);
    const root = parseTrustedRoot(JSON.parse(readFileSync(t.server.trustedRootPath, 'utf8')));
    const [tlog] = root.tlogs;
    expect(tlog?.baseUrl).toBe(url);
    expect(Buffer.from(tlog?.logId ?? []).toString('hex')).toBe(t.server.logIdHex);
    expect(url).toContain(t.server.name);
    expect(Number.isInteger(tlog?.validFor.start)).toBe(true);
  });
});

describe('GET /ping, /api/v1/log, /api/v1/log/publicKey', () => {
  it('answers ping', async () => {
    const res = await fetch(`${url}/ping`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('pong');
  });

  it('serves LogInfo with a signed checkpoint for the current head', async () => {
    const res = await fetch(`${url}/api/v1/log`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const info = await client.getLogInfo();
    expect(info.treeId).toBe(t.server.treeId);
    const { checkpoint } = parseSignedCheckpoint(info.signedTreeHead);
    expect(checkpoint.origin).toBe(`${t.server.name} - ${t.server.treeId}`);
    expect(checkpoint.size).toBe(info.treeSize);
    expect(Buffer.from(checkpoint.rootHash)).toEqual(Buffer.from(info.rootHash));
  });

  it('serves the public key as PEM (application/x-pem-file), and 400 for an unknown treeID', async () => {
    const res = await fetch(`${url}/api/v1/log/publicKey`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-pem-file');
    const pem = await res.text();
    expect(Buffer.from(parsePublicKeyPem(pem).spki)).toEqual(Buffer.from(t.server.log.publicKey.spki));
    expect(await client.getPublicKey(t.server.treeId)).toBe(pem);
    const bad = await fetch(`${url}/api/v1/log/publicKey?treeID=12345`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 400 });
  });
});

describe('POST /api/v1/log/entries and the entry GETs', () => {
  it('admits a dsse entry: 201, ETag and Location with the 80-hex UUID, a valid SET, checkpoint and proof', async () => {
    const res = await post('/api/v1/log/entries', dsseProposal(key));
    expect(res.status).toBe(201);
    const json = (await res.json()) as Record<string, unknown>;
    const [uuid] = Object.keys(json);
    expect(uuid).toMatch(/^[0-9a-f]{80}$/);
    expect(res.headers.get('etag')).toBe(uuid);
    expect(res.headers.get('location')).toBe(`/api/v1/log/entries/${uuid}`);
    const created = await client.getEntryByUuid(uuid ?? '');
    if (created === undefined) throw new Error('entry not served');
    expectValidEntry(created.uuid, created.entry, t.server.log.publicKey, t.server.name, t.server.treeId);
    expect(created.entry.attestation?.data).toBeDefined();
  });

  it('admits hashedrekord through the client and serves it by UUID (64 and 80 hex, any case) and by index', async () => {
    const { proposed } = hashedRekordProposal(key);
    const created = await client.createEntry(proposed);
    expect(created.adopted).toBe(false);
    expectValidEntry(created.uuid, created.entry, t.server.log.publicKey, t.server.name, t.server.treeId);
    const byIndex = await client.getEntryByIndex(created.entry.logIndex);
    expect(byIndex?.uuid).toBe(created.uuid);
    const short = await client.getEntryByUuid(created.uuid.slice(16));
    expect(short?.entry.body).toBe(created.entry.body);
    const upper = await fetch(`${url}/api/v1/log/entries/${created.uuid.toUpperCase()}`);
    expect(upper.status).toBe(200);
  });

  it('answers a duplicate with 409, the existing UUID in message and Location; the client adopts it', async () => {
    const { proposed } = hashedRekordProposal(key);
    const first = await client.createEntry(proposed);
    const res = await post('/api/v1/log/entries', proposed);
    expect(res.status).toBe(409);
    expect(res.headers.get('location')).toBe(`/api/v1/log/entries/${first.uuid}`);
    const body = (await res.json()) as { code: number; message: string };
    expect(body.code).toBe(409);
    expect(body.message).toContain(first.uuid);
    const again = await client.createEntry(proposed);
    expect(again.adopted).toBe(true);
    expect(again.uuid).toBe(first.uuid);
  });

  it('answers 404 with an empty body and no Content-Type for absent entries', async () => {
    for (const path of [
      `/api/v1/log/entries?logIndex=999999`,
      `/api/v1/log/entries/${'ab'.repeat(32)}`,
      `/api/v1/log/entries/${'0000000000000001'}${'ab'.repeat(32)}`,
    ]) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBeNull();
      expect(await res.text(), path).toBe('');
    }
    expect(await client.getEntryByIndex(999999)).toBeUndefined();
  });
});

describe('request limits', () => {
  it('refuses a body over the default 4 MiB cap with 413 and a Rekor error body', async () => {
    const res = await post('/api/v1/log/entries', `{"pad":"${'a'.repeat(4 * 1024 * 1024)}"}`);
    expect(res.status).toBe(413);
    expect(res.headers.get('x-provlog-error')).toBe('TOO_LARGE');
    expect(await res.json()).toMatchObject({ code: 413 });
    const ok = await fetch(`${url}/ping`);
    expect(ok.status).toBe(200);
  });
});

describe('search', () => {
  it('finds a dsse entry by every subject digest (with and without sha256:) and returns attestation.data', async () => {
    const digests = [sha256Hex('one'), sha256Hex('two')];
    const created = await client.createEntry(dsseProposal(key, digests));
    for (const digest of digests) {
      expect(await client.searchIndex({ hash: `sha256:${digest}` })).toContain(created.uuid);
      expect(await client.searchIndex({ hash: digest.toUpperCase() })).toContain(created.uuid);
    }
    const entry = await client.getEntryByUuid(created.uuid);
    const envelope = JSON.parse(Buffer.from(fromBase64(entry?.entry.attestation?.data ?? '')).toString('utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement.subject.map((s: { digest: { sha256: string } }) => s.digest.sha256)).toEqual(digests);
    expect(await client.searchIndex({ hash: sha256Hex('never logged') })).toEqual([]);
  });

  it('finds entries by public key (PEM) and by hashedrekord artifact digest; "and" intersects', async () => {
    const other = newKey();
    const { proposed, digest } = hashedRekordProposal(other);
    const created = await client.createEntry(proposed);
    expect(await client.searchIndex({ publicKey: other.pem })).toEqual([created.uuid]);
    expect(await client.searchIndex({ hash: digest })).toEqual([created.uuid]);
    const both = await post('/api/v1/index/retrieve', {
      hash: `sha256:${digest}`,
      publicKey: { format: 'x509', content: toBase64(Buffer.from(key.pem)) },
      operator: 'and',
    });
    expect(await both.json()).toEqual([]);
  });

  it('retrieves entries by UUIDs, indexes and proposed entries, omitting the absent ones; 422 above 10', async () => {
    const { proposed } = hashedRekordProposal(key);
    const created = await client.createEntry(proposed);
    const res = await post('/api/v1/log/entries/retrieve', {
      entryUUIDs: [created.uuid, 'cd'.repeat(32)],
      logIndexes: [created.entry.logIndex, 10 ** 9],
      entries: [proposed],
    });
    expect(res.status).toBe(200);
    const list = (await res.json()) as Record<string, unknown>[];
    expect(list.map((m) => Object.keys(m)[0])).toEqual([created.uuid, created.uuid, created.uuid]);
    const many = await post('/api/v1/log/entries/retrieve', { logIndexes: Array.from({ length: 11 }, (_, i) => i) });
    expect(many.status).toBe(422);
    expect(await many.json()).toMatchObject({ code: 422 });
  });
});

describe('consistency proofs', () => {
  it('proves consistency between two checkpoints; 400 when first > last or last > size', async () => {
    const before = await client.getLogInfo();
    await client.createEntry(hashedRekordProposal(key).proposed);
    await client.createEntry(dsseProposal(key));
    const after = await client.getLogInfo();
    const proof = await client.getConsistencyProof(before.treeSize, after.treeSize, after.treeId);
    verifyConsistency(before.treeSize, after.treeSize, proof.hashes, before.rootHash, after.rootHash);
    expect(Buffer.from(proof.rootHash)).toEqual(Buffer.from(after.rootHash));
    const same = await client.getConsistencyProof(after.treeSize, after.treeSize);
    expect(same.hashes).toEqual([]);
    const swapped = await fetch(`${url}/api/v1/log/proof?firstSize=3&lastSize=2`);
    expect(swapped.status).toBe(400);
    expect(((await swapped.json()) as { message: string }).message).toBe('firstSize(3) must be less than lastSize(2)');
    const beyond = await client.getConsistencyProof(1, after.treeSize + 5).catch((e: unknown) => e);
    expect(isCodedError(beyond, 'LOG_REJECTED')).toBe(true);
  });
});

describe('Rekor v2 write path', () => {
  it('admits a hashedRekordRequestV002 and answers a TransparencyLogEntry whose proof verifies', async () => {
    const v2key = newKey();
    const data = Buffer.from('v2 artifact');
    const digest = leafHashFree(data);
    const request = {
      hashedRekordRequestV002: {
        digest: toBase64(digest),
        signature: {
          content: toBase64(v2key.signer.sign(data)),
          verifier: {
            publicKey: { rawBytes: toBase64(v2key.signer.publicKey.spki) },
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          },
        },
      },
    };
    const res = await post('/api/v2/log/entries', request);
    expect(res.status).toBe(201);
    const tle = (await res.json()) as {
      logIndex: string;
      logId: { keyId: string };
      kindVersion: { kind: string; version: string };
      inclusionPromise?: unknown;
      inclusionProof: {
        logIndex: string;
        rootHash: string;
        treeSize: string;
        hashes?: string[];
        checkpoint: { envelope: string };
      };
      canonicalizedBody: string;
    };
    expect(tle.kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.2' });
    expect(tle.inclusionPromise).toBeUndefined();
    expect(Buffer.from(tle.logId.keyId, 'base64').toString('hex')).toBe(t.server.logIdHex);
    const body = JSON.parse(Buffer.from(tle.canonicalizedBody, 'base64').toString('utf8'));
    expect(body.spec.hashedRekordV002.data).toEqual({ algorithm: 'SHA2_256', digest: toBase64(digest) });
    const p = tle.inclusionProof;
    verifyInclusion(
      Number(p.logIndex),
      Number(p.treeSize),
      leafHash(fromBase64(tle.canonicalizedBody)),
      (p.hashes ?? []).map((h) => new Uint8Array(Buffer.from(h, 'base64'))),
      new Uint8Array(Buffer.from(p.rootHash, 'base64')),
    );
    const dup = await post('/api/v2/log/entries', request);
    expect(dup.status).toBe(409);
    expect(dup.headers.get('x-log-index')).toBe(tle.logIndex);
    expect(await client.searchIndex({ hash: digest.toString('hex') })).toHaveLength(1);
  });

  it('rejects a dsseRequestV002 and a wrong signature with 400', async () => {
    const dsse = await post('/api/v2/log/entries', { dsseRequestV002: { envelope: {}, verifiers: [] } });
    expect(dsse.status).toBe(400);
    const v2key = newKey();
    const bad = await post('/api/v2/log/entries', {
      hashedRekordRequestV002: {
        digest: toBase64(leafHashFree(Buffer.from('a'))),
        signature: {
          content: toBase64(v2key.signer.sign(Buffer.from('b'))),
          verifier: {
            publicKey: { rawBytes: toBase64(v2key.signer.publicKey.spki) },
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          },
        },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-provlog-error')).toBe('ENTRY_SIGNATURE_INVALID');
  });
});

describe('tlog-tiles read path', () => {
  it('serves the checkpoint, partial tiles and entry bundles matching the tree, with cache headers', async () => {
    const info = await client.getLogInfo();
    const cp = await fetch(`${url}/checkpoint`);
    expect(cp.status).toBe(200);
    expect(cp.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(cp.headers.get('cache-control')).toMatch(/max-age=\d$/);
    const size = parseSignedCheckpoint(await cp.text()).checkpoint.size;
    expect(size).toBeGreaterThanOrEqual(info.treeSize);
    const tile = await fetch(`${url}/tile/0/000.p/${size}`);
    expect(tile.status).toBe(200);
    expect(tile.headers.get('content-type')).toBe('application/octet-stream');
    const hashes = decodeHashTile(new Uint8Array(await tile.arrayBuffer()), size);
    const bundle = await fetch(`${url}/tile/entries/000.p/${size}`);
    expect(bundle.status).toBe(200);
    const bodies = decodeEntryBundle(new Uint8Array(await bundle.arrayBuffer()), size);
    expect(bodies.map((b) => Buffer.from(leafHash(b)).toString('hex'))).toEqual(
      hashes.map((h) => Buffer.from(h).toString('hex')),
    );
    const first = await client.getEntryByIndex(0);
    expect(Buffer.from(fromBase64(first?.entry.body ?? ''))).toEqual(Buffer.from(bodies[0] ?? []));
    const full = await fetch(`${url}/tile/0/000`);
    expect(full.status).toBe(404);
    expect(await full.json()).toMatchObject({ code: 404 });
  });

  it('gzips entry bundles for clients that accept gzip, and only for them', async () => {
    const size = (await client.getLogInfo()).treeSize;
    const raw = (encoding?: string) =>
      new Promise<{ headers: import('node:http').IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const req = request(`${url}/tile/entries/000.p/${size}`, {
          headers: encoding ? { 'accept-encoding': encoding } : {},
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject).end();
      });
    const plain = await raw();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await raw('br, gzip;q=0.8');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect((await raw('gzip;q=0')).headers['content-encoding']).toBeUndefined();
  });

  it('marks full tiles immutable', async () => {
    const full = await startTestServer();
    try {
      const c = new RekorClient({ baseUrl: full.server.url, retries: 0 });
      await Promise.all(Array.from({ length: 256 }, () => c.createEntry(hashedRekordProposal(key).proposed)));
      const res = await fetch(`${full.server.url}/tile/0/000`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect((await res.arrayBuffer()).byteLength).toBe(8192);
      const partial = await fetch(`${full.server.url}/tile/0/000.p/7`);
      expect(partial.headers.get('cache-control')).not.toContain('immutable');
    } finally {
      await full.cleanup();
    }
  });
});

function leafHashFree(data: Uint8Array): Buffer {
  return Buffer.from(fromHex(sha256Hex(data)));
}
