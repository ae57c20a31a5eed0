/**
 * Verification throughput for `provlog verify` (issue 5): bundles verified per second by our verifyBundle
 * against @sigstore/verify (devDependency) on the SAME bundles in the SAME run — the 9 sigstore-js bundles and
 * the sigstore-conformance happy paths that use the public-good root (message signatures, DSSE, a key-signed
 * one). Each side gets its trust material parsed once up front (as a long-running verifier would) and parses
 * every bundle's JSON on every iteration. Runs alternate ours/theirs; the table shows medians of RUNS runs and
 * the median of the per-run ratios (each ratio compares two back-to-back runs, so it is the figure least moved
 * by other load on the machine; the load average is printed too).
 *
 * Equivalence: both check the same things per bundle (tlog entry with SET / inclusion proof / checkpoint, the
 * certificate chain to the trusted root, one SCT, the identity, the signature, the tlog body); ours also
 * checks DSSE subjects against the artifact digest. Message signatures: @sigstore/verify is handed the artifact
 * bytes (it needs them) and hashes them; ours is handed the digest only, as the CLI is, and verifies the
 * prehashed ECDSA signature with @noble/curves (node:crypto cannot verify a bare digest), which costs more.
 * What ours keeps between bundles: parsed trusted-root certificates, the verdict of each trusted CA chain, and
 * checkpoint signatures already verified (src/core/verify/cache.ts) — never anything about a bundle's own
 * certificate, SCT, SET or signature.
 *
 *   npx tsx bench/verify.ts            # BENCH_RUNS=7 BENCH_ROUNDS=40 to change the defaults
 *
 * Goal: ours >= 1.5x @sigstore/verify.
 */
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { PUBLIC_GOOD_TRUSTED_ROOT } from '../src/core/bundle/public-good-root.js';
import { parseTrustedRoot } from '../src/core/bundle/trust.js';
import { parsePublicKeyPem } from '../src/core/keys/keys.js';
import type { IdentityPolicy } from '../src/core/verify/identity.js';
import { type ArtifactDigest, verifyBundle } from '../src/core/verify/verifier.js';
import { median } from './common.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const VECTORS = new URL('../test/vectors/bundles/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, VECTORS), 'utf8');

interface Case {
  name: string;
  json: unknown;
  artifact: Buffer | undefined;
  digest: ArtifactDigest;
  identity?: IdentityPolicy;
  key?: string;
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  const statement = JSON.parse(read('sigstore-js/statement.json')) as { subject: { digest: { sha512: string } }[] };
  const npmDigest: ArtifactDigest = { algorithm: 'sha512', hex: statement.subject[0]?.digest.sha512 ?? '' };
  for (const f of [
    'V01-dsse-no-proof',
    'V01-dsse-with-proof',
    'V01-full-cert-chain',
    'V01-intoto-no-proof',
    'V01-intoto-with-proof',
    'V02-dsse',
    'V02-intoto',
    'V03-dsse',
    'V03-intoto',
  ]) {
    cases.push({
      name: `sigstore-js/bundle${f}`,
      json: JSON.parse(read(`sigstore-js/bundle${f}.sigstore`)),
      artifact: undefined,
      digest: npmDigest,
      identity: { san: 'brian@dehamer.com', issuer: 'https://github.com/login/oauth' },
    });
  }
  const aTxt = readFileSync(new URL('conformance/a.txt', VECTORS));
  const aDigest: ArtifactDigest = {
    algorithm: 'sha256',
    hex: 'a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf',
  };
  const beacon: IdentityPolicy = {
    san: 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main',
    issuer: 'https://token.actions.githubusercontent.com',
  };
  for (const c of ['happy-path-v0.1', 'happy-path-v0.2', 'happy-path-v0.3', 'happy-path-v0.3-new-mediaType']) {
    cases.push({
      name: `conformance/${c}`,
      json: JSON.parse(read(`conformance/${c}/bundle.sigstore.json`)),
      artifact: aTxt,
      digest: aDigest,
      identity: beacon,
    });
  }
  const dsse = JSON.parse(read('conformance/happy-path-intoto-in-dsse-v3/bundle.sigstore.json')) as {
    dsseEnvelope: { payload: string };
  };
  const dsseStatement = JSON.parse(Buffer.from(dsse.dsseEnvelope.payload, 'base64').toString('utf8')) as {
    subject: { digest: { sha256: string } }[];
  };
  cases.push({
    name: 'conformance/happy-path-intoto-in-dsse-v3',
    json: dsse,
    artifact: undefined,
    digest: { algorithm: 'sha256', hex: dsseStatement.subject[0]?.digest.sha256 ?? '' },
    identity: beacon,
  });
  cases.push({
    name: 'conformance/managed-key-happy-path',
    json: JSON.parse(read('conformance/managed-key-happy-path/bundle.sigstore.json')),
    artifact: aTxt,
    digest: aDigest,
    key: read('conformance/managed-key-happy-path/key.pub'),
  });
  return cases;
}

const LOAD_AT_START = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const cases = loadCases();
const now = Math.floor(Date.now() / 1000);

// Ours: trust root decoded once; keys parsed once.
const ourRoot = parseTrustedRoot(PUBLIC_GOOD_TRUSTED_ROOT);
const ourKeys = new Map(
  cases.flatMap((c) => (c.key === undefined ? [] : [[c.name, [parsePublicKeyPem(c.key)]] as const])),
);
function ours(c: Case): void {
  verifyBundle(c.json, c.digest, ourRoot, {
    now,
    ...(c.identity === undefined ? {} : { identity: c.identity }),
    ...(ourKeys.has(c.name) ? { keys: ourKeys.get(c.name) } : {}),
  });
}

// Theirs: trust material built once (as sigstore-js's conformance CLI does), one Verifier per key setup.
const theirRoot = TrustedRoot.fromJSON(PUBLIC_GOOD_TRUSTED_ROOT);
const keyed = new Map(
  cases.flatMap((c) => {
    if (c.key === undefined) return [];
    const publicKey = createPublicKey(c.key);
    const material = toTrustMaterial(theirRoot, () => ({ publicKey, validFor: () => true }));
    return [[c.name, new Verifier(material)] as const];
  }),
);
const plain = new Verifier(toTrustMaterial(theirRoot));
function theirs(c: Case): void {
  const verifier = keyed.get(c.name) ?? plain;
  const entity = toSignedEntity(bundleFromJSON(c.json), c.artifact);
  verifier.verify(
    entity,
    c.identity === undefined
      ? undefined
      : { subjectAlternativeName: String(c.identity.san), extensions: { issuer: String(c.identity.issuer) } },
  );
}

// Both must accept every bundle before anything is timed.
for (const c of cases) {
  ours(c);
  theirs(c);
}

function rate(fn: (c: Case) => void): number {
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const c of cases) fn(c);
  return (ROUNDS * cases.length) / ((performance.now() - t0) / 1000);
}

rate(ours); // warm-up
rate(theirs);
const oursRates: number[] = [];
const theirRates: number[] = [];
for (let i = 0; i < RUNS; i++) {
  oursRates.push(rate(ours));
  theirRates.push(rate(theirs));
}
const o = median(oursRates);
const t = median(theirRates);
const ratios = oursRates.map((x, i) => x / (theirRates[i] ?? Number.NaN));
const theirVersion = (
  JSON.parse(readFileSync(new URL('../node_modules/@sigstore/verify/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
process.stdout.write(
  [
    `verify: ${cases.length} bundles x ${ROUNDS} rounds per run, median of ${RUNS} runs (Node ${process.version}; ` +
      `load average at start ${LOAD_AT_START}, at end ${load})`,
    '',
    '| verifier | bundles/s (median) | runs |',
    '| --- | ---: | --- |',
    `| provlog verifyBundle | ${o.toFixed(0)} | ${oursRates.map((x) => x.toFixed(0)).join(', ')} |`,
    `| @sigstore/verify ${theirVersion} | ${t.toFixed(0)} | ${theirRates.map((x) => x.toFixed(0)).join(', ')} |`,
    `| ratio of medians | ${(o / t).toFixed(2)}x | goal >= 1.5x |`,
    `| median per-run ratio | ${median(ratios).toFixed(2)}x | ${ratios.map((x) => x.toFixed(2)).join(', ')} |`,
    '',
  ].join('\n'),
);
