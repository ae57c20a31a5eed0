/**
 * `provlog serve`: the Rekor-compatible transparency log over HTTP (issue 3). Wiring lives in
 * adapters/http/log-server.ts (shared with the demo and tests); this file parses flags, prints where the log
 * is and what to trust, and turns SIGINT/SIGTERM (io.signal) into a graceful close.
 */

import { resolve } from 'node:path';
import { parseIssuerFlag } from '../adapters/ca/certificate-authority.js';
import type { CaOptions } from '../adapters/ca/start-ca.js';
import { DEFAULT_ADMISSION_TIMEOUT_MS } from '../adapters/http/admission-pool.js';
import { startLogServer } from '../adapters/http/log-server.js';
import { DEFAULT_HTTP_LIMITS, DEFAULT_MAX_BODY_BYTES } from '../adapters/http/server.js';
import { CodedError } from '../core/errors.js';
import {
  booleanValue,
  type CommandSpec,
  formatHelp,
  type ParsedArgs,
  parseCommandArgs,
  requiredString,
  stringList,
  stringValue,
} from './args.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIO } from './io.js';

export const SERVE_SPEC: CommandSpec = {
  name: 'serve',
  usage:
    'provlog serve --data DIR [--host 127.0.0.1] [--port 3000] [--name NAME] [--public-url URL] [--max-body BYTES] ' +
    '[--max-connections N] [--headers-timeout MS] [--body-timeout MS] [--request-timeout MS] ' +
    '[--keep-alive-timeout MS] [--admission-timeout MS] [--admission-threads N] [--tsa]',
  summary:
    'Run a Rekor-compatible transparency log (Rekor v1 REST, Rekor v2 writes, C2SP tlog-tiles) stored in SQLite ' +
    'under DIR. The first start creates DIR/log-key.pem, a tree ID and DIR/trusted_root.json; every start writes DIR/signing_config.json (the services running); later starts reuse ' +
    'them (the checkpoint name and trusted-root URL stay those of the first start, even if the port changes).',
  options: {
    data: { type: 'string', value: 'DIR', help: 'data directory (created on first start)' },
    host: { type: 'string', value: 'HOST', default: '127.0.0.1', help: 'address to bind (loopback by default)' },
    port: { type: 'string', value: 'PORT', default: '3000', help: 'TCP port; 0 picks a free one' },
    name: {
      type: 'string',
      value: 'NAME',
      help: 'checkpoint signer name (default: host:port of the first start, or the host of --public-url)',
    },
    'public-url': {
      type: 'string',
      value: 'URL',
      help: 'URL clients use when it differs from the one served (TLS proxy), e.g. https://log.example.com; goes into trusted_root.json at first start',
    },
    'max-body': {
      type: 'string',
      value: 'BYTES',
      default: String(DEFAULT_MAX_BODY_BYTES),
      help: 'largest request body accepted (413 past it)',
    },
    'max-connections': {
      type: 'string',
      value: 'N',
      default: String(DEFAULT_HTTP_LIMITS.maxConnections),
      help: 'open client sockets at once; sockets past it are closed as they connect',
    },
    'headers-timeout': {
      type: 'string',
      value: 'MS',
      default: String(DEFAULT_HTTP_LIMITS.headersTimeoutMs),
      help: 'time for a request line and headers to arrive (slow clients are cut off with 408)',
    },
    'body-timeout': {
      type: 'string',
      value: 'MS',
      default: String(DEFAULT_HTTP_LIMITS.bodyTimeoutMs),
      help: 'time for a request body to arrive after its headers (408)',
    },
    'request-timeout': {
      type: 'string',
      value: 'MS',
      default: String(DEFAULT_HTTP_LIMITS.requestTimeoutMs),
      help: 'time for a whole request to arrive; at least --headers-timeout (408)',
    },
    'keep-alive-timeout': {
      type: 'string',
      value: 'MS',
      default: String(DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs),
      help: 'an idle keep-alive socket is closed after this',
    },
    'admission-timeout': {
      type: 'string',
      value: 'MS',
      default: String(DEFAULT_ADMISSION_TIMEOUT_MS),
      help: "time budget for checking one request's entries; past it: 503 and the worker is replaced",
    },
    'admission-threads': {
      type: 'string',
      value: 'N',
      help: 'worker threads that check entries (default: CPU cores - 1, at least 2; one of them only takes bodies up to 64 KiB)',
    },
    ca: {
      type: 'boolean',
      help: 'also run a Fulcio-compatible certificate authority (/api/v2) with its CT log (/ct/v1); needs --oidc-issuer',
    },
    'oidc-issuer': {
      type: 'string',
      value: 'URL[=SERVER_URL]',
      multiple: true,
      help: 'an OIDC issuer whose tokens buy certificates (--ca); SERVER_URL (default https://github.com) prefixes the certificate URIs',
    },
    'oidc-audience': {
      type: 'string',
      value: 'AUD',
      default: 'sigstore',
      help: 'the audience (aud) tokens must carry (--ca)',
    },
    tsa: {
      type: 'boolean',
      help: 'also run an RFC 3161 timestamp authority at /api/v1/timestamp (keys and chain created in DIR on first start, trusted in trusted_root.json)',
    },
  },
};

/** Limits no flag can lift: a day for timeouts, a million sockets, 64 threads. */
const MAX_TIMEOUT_MS = 86_400_000;

export async function runServe(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(SERVE_SPEC, argv);
  if (args.values.help === true) {
    io.stdout(formatHelp(SERVE_SPEC));
    return EXIT_OK;
  }
  if (args.positionals.length > 0) {
    throw new CodedError('USAGE', `unexpected argument ${args.positionals[0]} (see \`provlog serve --help\`)`);
  }
  const dataDir = resolve(io.cwd, requiredString(args, 'data', SERVE_SPEC));
  const port = intFlag(stringValue(args, 'port') ?? '3000', 'port', 0, 65535);
  const maxBodyBytes = intFlag(stringValue(args, 'max-body') ?? String(DEFAULT_MAX_BODY_BYTES), 'max-body', 1, 2 ** 31);
  const name = stringValue(args, 'name');
  const publicUrl = stringValue(args, 'public-url');
  const ms = (flag: string, fallback: number): number =>
    intFlag(stringValue(args, flag) ?? String(fallback), flag, 1, MAX_TIMEOUT_MS);
  const httpLimits = {
    maxConnections: intFlag(
      stringValue(args, 'max-connections') ?? String(DEFAULT_HTTP_LIMITS.maxConnections),
      'max-connections',
      1,
      1_000_000,
    ),
    headersTimeoutMs: ms('headers-timeout', DEFAULT_HTTP_LIMITS.headersTimeoutMs),
    bodyTimeoutMs: ms('body-timeout', DEFAULT_HTTP_LIMITS.bodyTimeoutMs),
    requestTimeoutMs: ms('request-timeout', DEFAULT_HTTP_LIMITS.requestTimeoutMs),
    keepAliveTimeoutMs: ms('keep-alive-timeout', DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs),
  };
  if (httpLimits.headersTimeoutMs > httpLimits.requestTimeoutMs) {
    throw new CodedError('USAGE', '--headers-timeout must not be longer than --request-timeout');
  }
  const admissionTimeoutMs = ms('admission-timeout', DEFAULT_ADMISSION_TIMEOUT_MS);
  const threads = stringValue(args, 'admission-threads');
  const admissionThreads = threads === undefined ? undefined : intFlag(threads, 'admission-threads', 1, 64);
  const ca = caOptions(args);
  const server = await startLogServer({
    dataDir,
    host: stringValue(args, 'host') ?? '127.0.0.1',
    port,
    maxBodyBytes,
    httpLimits,
    admissionTimeoutMs,
    ...(admissionThreads === undefined ? {} : { admissionThreads }),
    ...(name === undefined ? {} : { name }),
    ...(publicUrl === undefined ? {} : { publicUrl }),
    tsa: args.values.tsa === true,
    ...(ca === undefined ? {} : { ca }),
    onServerError: (error, req) => {
      io.stderr(
        `provlog serve: ${req.method} ${req.path} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    },
  });
  io.stdout(
    [
      `provlog serve: listening on ${server.url}`,
      `  log ID        ${server.logIdHex}`,
      `  tree ID       ${server.treeId}`,
      `  signer name   ${server.name}`,
      ...(server.ca === undefined
        ? []
        : [
            `  CA            ${server.url}/api/v2 (issuers: ${server.ca.ca.issuerList.map((i) => i.issuerUrl).join(', ')})`,
          ]),
      `  trusted root  ${server.trustedRootPath}${server.baseUrl === server.url ? '' : ` (baseUrl ${server.baseUrl})`}`,
      `  signing config ${server.signingConfigPath}`,
      ...(server.tsaChainPem === undefined ? [] : [`  timestamps    ${server.url}/api/v1/timestamp`]),
      '',
    ].join('\n'),
  );
  await waitForStop(io.signal);
  io.stderr('provlog serve: stopping (finishing in-flight writes)\n');
  await server.close();
  return EXIT_OK;
}

/** `--ca` with its issuers and audience; the issuer flags without `--ca` are a mistake, not ignored. */
function caOptions(args: ParsedArgs): CaOptions | undefined {
  const issuers = stringList(args, 'oidc-issuer');
  if (!booleanValue(args, 'ca')) {
    if (issuers.length > 0) throw new CodedError('USAGE', '--oidc-issuer needs --ca');
    return undefined;
  }
  if (issuers.length === 0) throw new CodedError('USAGE', '--ca needs at least one --oidc-issuer URL');
  return { issuers: issuers.map(parseIssuerFlag), audience: stringValue(args, 'oidc-audience') ?? 'sigstore' };
}

function intFlag(raw: string, flag: string, min: number, max: number): number {
  if (!/^[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new CodedError('USAGE', `--${flag} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

/** Resolves on abort of io.signal (the binary wires SIGINT/SIGTERM to it), or on those signals directly. */
function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  if (signal !== undefined) {
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
