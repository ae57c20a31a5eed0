/** Shared fixtures for the server tests: a real log server in a temp dir, real keys, real signed entries. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { type LogServer, type LogServerOptions, startLogServer } from '../../../src/adapters/http/log-server.js';
import { fromBase64, fromHex } from '../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../src/core/dsse/envelope.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../src/core/intoto/statement.js';
import { canonicalJsonBytes } from '../../../src/core/json/canonical.js';
import { formatPublicKeyPem, type PublicKey, verifySignature } from '../../../src/core/keys/keys.js';
import type { Signer } from '../../../src/core/keys/signer.js';
import { leafHash } from '../../../src/core/merkle/hash.js';
import { verifyInclusion } from '../../../src/core/merkle/inclusion.js';
import { parseSignedCheckpoint } from '../../../src/core/note/checkpoint.js';
import { noteVerifier, verifyNote } from '../../../src/core/note/note.js';
import { proposeDsseEntry } from '../../../src/core/rekor/dsse.js';
import type { LogEntryAnon } from '../../../src/core/rekor/entry.js';
import { proposeHashedRekordEntry } from '../../../src/core/rekor/hashedrekord.js';

export interface TestServer {
  server: LogServer;
  dir: string;
  cleanup(): Promise<void>;
}

export async function startTestServer(options: Partial<LogServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-server-'));
  const server = await startLogServer({ dataDir: join(dir, 'data'), port: 0, ...options });
  return {
    server,
    dir,
    async cleanup() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestKey {
  signer: Signer;
  pem: string;
}

export function newKey(): TestKey {
  const signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
  return { signer, pem: formatPublicKeyPem(signer.publicKey) };
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A dsse v0.0.1 ProposedEntry over an in-toto statement with the given subject digests (fresh random by default). */
export function dsseProposal(key: TestKey, digests: string[] = [sha256Hex(randomBytes(16))]): unknown {
  const statement = buildStatement(
    digests.map((d, i) => ({ name: `artifact-${i}.tar.gz`, digest: { sha256: d } })),
    'https://slsa.dev/provenance/v1',
    { buildDefinition: { buildType: 'test' }, runDetails: {} },
  );
  const envelope = signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), key.signer);
  return proposeDsseEntry(formatEnvelope(envelope), key.pem);
}

/** A hashedrekord v0.0.1 ProposedEntry: an ECDSA signature over random artifact bytes. */
export function hashedRekordProposal(
  key: TestKey,
  data: Uint8Array = randomBytes(32),
): { proposed: unknown; digest: string } {
  const digest = createHash('sha256').update(data).digest();
  const signature = key.signer.sign(data);
  return {
    proposed: proposeHashedRekordEntry({ digest: new Uint8Array(digest), signature, publicKeyPem: key.pem }),
    digest: digest.toString('hex'),
  };
}

/**
 * Everything a client must check on a returned entry: UUID = tree ID ‖ leaf hash, SET over the four JCS fields,
 * checkpoint signed by the log under its name and matching the proof, inclusion proof to that root.
 */
export function expectValidEntry(
  uuid: string,
  entry: LogEntryAnon,
  logKey: PublicKey,
  name: string,
  treeId: string,
): void {
  const body = fromBase64(entry.body);
  const leaf = leafHash(body);
  expect(uuid).toBe(BigInt(treeId).toString(16).padStart(16, '0') + Buffer.from(leaf).toString('hex'));
  const setPayload = canonicalJsonBytes({
    body: entry.body,
    integratedTime: entry.integratedTime,
    logID: entry.logID,
    logIndex: entry.logIndex,
  });
  const set = entry.verification.signedEntryTimestamp;
  expect(set).toBeDefined();
  expect(verifySignature(logKey, setPayload, fromBase64(set ?? ''))).toBe(true);
  const proof = entry.verification.inclusionProof;
  if (proof === undefined) throw new Error('no inclusion proof');
  const { note, checkpoint } = parseSignedCheckpoint(proof.checkpoint);
  verifyNote(note, [noteVerifier(name, logKey)]);
  expect(checkpoint.size).toBe(proof.treeSize);
  expect(Buffer.from(checkpoint.rootHash).toString('hex')).toBe(proof.rootHash);
  verifyInclusion(
    proof.logIndex,
    proof.treeSize,
    leaf,
    proof.hashes.map((h) => fromHex(h)),
    fromHex(proof.rootHash),
  );
}
