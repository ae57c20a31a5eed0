/**
 * `provlog demo` (issue 7): the whole product on one machine in a few seconds, with no network and no GitHub.
 * It starts an embedded `provlog serve` on 127.0.0.1 (free port, temp dir), creates a signing key, builds a
 * few sample artifacts (or takes the files named on the command line), runs the REAL attest flow
 * (flows/attest.ts) and the REAL verify flow (flows/verify.ts) with the log's trusted_root.json and the key,
 * then shows that a copy of an artifact with one flipped byte is rejected.
 *
 * A few "neighbour" entries, signed by other throwaway keys, are recorded first so the log looks like a shared
 * log and the inclusion proof has a real audit path (an entry alone in a tree has an empty one).
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { RekorClient } from '../adapters/client/rekor-v1.js';
import { generatePrivateKeyPem, signerFromPem } from '../adapters/crypto/node-signer.js';
import { readTrustedRoot } from '../adapters/files/trust.js';
import { readBuildContextFromGit } from '../adapters/github/context.js';
import { type LogServer, startLogServer } from '../adapters/http/log-server.js';
import type { TrustedRoot } from '../core/bundle/trust.js';
import { CodedError } from '../core/errors.js';
import type { BuildContext } from '../core/intoto/slsa.js';
import { formatPublicKeyPem } from '../core/keys/keys.js';
import type { Signer } from '../core/keys/signer.js';
import type { Requirements } from '../core/policy/schema.js';
import { attest } from '../flows/attest.js';
import { silentReporter } from '../flows/reporter.js';
import { resolveSubjects } from '../flows/subjects.js';
import { type ArtifactResult, verifyArtifacts } from '../flows/verify.js';
import { booleanValue, type CommandSpec, formatHelp, parseCommandArgs } from './args.js';
import { allVerified, type DemoReport, formatDemoHuman, formatDemoJson } from './demo-output.js';
import { EXIT_NOT_VERIFIED, EXIT_OK } from './exit-codes.js';
import { type CliIO, useColor } from './io.js';

export const DEMO_SPEC: CommandSpec = {
  name: 'demo',
  usage: 'provlog demo [--json] [--keep] [-- FILE...]',
  summary:
    'Run the whole product locally, with no network and no GitHub: start a transparency log on 127.0.0.1 in a ' +
    'temp dir, create a signing key, build sample artifacts (or use FILE...), attest them, verify them offline, ' +
    'and show that a tampered copy is rejected. Exit 0 when every artifact verified and the tampered copy failed.',
  options: {
    json: { type: 'boolean', help: 'print the report as JSON (schema https://provlog.dev/demo/v1) on stdout' },
    keep: { type: 'boolean', help: 'keep the temp dir (log data, key, artifacts, bundle) and print its path' },
  },
};

/** Entries by other signers recorded before ours, so our inclusion proof has a 3-hash audit path. */
const NEIGHBOUR_ENTRIES = 7;

/** Used when the demo does not run inside a git checkout (provenance needs some source to describe). */
const SAMPLE_CONTEXT: BuildContext = {
  serverUrl: 'https://github.com',
  repository: 'provlog-demo/app',
  repositoryId: '1',
  repositoryOwnerId: '1',
  ref: 'refs/tags/v1.0.0',
  sha: '0'.repeat(40),
  workflowRef: 'provlog-demo/app/.github/workflows/release.yml@refs/tags/v1.0.0',
  eventName: 'release',
  runId: '1',
  runAttempt: '1',
  runnerEnvironment: 'local',
  source: 'env',
};

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(DEMO_SPEC, argv);
  if (booleanValue(args, 'help')) {
    io.stdout(formatHelp(DEMO_SPEC));
    return EXIT_OK;
  }
  const json = booleanValue(args, 'json');
  const keep = booleanValue(args, 'keep');
  const dir = mkdtempSync(join(tmpdir(), 'provlog-demo-'));
  let server: LogServer | undefined;
  try {
    server = await startLogServer({ dataDir: join(dir, 'log'), host: '127.0.0.1', port: 0 });
    const report = await runDemoIn(dir, server, args.positionals, io);
    if (keep) report.keptDir = dir;
    io.stdout(json ? formatDemoJson(report) : formatDemoHuman(report, useColor(io)));
    return allVerified(report) ? EXIT_OK : EXIT_NOT_VERIFIED;
  } finally {
    await server?.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function runDemoIn(dir: string, server: LogServer, files: string[], io: CliIO): Promise<DemoReport> {
  const trustedRoot = await readTrustedRoot(server.trustedRootPath);
  const client = new RekorClient({ baseUrl: server.url });
  const log = { client, url: server.url, trustedRoot };

  const keyPem = generatePrivateKeyPem('ecdsa-p256');
  writeFileSync(join(dir, 'signing-key.pem'), keyPem, { mode: 0o600 });
  const signer = signerFromPem(keyPem, 'demo signing key');
  writeFileSync(join(dir, 'signing-key.pub'), formatPublicKeyPem(signer.publicKey));

  // Subject names are relative to where the files are: the working directory, or the sample artifacts' dir.
  const baseDir = files.length > 0 ? io.cwd : join(dir, 'artifacts');
  const artifacts = files.length > 0 ? files.map((f) => resolve(io.cwd, f)) : buildSampleArtifacts(baseDir);
  const subjects = await resolveSubjects({ paths: artifacts.join('\n') }, { baseDir });
  const context = await demoContext(io.cwd);

  await recordNeighbours(log);
  const attested = await attest({
    subjects,
    predicate: { kind: 'slsa', context },
    signer,
    log,
    now: () => Date.now(),
    reporter: silentReporter,
  });
  const bundlePath = join(dir, 'provenance.sigstore.json');
  writeFileSync(bundlePath, attested.bundleJson);

  const requirements: Requirements = { repositories: [context.repository], refs: [context.ref] };
  const verify = (paths: string[]) =>
    verifyArtifacts({
      artifacts: paths.map((path) => ({ kind: 'file', path })),
      bundles: [{ kind: 'file', path: bundlePath, name: basename(bundlePath) }],
      trustedRoot,
      keys: [signer.publicKey],
      requirements,
      now: Math.floor(Date.now() / 1000),
    });
  const verified = await verify(artifacts);
  const tamper = await tamperedCopy(dir, artifacts[0] ?? '', verify);

  return {
    dir,
    log: { url: server.url, logId: server.logIdHex, treeId: server.treeId, trustedRootPath: server.trustedRootPath },
    signer: { fingerprint: attested.keyFingerprint, algorithm: signer.publicKey.algorithm },
    context,
    subjects: attested.statement.subject,
    entry: attested.entry,
    bundlePath,
    results: verified.results,
    verifiedCount: verified.results.filter((r) => r.verified).length,
    tamper,
  };
}

/** Three small files standing in for a release: two binaries and a checksums file. */
function buildSampleArtifacts(out: string): string[] {
  mkdirSync(out);
  const files: Record<string, Uint8Array> = {
    'app-linux-amd64.tar.gz': sampleBytes('app-linux-amd64', 48 * 1024),
    'app-darwin-arm64.tar.gz': sampleBytes('app-darwin-arm64', 40 * 1024),
  };
  const sums = Object.entries(files)
    .map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}\n`)
    .join('');
  files['SHA256SUMS.txt'] = new TextEncoder().encode(sums);
  return Object.entries(files).map(([name, data]) => {
    const path = join(out, name);
    writeFileSync(path, data);
    return path;
  });
}

/** Deterministic filler (a SHA-256 counter stream), so sample digests are the same on every run. */
function sampleBytes(seed: string, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i * 32 < size; i++) {
    out.set(
      createHash('sha256')
        .update(`${seed}/${i}`)
        .digest()
        .subarray(0, Math.min(32, size - i * 32)),
      i * 32,
    );
  }
  return out;
}

/**
 * The local checkout when it has a remote (as `provlog attest` does; a fresh clone has `origin`), else a clearly
 * named sample project. A checkout without a remote is described as `file://` + `local/<dir>`, which the
 * verifier reads back as a different repository name, so the demo's repository requirement could not pass.
 */
async function demoContext(cwd: string): Promise<BuildContext> {
  try {
    const context = await readBuildContextFromGit(cwd);
    return context.serverUrl.startsWith('https://') ? context : SAMPLE_CONTEXT;
  } catch {
    return SAMPLE_CONTEXT;
  }
}

async function recordNeighbours(log: { client: RekorClient; url: string; trustedRoot: TrustedRoot }): Promise<void> {
  const other: Signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'), 'neighbour key');
  for (let i = 0; i < NEIGHBOUR_ENTRIES; i++) {
    await attest({
      subjects: [{ name: `other-project-${i + 1}.zip`, digest: { sha256: randomBytes(32).toString('hex') } }],
      predicate: { kind: 'custom', type: 'https://provlog.dev/demo/neighbour/v1', value: { note: 'another signer' } },
      signer: other,
      log,
      now: () => Date.now(),
      reporter: silentReporter,
    });
  }
}

/** Copies the artifact, flips one bit of its middle byte, and verifies the copy against the same bundle. */
async function tamperedCopy(
  dir: string,
  original: string,
  verify: (paths: string[]) => Promise<{ results: ArtifactResult[] }>,
): Promise<DemoReport['tamper']> {
  const tamperDir = join(dir, 'tampered');
  mkdirSync(tamperDir);
  const copy = join(tamperDir, basename(original));
  copyFileSync(original, copy);
  const read = new Uint8Array(readFileSync(copy));
  // An empty file has no byte to flip: the tampered copy then gains one.
  const bytes = read.length === 0 ? new Uint8Array(1) : read;
  const offset = Math.floor(bytes.length / 2);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
  writeFileSync(copy, bytes);
  const result = (await verify([copy])).results[0];
  if (result === undefined)
    throw new CodedError('INTERNAL', 'the verify flow returned no result for the tampered copy');
  return { original, copy, offset, result };
}
