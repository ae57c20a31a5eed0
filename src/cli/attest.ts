/** `provlog attest`: the attest action's pipeline from a terminal (build context from GITHUB_* or local git). */
import { basename, resolve } from 'node:path';
import { FulcioClient } from '../adapters/client/fulcio.js';
import { RekorClient } from '../adapters/client/rekor-v1.js';
import { readTextFile, writeTextFileAtomic } from '../adapters/files/read.js';
import { PUBLIC_GOOD_LOG_URL, readSigner } from '../adapters/files/trust.js';
import { readRunContext } from '../adapters/github/context.js';
import { CodedError } from '../core/errors.js';
import { type AttestResult, attest, prepareAttest } from '../flows/attest.js';
import {
  formatPrivacyWarning,
  formatPublishedInputsNotice,
  withoutWorkflowInputs,
  workflowInputNames,
} from '../flows/attest-privacy.js';
import { type KeylessCertificate, obtainKeylessCertificate } from '../flows/keyless.js';
import type { Reporter } from '../flows/reporter.js';
import { booleanValue, type CommandSpec, formatHelp, parseCommandArgs, requiredString, stringValue } from './args.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';

const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';

import type { CliIO } from './io.js';
import { progressBar } from './progress.js';

export const attestSpec: CommandSpec = {
  name: 'attest',
  usage:
    'provlog attest FILE|GLOB... --log-url URL (--key KEY.pem | --identity-token TOKEN_FILE [--fulcio-url URL]) [--trusted-root R.json] [--bundle OUT.json] [--json]',
  summary:
    "Hash the files, sign SLSA v1 provenance (DSSE) with KEY.pem, record it in the log, verify the log's answer\nand write a Sigstore bundle v0.3. Build context comes from GITHUB_* when set, else from the local git checkout.",
  options: {
    'log-url': { type: 'string', value: 'URL', help: 'Rekor v1 API base of the transparency log' },
    key: { type: 'string', value: 'KEY.pem', help: 'PEM PKCS#8 private key (ECDSA P-256 or Ed25519)' },
    'identity-token': {
      type: 'string',
      value: 'TOKEN_FILE',
      help: 'keyless: a file holding a GitHub Actions OIDC token (audience sigstore); also SIGSTORE_ID_TOKEN',
    },
    'fulcio-url': {
      type: 'string',
      value: 'URL',
      help: `keyless: the certificate authority (default: the CA of --trusted-root, else ${DEFAULT_FULCIO_URL})`,
    },
    'trusted-root': {
      type: 'string',
      value: 'R.json',
      help: `Sigstore TrustedRoot for that log (built in for ${PUBLIC_GOOD_LOG_URL}; \`provlog serve\` writes one)`,
    },
    bundle: { type: 'string', value: 'OUT.json', help: 'where to write the bundle (default: <file>.sigstore.json)' },
    checksums: { type: 'string', value: 'FILE', help: 'also attest the subjects of a sha256sum-format file' },
    'no-workflow-inputs': {
      type: 'boolean',
      help: 'leave the workflow_dispatch inputs (GITHUB_EVENT_PATH) out of the provenance; on a public log they are public',
    },
    json: { type: 'boolean', help: 'print the result as JSON on stdout' },
  },
};

export async function runAttest(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(attestSpec, argv);
  if (booleanValue(args, 'help')) {
    io.stdout(formatHelp(attestSpec));
    return EXIT_OK;
  }
  const logUrl = requiredString(args, 'log-url', attestSpec).replace(/\/+$/, '');
  const keyPath = stringValue(args, 'key');
  const tokenPath = stringValue(args, 'identity-token');
  const envToken = io.env.SIGSTORE_ID_TOKEN;
  if (keyPath !== undefined && tokenPath !== undefined) {
    throw new CodedError('USAGE', 'give --key (key signing) or --identity-token (keyless), not both');
  }
  if (keyPath === undefined && tokenPath === undefined && (envToken === undefined || envToken === '')) {
    throw new CodedError(
      'USAGE',
      'give --key KEY.pem, or --identity-token TOKEN_FILE (or SIGSTORE_ID_TOKEN) for keyless signing',
    );
  }
  const checksums = stringValue(args, 'checksums');
  if (args.positionals.length === 0 && checksums === undefined) {
    io.stderr(`provlog attest: name at least one FILE or GLOB (see \`provlog attest --help\`)\n`);
    return EXIT_USAGE;
  }
  const trustedRootPath = stringValue(args, 'trusted-root');
  if (trustedRootPath === undefined && logUrl !== PUBLIC_GOOD_LOG_URL) {
    throw new CodedError(
      'USAGE',
      `--trusted-root is required for ${logUrl}: provlog never trusts a key fetched from the log itself (\`provlog serve\` writes DATA_DIR/trusted_root.json)`,
    );
  }
  const reporter = stderrReporter(io, booleanValue(args, 'json'));
  const bar = io.isTTY ? progressBar(io) : undefined;
  const client = new RekorClient({ baseUrl: logUrl });
  // The key and the git/GITHUB_* context are read while prepareAttest hashes.
  const [{ log, subjects }, keySigner, runContext] = await Promise.all([
    prepareAttest({
      client,
      url: logUrl,
      trustedRootPath: trustedRootPath === undefined ? undefined : resolve(io.cwd, trustedRootPath),
      subjects: { paths: args.positionals.join('\n'), ...(checksums === undefined ? {} : { checksums }) },
      baseDir: io.cwd,
      ...(bar === undefined ? {} : { onProgress: bar.update }),
    }),
    keyPath === undefined ? undefined : readSigner(resolve(io.cwd, keyPath)),
    readRunContext(io.env, { cwd: io.cwd }),
  ]);
  bar?.done();
  const run = booleanValue(args, 'no-workflow-inputs')
    ? { ...runContext, build: withoutWorkflowInputs(runContext.build) }
    : runContext;
  const published = workflowInputNames(run.build);
  const hint = 'pass --no-workflow-inputs';
  for (const text of [
    formatPrivacyWarning(run.visibility, logUrl, run.build.repository, published, hint),
    formatPublishedInputsNotice(run.visibility, logUrl, published, hint),
  ]) {
    if (text !== undefined) reporter.warning(text);
  }
  let certificate: KeylessCertificate | undefined;
  if (keySigner === undefined) {
    const token =
      tokenPath === undefined ? (envToken ?? '') : (await readTextFile(resolve(io.cwd, tokenPath), 64 * 1024)).trim();
    const fulcioUrl =
      stringValue(args, 'fulcio-url') ??
      (trustedRootPath === undefined ? undefined : log.trustedRoot.certificateAuthorities.at(-1)?.uri) ??
      DEFAULT_FULCIO_URL;
    reporter.info(`Requesting a signing certificate from ${fulcioUrl}`);
    certificate = await obtainKeylessCertificate({
      fulcio: new FulcioClient({ baseUrl: fulcioUrl }),
      token,
      trustedRoot: log.trustedRoot,
      serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
      now: () => Date.now(),
    });
    reporter.info(`Certificate for ${certificate.identity.san} (issuer ${certificate.identity.issuer})`);
  }
  const signer = keySigner ?? certificate?.signer;
  if (signer === undefined) throw new CodedError('INTERNAL', 'no signer');
  reporter.info(`Build context from ${run.build.source === 'git' ? 'the local git checkout' : 'GITHUB_* variables'}`);
  const result = await attest({
    subjects,
    predicate: { kind: 'slsa', context: run.build },
    signer,
    ...(certificate === undefined ? {} : { certificate: certificate.certificate }),
    log,
    now: () => Date.now(),
    reporter,
  });
  const bundlePath = resolve(io.cwd, stringValue(args, 'bundle') ?? defaultBundleName(result));
  await writeTextFileAtomic(bundlePath, result.bundleJson);
  io.stdout(
    booleanValue(args, 'json')
      ? `${JSON.stringify({ ...attestJson(result, bundlePath), ...identityJson(certificate) }, null, 2)}\n`
      : formatHuman(result, bundlePath, certificate),
  );
  return EXIT_OK;
}

function defaultBundleName(result: AttestResult): string {
  const only = result.statement.subject.length === 1 ? result.statement.subject[0] : undefined;
  return only === undefined ? 'provenance.sigstore.json' : `${basename(only.name)}.sigstore.json`;
}

export function attestJson(result: AttestResult, bundlePath: string): Record<string, unknown> {
  return {
    bundlePath,
    subjects: result.statement.subject,
    entry: result.entry,
    keyFingerprint: result.keyFingerprint,
  };
}

/** Keyless runs name the certificate identity (the signer), not a throwaway key. */
function identityJson(certificate: KeylessCertificate | undefined): Record<string, unknown> {
  if (certificate === undefined) return {};
  const { san, issuer, extensions } = certificate.identity;
  return { certificateIdentity: { san, issuer, extensions } };
}

function formatHuman(result: AttestResult, bundlePath: string, certificate?: KeylessCertificate): string {
  const e = result.entry;
  const lines = [
    ...result.statement.subject.map((s) => `  ${s.digest.sha256 ?? Object.values(s.digest)[0]}  ${s.name}`),
    '',
    `log entry   ${e.logIndex} (${e.adopted ? 'already recorded' : 'new'}) ${e.entryUrl}`,
    `uuid        ${e.uuid}`,
    `integrated  ${new Date(e.integratedTime * 1000).toISOString()}`,
    `proof       tree size ${e.inclusionProof.treeSize}, root ${e.inclusionProof.rootHash}, ${e.inclusionProof.hashes.length} hashes`,
    certificate === undefined
      ? `signer key  sha256:${result.keyFingerprint}`
      : `signer      ${certificate.identity.san} (issuer ${certificate.identity.issuer})`,
    `bundle      ${bundlePath}`,
  ];
  return `attested ${result.statement.subject.length} subject(s):\n${lines.join('\n')}\n`;
}

function stderrReporter(io: CliIO, quiet: boolean): Reporter {
  const line = (prefix: string) => (message: string) => {
    if (!quiet || prefix !== '') io.stderr(`${prefix}${message}\n`);
  };
  return { info: line(''), notice: line(''), warning: line('warning: '), error: line('error: ') };
}
