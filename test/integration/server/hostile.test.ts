/**
 * Hostile requests (issue 3 §6): each gets a 4xx with Rekor's `{code, message}` (404 on entry GETs: empty body),
 * never a 5xx, and nothing is stored. Hand-written cases plus fast-check generated ones; at least 200 in all.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { toBase64 } from '../../../src/core/bytes.js';
import { dsseProposal, hashedRekordProposal, newKey, sha256Hex, startTestServer, type TestServer } from './fixtures.js';

let t: TestServer;
let url: string;
let sizeBefore = 0;
let sent = 0;
const key = newKey();
const other = newKey();

beforeAll(async () => {
  t = await startTestServer({ maxBodyBytes: 64 * 1024 });
  url = t.server.url;
  // A few real entries, so out-of-range and duplicate cases have a tree to be out of.
  const client = new RekorClient({ baseUrl: url, retries: 0 });
  for (let i = 0; i < 3; i++) await client.createEntry(dsseProposal(key));
  sizeBefore = t.server.log.head().size;
});
afterAll(async () => {
  await t.cleanup();
});

interface Req {
  method?: string;
  path: string;
  body?: string | Uint8Array | unknown;
}

/** Sends one hostile request and checks the answer's shape; returns the status. */
async function expectRejected(req: Req, allowed: (status: number) => boolean = isClientError): Promise<number> {
  sent++;
  const method = req.method ?? (req.body === undefined ? 'GET' : 'POST');
  let body: string | Uint8Array | undefined;
  if (req.body instanceof Uint8Array || typeof req.body === 'string') body = req.body;
  else if (req.body !== undefined) body = JSON.stringify(req.body);
  const res = await fetch(`${url}${req.path}`, {
    method,
    ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
  });
  const text = await res.text();
  const where = `${method} ${req.path.slice(0, 120)} -> ${res.status} ${text.slice(0, 200)}`;
  expect(allowed(res.status), where).toBe(true);
  if (res.status < 400) return res.status;
  const entryGet = method === 'GET' && req.path.startsWith('/api/v1/log/entries') && res.status === 404;
  if (entryGet) {
    expect(text, where).toBe('');
    expect(res.headers.get('content-type'), where).toBeNull();
  } else {
    expect(res.headers.get('content-type'), where).toBe('application/json');
    const json = JSON.parse(text) as { code: unknown; message: unknown };
    expect(json.code, where).toBe(res.status);
    expect(typeof json.message === 'string' && json.message.length > 0, where).toBe(true);
  }
  return res.status;
}

const isClientError = (s: number): boolean => s >= 400 && s < 500;

function deep(n: number, open: string, close: string): string {
  return open.repeat(n) + close.repeat(n);
}

function withSpec(base: unknown, mutate: (spec: Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as { spec: Record<string, unknown> };
  mutate(copy.spec);
  return copy;
}

describe('hand-written hostile requests', () => {
  const E = '/api/v1/log/entries';
  const hr = hashedRekordProposal(key).proposed as {
    spec: { signature: { content: string; publicKey: { content: string } } };
  };
  const ds = dsseProposal(key) as { spec: { proposedContent: { envelope: string; verifiers: string[] } } };
  const env = JSON.parse(ds.spec.proposedContent.envelope) as {
    payload: string;
    payloadType: string;
    signatures: { sig: string; keyid: string }[];
  };
  const pem = (s: string) => toBase64(Buffer.from(s));

  const cases: [string, Req, ((s: number) => boolean)?][] = [
    // body framing and JSON
    ['empty body', { path: E, body: '' }],
    ['not JSON', { path: E, body: '{' }],
    ['JSON null', { path: E, body: 'null' }],
    ['JSON array', { path: E, body: '[]' }],
    ['JSON number', { path: E, body: '42' }],
    ['JSON string', { path: E, body: '"entry"' }],
    ['trailing garbage', { path: E, body: '{"kind":"dsse"} x' }],
    ['deep arrays', { path: E, body: deep(10_000, '[', ']') }],
    ['deep objects', { path: E, body: deep(5_000, '{"a":', '}').replace(/}$/, '1}') }],
    ['invalid UTF-8', { path: E, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }],
    ['huge body', { path: E, body: `{"x":"${'a'.repeat(100 * 1024)}"}` }, (s) => s === 413],
    ['huge retrieve body', { path: `${E}/retrieve`, body: 'a'.repeat(200 * 1024) }, (s) => s === 413],
    // kinds and versions
    ['no kind', { path: E, body: { apiVersion: '0.0.1', spec: {} } }],
    ['unknown kind', { path: E, body: { apiVersion: '0.0.1', kind: 'rekord', spec: {} } }],
    ['unknown version', { path: E, body: { apiVersion: '9.9.9', kind: 'dsse', spec: {} } }],
    ['kind not a string', { path: E, body: { apiVersion: '0.0.1', kind: 7, spec: {} } }],
    ['no spec', { path: E, body: { apiVersion: '0.0.1', kind: 'hashedrekord' } }],
    ['extra member', { path: E, body: { ...(hr as object), extra: 1 } }],
    ['spec is array', { path: E, body: { apiVersion: '0.0.1', kind: 'hashedrekord', spec: [] } }],
    ['intoto wrong version', { path: E, body: { apiVersion: '0.0.1', kind: 'intoto', spec: {} } }],
    ['intoto empty spec', { path: E, body: { apiVersion: '0.0.2', kind: 'intoto', spec: {} } }],
    // hashedrekord fields
    [
      'hr bad base64 signature',
      { path: E, body: withSpec(hr, (s) => ((s.signature as { content: string }).content = '!!!')) },
    ],
    [
      'hr unpadded base64',
      { path: E, body: withSpec(hr, (s) => ((s.signature as { content: string }).content = 'YWJj YQ')) },
    ],
    ['hr empty signature', { path: E, body: withSpec(hr, (s) => ((s.signature as { content: string }).content = '')) }],
    [
      'hr bad hex digest',
      { path: E, body: withSpec(hr, (s) => (s.data = { hash: { algorithm: 'sha256', value: 'zz'.repeat(32) } })) },
    ],
    [
      'hr short digest',
      { path: E, body: withSpec(hr, (s) => (s.data = { hash: { algorithm: 'sha256', value: 'ab' } })) },
    ],
    [
      'hr md5',
      { path: E, body: withSpec(hr, (s) => (s.data = { hash: { algorithm: 'md5', value: 'ab'.repeat(16) } })) },
    ],
    [
      'hr sha384 with P-256',
      { path: E, body: withSpec(hr, (s) => (s.data = { hash: { algorithm: 'sha384', value: 'ab'.repeat(48) } })) },
    ],
    [
      'hr key not PEM',
      {
        path: E,
        body: withSpec(
          hr,
          (s) => ((s.signature as { publicKey: { content: string } }).publicKey.content = pem('hello')),
        ),
      },
    ],
    [
      'hr key PEM garbage',
      {
        path: E,
        body: withSpec(
          hr,
          (s) =>
            ((s.signature as { publicKey: { content: string } }).publicKey.content = pem(
              '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
            )),
        ),
      },
    ],
    [
      'hr private key',
      {
        path: E,
        body: withSpec(
          hr,
          (s) =>
            ((s.signature as { publicKey: { content: string } }).publicKey.content = pem(
              '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
            )),
        ),
      },
    ],
    [
      'hr certificate garbage',
      {
        path: E,
        body: withSpec(
          hr,
          (s) =>
            ((s.signature as { publicKey: { content: string } }).publicKey.content = pem(
              '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
            )),
        ),
      },
    ],
    [
      'hr mismatched PEM labels',
      {
        path: E,
        body: withSpec(
          hr,
          (s) =>
            ((s.signature as { publicKey: { content: string } }).publicKey.content = pem(
              key.pem.replace('END PUBLIC KEY', 'END CERTIFICATE'),
            )),
        ),
      },
    ],
    [
      'hr other key',
      {
        path: E,
        body: withSpec(
          hr,
          (s) => ((s.signature as { publicKey: { content: string } }).publicKey.content = pem(other.pem)),
        ),
      },
    ],
    [
      'hr signature over other data',
      {
        path: E,
        body: withSpec(
          hr,
          (s) => ((s.signature as { content: string }).content = toBase64(key.signer.sign(Buffer.from('other')))),
        ),
      },
    ],
    [
      'hr random signature',
      {
        path: E,
        body: withSpec(hr, (s) => ((s.signature as { content: string }).content = toBase64(randomBytes(70)))),
      },
    ],
    [
      'hr publicKey missing',
      { path: E, body: withSpec(hr, (s) => ((s.signature as { publicKey?: unknown }).publicKey = undefined)) },
    ],
    [
      'hr url instead of content',
      {
        path: E,
        body: withSpec(
          hr,
          (s) => (s.data = { url: 'http://x', hash: { algorithm: 'sha256', value: 'ab'.repeat(32) } }),
        ),
      },
    ],
    // dsse fields
    [
      'dsse envelope not a string',
      { path: E, body: withSpec(ds, (s) => ((s.proposedContent as { envelope: unknown }).envelope = env)) },
    ],
    [
      'dsse envelope not JSON',
      { path: E, body: withSpec(ds, (s) => ((s.proposedContent as { envelope: string }).envelope = '{oops')) },
    ],
    [
      'dsse no signatures',
      {
        path: E,
        body: withSpec(
          ds,
          (s) => ((s.proposedContent as { envelope: string }).envelope = JSON.stringify({ ...env, signatures: [] })),
        ),
      },
    ],
    [
      'dsse tampered payload',
      {
        path: E,
        body: withSpec(
          ds,
          (s) =>
            ((s.proposedContent as { envelope: string }).envelope = JSON.stringify({
              ...env,
              payload: toBase64(Buffer.from('{"x":1}')),
            })),
        ),
      },
    ],
    [
      'dsse tampered payloadType',
      {
        path: E,
        body: withSpec(
          ds,
          (s) =>
            ((s.proposedContent as { envelope: string }).envelope = JSON.stringify({
              ...env,
              payloadType: 'text/plain',
            })),
        ),
      },
    ],
    [
      'dsse bad sig base64',
      {
        path: E,
        body: withSpec(
          ds,
          (s) =>
            ((s.proposedContent as { envelope: string }).envelope = JSON.stringify({
              ...env,
              signatures: [{ sig: '%%%', keyid: '' }],
            })),
        ),
      },
    ],
    [
      'dsse no verifiers',
      { path: E, body: withSpec(ds, (s) => ((s.proposedContent as { verifiers: string[] }).verifiers = [])) },
    ],
    [
      'dsse wrong verifier',
      {
        path: E,
        body: withSpec(ds, (s) => ((s.proposedContent as { verifiers: string[] }).verifiers = [pem(other.pem)])),
      },
    ],
    [
      'dsse verifier not base64',
      {
        path: E,
        body: withSpec(ds, (s) => ((s.proposedContent as { verifiers: string[] }).verifiers = ['not base64!'])),
      },
    ],
    [
      'dsse with canonical fields',
      { path: E, body: withSpec(ds, (s) => (s.envelopeHash = { algorithm: 'sha256', value: 'ab'.repeat(32) })) },
    ],
    ['dsse no proposedContent', { path: E, body: { apiVersion: '0.0.1', kind: 'dsse', spec: {} } }],
    // entry GETs
    ['logIndex missing', { path: E }],
    ['logIndex negative', { path: `${E}?logIndex=-1` }],
    ['logIndex text', { path: `${E}?logIndex=abc` }],
    ['logIndex exponent', { path: `${E}?logIndex=1e3` }],
    ['logIndex fraction', { path: `${E}?logIndex=1.5` }],
    ['logIndex huge', { path: `${E}?logIndex=99999999999999999999` }],
    ['logIndex repeated', { path: `${E}?logIndex=1&logIndex=2` }],
    ['logIndex empty', { path: `${E}?logIndex=` }],
    ['logIndex out of range', { path: `${E}?logIndex=1000000` }],
    ['uuid 63 hex', { path: `${E}/${'a'.repeat(63)}` }],
    ['uuid 65 hex', { path: `${E}/${'a'.repeat(65)}` }],
    ['uuid non hex', { path: `${E}/${'zz'.repeat(32)}` }],
    ['uuid tree 0', { path: `${E}/${'0'.repeat(16)}${'ab'.repeat(32)}` }],
    ['uuid tree > int64', { path: `${E}/${'f'.repeat(16)}${'ab'.repeat(32)}` }],
    ['uuid unknown entry', { path: `${E}/${'ab'.repeat(32)}` }],
    ['uuid encoded slash', { path: `${E}/..%2f..%2fetc` }],
    ['uuid with dot', { path: `${E}/${'a'.repeat(63)}.` }],
    // proofs
    ['proof no lastSize', { path: '/api/v1/log/proof' }],
    ['proof firstSize 0', { path: '/api/v1/log/proof?firstSize=0&lastSize=1' }],
    ['proof lastSize 0', { path: '/api/v1/log/proof?lastSize=0' }],
    ['proof negative', { path: '/api/v1/log/proof?lastSize=-2' }],
    ['proof beyond size', { path: '/api/v1/log/proof?lastSize=100000' }],
    ['proof first > last', { path: '/api/v1/log/proof?firstSize=3&lastSize=2' }],
    ['proof bad treeID', { path: '/api/v1/log/proof?lastSize=1&treeID=abc' }],
    ['proof unknown treeID', { path: '/api/v1/log/proof?lastSize=1&treeID=42' }],
    ['log bad treeID', { path: '/api/v1/log?treeID=-1' }],
    // retrieve
    ['retrieve not object', { path: `${E}/retrieve`, body: [] }],
    ['retrieve uuids not array', { path: `${E}/retrieve`, body: { entryUUIDs: 'x' } }],
    ['retrieve bad uuid', { path: `${E}/retrieve`, body: { entryUUIDs: ['nope'] } }],
    ['retrieve negative index', { path: `${E}/retrieve`, body: { logIndexes: [-1] } }],
    ['retrieve string index', { path: `${E}/retrieve`, body: { logIndexes: ['1'] } }],
    [
      'retrieve 11 items',
      { path: `${E}/retrieve`, body: { logIndexes: [0, 1, 2, 3, 4, 5], entryUUIDs: Array(5).fill('ab'.repeat(32)) } },
    ],
    ['retrieve unknown field', { path: `${E}/retrieve`, body: { hashes: [] } }],
    ['retrieve bad proposed entry', { path: `${E}/retrieve`, body: { entries: [{ kind: 'x' }] } }],
    // index search
    ['index empty query', { path: '/api/v1/index/retrieve', body: {} }],
    ['index bad hash', { path: '/api/v1/index/retrieve', body: { hash: 'sha256:xyz' } }],
    ['index md5 hash', { path: '/api/v1/index/retrieve', body: { hash: `md5:${'ab'.repeat(16)}` } }],
    ['index hash not string', { path: '/api/v1/index/retrieve', body: { hash: 5 } }],
    ['index pgp key', { path: '/api/v1/index/retrieve', body: { publicKey: { format: 'pgp', content: 'AAAA' } } }],
    [
      'index unknown format',
      { path: '/api/v1/index/retrieve', body: { publicKey: { format: 'jwk', content: 'AAAA' } } },
    ],
    [
      'index key bad base64',
      { path: '/api/v1/index/retrieve', body: { publicKey: { format: 'x509', content: '***' } } },
    ],
    [
      'index key garbage',
      { path: '/api/v1/index/retrieve', body: { publicKey: { format: 'x509', content: toBase64(randomBytes(40)) } } },
    ],
    ['index key url', { path: '/api/v1/index/retrieve', body: { publicKey: { format: 'x509', url: 'http://x' } } }],
    ['index bad operator', { path: '/api/v1/index/retrieve', body: { hash: 'ab'.repeat(32), operator: 'xor' } }],
    ['index unknown field', { path: '/api/v1/index/retrieve', body: { digest: 'ab'.repeat(32) } }],
    // tiles
    ['tile no coords', { path: '/tile/' }],
    ['tile level only', { path: '/tile/0' }],
    ['tile short index', { path: '/tile/0/1' }],
    ['tile level 64', { path: '/tile/64/000' }],
    ['tile leading zero level', { path: '/tile/00/000' }],
    ['tile width 0', { path: '/tile/0/000.p/0' }],
    ['tile width 256', { path: '/tile/0/000.p/256' }],
    ['tile width leading zero', { path: '/tile/0/000.p/03' }],
    ['tile beyond tree', { path: '/tile/0/000.p/200' }],
    ['tile full absent', { path: '/tile/0/000' }],
    ['tile high level absent', { path: '/tile/3/000' }],
    ['tile bad x prefix', { path: '/tile/0/001/000' }],
    ['tile entries text', { path: '/tile/entries/abc' }],
    ['tile entries beyond', { path: '/tile/entries/000.p/4' }],
    ['tile entries far', { path: '/tile/entries/x999/999' }],
    ['tile huge index', { path: `/tile/0/${'x999/'.repeat(6)}999` }],
    // routing
    ['unknown path', { path: '/api/v1/nope' }],
    ['root path', { path: '/' }],
    ['DELETE log', { method: 'DELETE', path: '/api/v1/log' }],
    ['PUT entries', { method: 'PUT', path: E, body: '{}' }],
    ['POST to log info', { path: '/api/v1/log', body: {} }],
    ['GET v2 entries', { path: '/api/v2/log/entries' }],
    // Rekor v2
    ['v2 empty', { path: '/api/v2/log/entries', body: {} }],
    ['v2 dsse', { path: '/api/v2/log/entries', body: { dsseRequestV002: {} } }],
    ['v2 bad keyDetails', { path: '/api/v2/log/entries', body: v2(key, 'PKIX_ED25519') }],
    ['v2 keyDetails mismatch', { path: '/api/v2/log/entries', body: v2(key, 'PKIX_ECDSA_P384_SHA_384') }],
    ['v2 short digest', { path: '/api/v2/log/entries', body: v2(key, 'PKIX_ECDSA_P256_SHA_256', randomBytes(20)) }],
    ['v2 wrong signature', { path: '/api/v2/log/entries', body: v2(key, 'PKIX_ECDSA_P256_SHA_256', randomBytes(32)) }],
    [
      'v2 key garbage',
      { path: '/api/v2/log/entries', body: v2(key, 'PKIX_ECDSA_P256_SHA_256', undefined, randomBytes(60)) },
    ],
    ['v2 not json', { path: '/api/v2/log/entries', body: 'nope' }],
  ];

  for (const [name, req, allowed] of cases) {
    it(name, async () => {
      await expectRejected(req, allowed);
    });
  }

  it('rejects every duplicate with 409 and stores nothing', async () => {
    const proposal = dsseProposal(key);
    const client = new RekorClient({ baseUrl: url, retries: 0 });
    await client.createEntry(proposal);
    sizeBefore = t.server.log.head().size;
    for (let i = 0; i < 5; i++) await expectRejected({ path: E, body: proposal }, (s) => s === 409);
  });
});

function v2(k: typeof key, keyDetails: string, digest?: Uint8Array, spki?: Uint8Array): unknown {
  const data = Buffer.from('v2 hostile');
  const d = digest ?? new Uint8Array(Buffer.from(sha256Hex(data), 'hex'));
  return {
    hashedRekordRequestV002: {
      digest: toBase64(d),
      signature: {
        content: toBase64(k.signer.sign(data)),
        verifier: { publicKey: { rawBytes: toBase64(spki ?? k.signer.publicKey.spki) }, keyDetails },
      },
    },
  };
}

describe('generated hostile requests (fast-check)', () => {
  const runs = { numRuns: 30 };

  it('arbitrary JSON as a ProposedEntry or v2 request is rejected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('/api/v1/log/entries', '/api/v2/log/entries'),
        async (value, path) => {
          await expectRejected({ path, body: JSON.stringify(value) ?? 'null' });
        },
      ),
      runs,
    );
  });

  it('a valid entry with one field replaced by arbitrary JSON is rejected', async () => {
    const { proposed } = hashedRekordProposal(key);
    const paths = [
      ['apiVersion'],
      ['kind'],
      ['spec', 'data', 'hash', 'algorithm'],
      ['spec', 'data', 'hash', 'value'],
      ['spec', 'signature', 'content'],
      ['spec', 'signature', 'publicKey', 'content'],
      ['spec', 'signature', 'publicKey'],
      ['spec', 'data'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), async (path, value) => {
        const copy = JSON.parse(JSON.stringify(proposed)) as Record<string, unknown>;
        let node: Record<string, unknown> = copy;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
        node[path[path.length - 1] ?? ''] = value;
        await expectRejected({ path: '/api/v1/log/entries', body: copy });
      }),
      runs,
    );
  });

  it('arbitrary entry IDs and log indexes are 4xx (404 without a body when well-formed but absent)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // "." and ".." are dot segments: the URL drops them, so the request never reaches the entry route
          fc.string({ minLength: 1, maxLength: 90 }).filter((s) => s !== '.' && s !== '..'),
          fc.stringMatching(/^[0-9a-f]{64}$/),
          fc.stringMatching(/^[0-9a-fA-F]{80}$/),
        ),
        fc.oneof(
          // A digit-only string can name an entry that exists ("0"): the numeric cases cover digits.
          fc.string({ maxLength: 30 }).filter((s) => !/^[0-9]+$/.test(s)),
          fc.integer({ min: -1e12, max: -1 }).map(String),
          fc.integer({ min: 1e6, max: 2 ** 53 - 1 }).map(String),
        ),
        async (id, index) => {
          await expectRejected({ path: `/api/v1/log/entries/${encodeURIComponent(id)}` });
          await expectRejected({ path: `/api/v1/log/entries?logIndex=${encodeURIComponent(index)}` });
        },
      ),
      runs,
    );
  });

  it('arbitrary tile paths and proof sizes are 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 40 }).map((s) => `/tile/${encodeURIComponent(s)}`),
          fc
            .tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 10 ** 9 }))
            .map(([l, n]) => `/tile/${l}/${String(n).padStart(3, '0')}`),
          fc.integer({ min: 5, max: 300 }).map((w) => `/tile/entries/000.p/${w}`),
        ),
        fc.tuple(fc.integer({ min: -5, max: 10 ** 7 }), fc.integer({ min: -5, max: 10 ** 7 })),
        async (tilePath, [first, last]) => {
          await expectRejected({ path: tilePath });
          const ok = first >= 1 && last >= first && last <= sizeBefore;
          if (!ok) await expectRejected({ path: `/api/v1/log/proof?firstSize=${first}&lastSize=${last}` });
        },
      ),
      runs,
    );
  });

  it('arbitrary search bodies never fail the server and never store anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ hash: fc.string({ maxLength: 80 }) }),
          fc.record({
            publicKey: fc.record({
              format: fc.constantFrom('x509', 'ssh', 'x'),
              content: fc.base64String({ maxLength: 60 }),
            }),
          }),
        ),
        fc.constantFrom('/api/v1/index/retrieve', '/api/v1/log/entries/retrieve'),
        async (value, path) => {
          // A well-formed search that finds nothing is a 200 with []; anything else must be a coded 4xx.
          await expectRejected({ path, body: JSON.stringify(value) ?? 'null' }, (s) => s === 200 || isClientError(s));
        },
      ),
      runs,
    );
  });

  it('sent at least 200 hostile requests and the tree did not grow', () => {
    expect(sent).toBeGreaterThanOrEqual(200);
    expect(t.server.log.head().size).toBe(sizeBefore);
  });
});
