/**
 * Real bundles for the verify CLI tests: an in-toto statement with a SLSA v1 GitHub-workflow predicate, signed
 * as DSSE with a freshly generated key, logged by a real provlog log (over HTTP, or in memory with a chosen
 * clock for age tests), and turned into a Sigstore bundle v0.3 exactly as the attest flow does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { generatePrivateKeyPem, signerFromPem } from '../../../src/adapters/crypto/node-signer.js';
import { createMemoryStorage } from '../../../src/adapters/storage/memory.js';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import type { CliIO } from '../../../src/cli/io.js';
import { runVerify } from '../../../src/cli/verify.js';
import { BUNDLE_V03_MEDIA_TYPE, type Bundle } from '../../../src/core/bundle/bundle.js';
import { serializeBundle, tlogEntryFromRekor } from '../../../src/core/bundle/codec.js';
import { buildTrustedRootForLog } from '../../../src/core/bundle/trust.js';
import { formatEnvelope, parseEnvelope, signEnvelope } from '../../../src/core/dsse/envelope.js';
import { toCodedError } from '../../../src/core/errors.js';
import { type BuildContext, buildSlsaPredicate, SLSA_PREDICATE_TYPE } from '../../../src/core/intoto/slsa.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../src/core/intoto/statement.js';
import { formatPublicKeyPem } from '../../../src/core/keys/keys.js';
import type { Signer } from '../../../src/core/keys/signer.js';
import { admitProposedEntry } from '../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../src/core/rekor/dsse.js';
import type { LogEntryAnon } from '../../../src/core/rekor/entry.js';
import { TransparencyLog } from '../../../src/log/log.js';

export function tempDir(prefix = 'provlog-verify-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function newSigner(): Signer {
  return signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
}

export const CONTEXT: BuildContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/app',
  repositoryId: '101',
  repositoryOwnerId: '202',
  ref: 'refs/tags/v1.2.0',
  sha: 'a'.repeat(40),
  workflowRef: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.0',
  eventName: 'push',
  runId: '9001',
  runAttempt: '1',
  runnerEnvironment: 'github-hosted',
  source: 'env',
};

export interface SignedStatement {
  envelopeJson: string;
  proposed: unknown;
  signer: Signer;
}

/** A DSSE envelope over a SLSA statement naming `subjects` (name -> sha256 hex). */
export function signProvenance(
  signer: Signer,
  subjects: Record<string, string>,
  ctx: Partial<BuildContext> = {},
): SignedStatement {
  const statement = buildStatement(
    Object.entries(subjects).map(([name, sha256]) => ({ name, digest: { sha256 } })),
    SLSA_PREDICATE_TYPE,
    buildSlsaPredicate({ ...CONTEXT, ...ctx }),
  );
  const envelopeJson = formatEnvelope(signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), signer));
  return { envelopeJson, proposed: proposeDsseEntry(envelopeJson, formatPublicKeyPem(signer.publicKey)), signer };
}

/** The v0.3 bundle JSON for a logged DSSE envelope (key-signed: publicKey hint). */
export function bundleJson(signed: SignedStatement, uuid: string, entry: LogEntryAnon): string {
  const bundle: Bundle = {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    version: '0.3',
    verificationMaterial: {
      content: { kind: 'publicKey', hint: '' },
      tlogEntries: [tlogEntryFromRekor(uuid, entry)],
      rfc3161Timestamps: [],
    },
    content: {
      kind: 'dsseEnvelope',
      envelope: parseEnvelope(signed.envelopeJson),
      rawEnvelope: signed.envelopeJson,
    },
  };
  return serializeBundle(bundle);
}

/** Logs `signed` on a running provlog server and returns the bundle JSON. */
export async function logOnServer(url: string, signed: SignedStatement): Promise<string> {
  const { uuid, entry } = await new RekorClient({ baseUrl: url, retries: 0 }).createEntry(signed.proposed);
  return bundleJson(signed, uuid, entry);
}

/**
 * Logs `signed` in an in-memory log whose clock says `atMs`, and returns the bundle and a trusted root for
 * that log (baseUrl http://127.0.0.1:3000, the log's checkpoint name being 127.0.0.1:3000).
 */
export async function logInMemoryAt(atMs: number, signed: SignedStatement): Promise<{ bundle: string; root: string }> {
  const logKey = newSigner();
  const log = TransparencyLog.open({
    storage: createMemoryStorage(),
    signer: logKey,
    name: '127.0.0.1:3000',
    clock: () => atMs,
    newTreeId: () => '1234567890123456789',
  });
  const view = await log.add(admitProposedEntry(signed.proposed));
  await log.close();
  const root = buildTrustedRootForLog({ baseUrl: 'http://127.0.0.1:3000', publicKey: logKey.publicKey, start: 0 });
  return { bundle: bundleJson(signed, view.uuid, view.entry), root: JSON.stringify(root) };
}

export function writeFile(dir: string, name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The error code when the command threw (usage, unreadable input). */
  thrown?: string;
}

/** Runs `provlog verify` in-process the way src/cli/main.ts does: a thrown error becomes an exit code. */
export async function runVerifyCli(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: {},
    cwd: '/',
    isTTY: false,
  };
  try {
    return { code: await runVerify(argv, io), stdout, stderr };
  } catch (error) {
    const coded = toCodedError(error);
    return { code: exitCodeFor(coded), stdout, stderr: `${stderr}${coded.message}\n`, thrown: coded.code };
  }
}
