/**
 * Issue 11, item 7: `--check-log` proves something for a bundle that carries only a SET (v0.1, no inclusion
 * proof, no checkpoint). The log's inclusion proof for the entry is fetched and verified against a checkpoint
 * signed by the trusted key, then that checkpoint is checked for consistency like a bundle's own. Real
 * `provlog serve` logs over HTTP on port 0; the attack is a fork of the log (same key, same tree ID) that
 * promised the entry with a SET and then serves a tree without it.
 */
import { createHash } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RekorClient, type RekorEntry } from '../../../src/adapters/client/rekor-v1.js';
import { type LogServer, startLogServer } from '../../../src/adapters/http/log-server.js';

import { buildTrustedRootForLog, parseTrustedRoot, type TlogInstance } from '../../../src/core/bundle/trust.js';
import { fromBase64 } from '../../../src/core/bytes.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import type { LogEntryAnon } from '../../../src/core/rekor/entry.js';
import { verifyLogCheckpoint } from '../../../src/flows/verify-log.js';
import { proveSetOnlyEntry, type SetOnlyEntry } from '../../../src/flows/verify-log-entry.js';
import {
  type CliRun,
  logOnServer,
  newSigner,
  runVerifyCli,
  signProvenance,
  tempDir,
  writeFile,
} from '../cli/verify-fixtures.js';

const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

interface Out {
  verified: boolean;
  results: { error: { code: string } | null; checks: { name: string; ok: boolean }[] }[];
  logChecks: { ok: boolean; bundleSize?: number; currentSize?: number; error?: { code: string } }[];
}
const json = (r: CliRun) => JSON.parse(r.stdout) as Out;

/** The v0.3 bundle as a v0.1 bundle with the SET only: no inclusion proof, no checkpoint. */
function setOnly(bundleJson: string): string {
  const bundle = JSON.parse(bundleJson) as {
    mediaType: string;
    verificationMaterial: { tlogEntries: Record<string, unknown>[] };
  };
  bundle.mediaType = BUNDLE_V01_MEDIA_TYPE;
  bundle.verificationMaterial.tlogEntries = bundle.verificationMaterial.tlogEntries.map((e) => {
    const { inclusionProof: _dropped, ...rest } = e;
    return rest;
  });
  return JSON.stringify(bundle);
}

describe('--check-log on a SET-only bundle (v0.1)', () => {
  let dir: string;
  let a: LogServer;
  let b: LogServer;
  const signer = newSigner();
  let pub: string;

  const rootFor = (s: LogServer) =>
    writeFile(
      dir,
      `root-${s.port}.json`,
      JSON.stringify(buildTrustedRootForLog({ baseUrl: s.url, publicKey: s.log.publicKey, start: 0 })),
    );

  beforeAll(async () => {
    dir = tempDir();
    // Two branches of one log: same key and tree ID, one seed entry in common.
    const first = await startLogServer({ dataDir: join(dir, 'a'), port: 0, name: '127.0.0.1' });
    await logOnServer(first.url, signProvenance(newSigner(), { seed: sha256('seed') }));
    await first.close();
    cpSync(join(dir, 'a'), join(dir, 'b'), { recursive: true });
    a = await startLogServer({ dataDir: join(dir, 'a'), port: 0, name: '127.0.0.1' });
    b = await startLogServer({ dataDir: join(dir, 'b'), port: 0, name: '127.0.0.1' });
    pub = writeFile(dir, 'signer.pub', formatPublicKeyPem(signer.publicKey));
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('the entry is proven in the log by its inclusion proof, consistent with the current tree', async () => {
    const artifact = writeFile(dir, 'app.bin', 'app');
    const logged = await logOnServer(a.url, signProvenance(signer, { 'app.bin': sha256('app') }));
    const bundle = writeFile(dir, 'app.v01.json', setOnly(logged));
    await logOnServer(a.url, signProvenance(newSigner(), { later: sha256('later') })); // the log grows after
    const r = await runVerifyCli([
      artifact,
      '--bundle',
      bundle,
      '--trusted-root',
      rootFor(a),
      '--key',
      pub,
      '--check-log',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.logChecks).toHaveLength(1);
    expect(out.logChecks[0]).toMatchObject({ ok: true, bundleSize: 3, currentSize: 3 });
    expect(out.results[0]?.checks.at(-1)).toMatchObject({ name: 'log-consistency', ok: true });
  });

  it('ATTACK: a fork that signed the SET but serves nothing at that index fails LOG_ENTRY_NOT_PROVEN', async () => {
    const artifact = writeFile(dir, 'fork.bin', 'fork');
    const logged = await logOnServer(a.url, signProvenance(signer, { 'fork.bin': sha256('fork') }));
    const bundle = writeFile(dir, 'fork.v01.json', setOnly(logged));
    const r = await runVerifyCli([
      artifact,
      '--bundle',
      bundle,
      '--trusted-root',
      rootFor(b),
      '--key',
      pub,
      '--check-log',
      '--json',
    ]);
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.verified).toBe(false);
    expect(out.logChecks[0]?.error?.code).toBe('LOG_ENTRY_NOT_PROVEN');
    expect(out.results[0]?.error?.code).toBe('LOG_ENTRY_NOT_PROVEN');
  });

  it('ATTACK: a fork that serves another entry at that index fails LOG_ENTRY_NOT_PROVEN', async () => {
    const artifact = writeFile(dir, 'swap.bin', 'swap');
    const logged = await logOnServer(a.url, signProvenance(signer, { 'swap.bin': sha256('swap') }));
    const bundle = writeFile(dir, 'swap.v01.json', setOnly(logged));
    // Fill b up to (and past) that index with other entries.
    for (let i = 0; i < 4; i++) await logOnServer(b.url, signProvenance(newSigner(), { other: sha256(`b${i}`) }));
    const r = await runVerifyCli([
      artifact,
      '--bundle',
      bundle,
      '--trusted-root',
      rootFor(b),
      '--key',
      pub,
      '--check-log',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(json(r).logChecks[0]?.error?.code).toBe('LOG_ENTRY_NOT_PROVEN');
  });
});

describe('proveSetOnlyEntry against hostile answers (a real entry from a real log, then altered)', () => {
  let dir: string;
  let server: LogServer;
  let log: TlogInstance;
  let genuine: RekorEntry;
  let entry: SetOnlyEntry;

  beforeAll(async () => {
    dir = tempDir();
    server = await startLogServer({ dataDir: join(dir, 'log'), port: 0, name: '127.0.0.1' });
    await logOnServer(server.url, signProvenance(newSigner(), { one: sha256('one') }));
    await logOnServer(server.url, signProvenance(newSigner(), { two: sha256('two') }));
    const client = new RekorClient({ baseUrl: server.url, retries: 0 });
    const served = await client.getEntryByIndex(1);
    if (served === undefined) throw new Error('entry 1 missing');
    genuine = served;
    const root = buildTrustedRootForLog({ baseUrl: server.url, publicKey: server.log.publicKey, start: 0 });
    const [instance] = parseTrustedRoot(JSON.stringify(root)).tlogs;
    if (instance === undefined) throw new Error('no log in the trusted root');
    log = instance;
    entry = {
      logIndex: 1,
      integratedTime: genuine.entry.integratedTime,
      canonicalizedBody: fromBase64(genuine.entry.body, 'body'),
    };
  });
  afterAll(async () => {
    await server.close();
  });

  const answering = (change: (e: LogEntryAnon) => LogEntryAnon) => ({
    getEntryByIndex: async () => ({ uuid: genuine.uuid, entry: change(structuredClone(genuine.entry)) }),
  });
  type Proof = NonNullable<LogEntryAnon['verification']['inclusionProof']>;
  const withProof = (e: LogEntryAnon, change: Partial<Proof>): LogEntryAnon => ({
    ...e,
    verification: { ...e.verification, inclusionProof: { ...proofOf(e), ...change } },
  });
  const proofOf = (e: LogEntryAnon) => {
    const p = e.verification.inclusionProof;
    if (p === undefined) throw new Error('no proof');
    return p;
  };

  it('the genuine answer proves the entry', async () => {
    const cp = await proveSetOnlyEntry(
      answering((e) => e),
      log,
      entry,
      verifyLogCheckpoint,
    );
    expect(cp.checkpoint.size).toBe(2);
  });

  it.each<[string, (e: LogEntryAnon) => LogEntryAnon]>([
    ['no inclusion proof', (e) => ({ ...e, verification: { ...e.verification, inclusionProof: undefined } })],
    [
      'a proof hash altered',
      (e) => withProof(e, { hashes: proofOf(e).hashes.map((h) => `${h.slice(0, -1)}${h.endsWith('0') ? '1' : '0'}`) }),
    ],
    ['another leaf index', (e) => withProof(e, { logIndex: 0 })],
    [
      'a checkpoint with a forged signature line',
      (e) => withProof(e, { checkpoint: proofOf(e).checkpoint.replace(/ \S+\n$/, ' AAAA\n') }),
    ],
    ['another integrated time than the SET signs', (e) => ({ ...e, integratedTime: e.integratedTime + 1 })],
  ])('%s: LOG_ENTRY_NOT_PROVEN', async (_name, change) => {
    await expect(proveSetOnlyEntry(answering(change), log, entry, verifyLogCheckpoint)).rejects.toMatchObject({
      code: 'LOG_ENTRY_NOT_PROVEN',
    });
  });

  it('an entry the log does not serve: LOG_ENTRY_NOT_PROVEN', async () => {
    const reader = { getEntryByIndex: async () => undefined };
    await expect(proveSetOnlyEntry(reader, log, entry, verifyLogCheckpoint)).rejects.toMatchObject({
      code: 'LOG_ENTRY_NOT_PROVEN',
    });
  });
});
