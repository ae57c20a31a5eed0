/**
 * Fixtures for the policy check e2e test: signed SLSA provenance submitted to a real log, a second in-memory log
 * with an old clock (for max-age), a tampering proxy in front of the log, and a runner emulation that spawns the
 * built dist/verify/index.js with the runner's env contract.
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RekorClient } from '../../src/adapters/client/rekor-v1.js';
import { generatePrivateKeyPem, signerFromPem } from '../../src/adapters/crypto/node-signer.js';
import { createMemoryStorage } from '../../src/adapters/storage/memory.js';
import { serializeBundle } from '../../src/core/bundle/codec.js';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../src/core/dsse/envelope.js';
import { type BuildContext, buildSlsaPredicate, SLSA_PREDICATE_TYPE } from '../../src/core/intoto/slsa.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../src/core/intoto/statement.js';
import { decode, decodeJson, type Node } from '../../src/core/json/decode.js';
import { formatPublicKeyPem } from '../../src/core/keys/keys.js';
import type { Signer } from '../../src/core/keys/signer.js';
import { admitProposedEntry } from '../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../src/core/rekor/dsse.js';
import { bundleFromLogEntry } from '../../src/flows/policy-log-evidence.js';
import { TransparencyLog } from '../../src/log/log.js';

/** The node that runs the action, as GitHub runs it on node24: PROVLOG_ACTION_NODE=/path/to/node24 to try another. */
function actionNode(): string {
  return process.env.PROVLOG_ACTION_NODE ?? process.execPath;
}

export function newSigner(): Signer {
  return signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function writeFile(path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A tagged release build of acme/lib on a GitHub-hosted runner: what the test policy allows. */
export function releaseContext(over: Partial<BuildContext> = {}): BuildContext {
  const ref = over.ref ?? 'refs/tags/v1.2.3';
  return {
    serverUrl: 'https://github.com',
    repository: 'acme/lib',
    repositoryId: '101',
    repositoryOwnerId: '202',
    ref,
    sha: 'a'.repeat(40),
    workflowRef: `acme/lib/.github/workflows/release.yml@${ref}`,
    eventName: 'push',
    runId: '42',
    runAttempt: '1',
    runnerEnvironment: 'github-hosted',
    source: 'oidc',
    ...over,
  };
}

/** The exact envelope JSON text submitted to the log (its SHA-256 is the dsse entry's envelopeHash). */
export function provenanceEnvelope(signer: Signer, name: string, digestHex: string, ctx: BuildContext): string {
  const statement = buildStatement(
    [{ name, digest: { sha256: digestHex } }],
    SLSA_PREDICATE_TYPE,
    buildSlsaPredicate(ctx),
  );
  return formatEnvelope(signEnvelope(IN_TOTO_PAYLOAD_TYPE, serializeStatement(statement), signer));
}

/** Submits signed provenance for `digestHex` to the real log server as a dsse entry; returns the entry UUID. */
export async function attestToLog(
  client: RekorClient,
  signer: Signer,
  name: string,
  digestHex: string,
  ctx: BuildContext,
): Promise<string> {
  const envelope = provenanceEnvelope(signer, name, digestHex, ctx);
  const created = await client.createEntry(proposeDsseEntry(envelope, formatPublicKeyPem(signer.publicKey)));
  return created.uuid;
}

/**
 * A second log whose clock stands `ageSeconds` in the past, run in memory: its entry becomes a bundle beside the
 * file (its integrated time, signed in the SET, is old). Returns the bundle text and the log key PEM.
 */
export async function oldBundle(
  signer: Signer,
  name: string,
  digestHex: string,
  ageSeconds: number,
): Promise<{ bundle: string; logKeyPem: string; baseUrl: string }> {
  const logSigner = newSigner();
  const baseUrl = 'http://127.0.0.1:9';
  const log = TransparencyLog.open({
    storage: createMemoryStorage(),
    signer: logSigner,
    name: '127.0.0.1:9',
    clock: () => Date.now() - ageSeconds * 1000,
    newTreeId: () => '1234567890',
  });
  const envelope = provenanceEnvelope(signer, name, digestHex, releaseContext());
  const view = await log.add(admitProposedEntry(proposeDsseEntry(envelope, formatPublicKeyPem(signer.publicKey))));
  const bundle = serializeBundle(bundleFromLogEntry(view.uuid, view.entry));
  await log.close();
  return { bundle, logKeyPem: formatPublicKeyPem(logSigner.publicKey), baseUrl };
}

/**
 * A reverse proxy in front of the log that rewrites `attestation.data` of the entries whose leaf hash is in
 * `tamper`: the stored provenance is swapped for a statement claiming a release build (what an attacker on the
 * path would want), keeping the signature. The entry body, SET and proofs pass through untouched.
 */
export async function startTamperingProxy(
  upstream: string,
  tamper: Set<string>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      fetch(`${upstream}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        ...(body.length > 0 ? { body } : {}),
      })
        .then(async (up) => {
          let text = await up.text();
          const m = /^\/api\/v1\/log\/entries\/([0-9a-f]{64,80})$/.exec(req.url ?? '');
          if (m?.[1] !== undefined && up.status === 200 && tamper.has(m[1].slice(-64))) text = tamperEntry(text);
          res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' });
          res.end(text);
        })
        .catch((error: unknown) => {
          res.writeHead(502);
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function tamperEntry(text: string): string {
  const out: Record<string, unknown> = {};
  for (const [uuid, node] of decodeJson(text, 'INVALID_FIELD', 'response').entries()) {
    const entry = { ...node.record() };
    const data = node.optional('attestation')?.get('data').string();
    if (data !== undefined) {
      const envelopeNode = decodeJson(fromUtf8(fromBase64(data)), 'INVALID_FIELD', 'envelope');
      const statement = {
        ...decodeJson(fromUtf8(envelopeNode.get('payload').bytes()), 'INVALID_FIELD', 'statement').record(),
        predicate: buildSlsaPredicate(releaseContext({ ref: 'refs/tags/v9.9.9' })),
      };
      const envelope = { ...envelopeNode.record(), payload: toBase64(utf8(JSON.stringify(statement))) };
      entry.attestation = { data: toBase64(utf8(JSON.stringify(envelope))) };
    }
    out[uuid] = entry;
  }
  return JSON.stringify(out);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `name<<delimiter\nvalue\ndelimiter` blocks of a GITHUB_OUTPUT file (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

export const VERIFY_ACTION_YML = fileURLToPath(new URL('../../verify/action.yml', import.meta.url));

/** verify/action.yml as decoded YAML (the runner's view of the action). */
export function readVerifyActionYml(): Node {
  return decode(parse(readFileSync(VERIFY_ACTION_YML, 'utf8')), 'INVALID_FIELD', 'verify/action.yml');
}

/** The input defaults verify/action.yml declares; `${{ github.token }}` becomes `token`, as the runner does. */
export function actionDefaults(token: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of readVerifyActionYml().get('inputs').entries()) {
    const value = spec.optional('default')?.value;
    const text = value === undefined ? '' : String(value);
    out[name] = /^\$\{\{\s*github\.token\s*\}\}$/.test(text) ? token : text;
  }
  return out;
}

/**
 * Runs dist/verify/index.js as the runner does: action.yml defaults filled in, INPUT_* (name uppercased, hyphens
 * kept), GITHUB_* env, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY command files created empty.
 */
export async function runAction(
  dist: string,
  dir: string,
  given: Record<string, string>,
  env: Record<string, string>,
  token = '',
): Promise<RunResult> {
  const inputs = { ...actionDefaults(token), ...given };
  const outputFile = join(dir, `output-${randomUUID()}`);
  const summaryFile = join(dir, `summary-${randomUUID()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );
  const child = spawn(actionNode(), [dist], {
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...env,
      ...inputEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

export function newClient(baseUrl: string): RekorClient {
  return new RekorClient({ baseUrl });
}
