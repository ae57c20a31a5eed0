/**
 * Wiring of a complete log server (what `provlog serve`, the demo and the integration tests share): the data
 * directory (key, identity, SQLite), the TransparencyLog, the HTTP routes, and an orderly close.
 *
 * Identity is fixed at first start and stored in DIR/log.json: the checkpoint signer name and the trusted
 * root's baseUrl. Later starts reuse them even when the port differs (e.g. `--port 0`): the name is part of
 * every signed checkpoint's origin, so changing it would make the stored checkpoints unverifiable under the new
 * name, and a distributed trusted_root.json would stop matching. The URL actually served is reported separately.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTrustedRootForLog } from '../../core/bundle/trust.js';
import { CodedError } from '../../core/errors.js';
import { decodeJson } from '../../core/json/decode.js';
import { formatSigningConfig } from '../../core/signing-config/config.js';
import { buildServerSigningConfig } from '../../core/signing-config/server.js';
import { TransparencyLog } from '../../log/log.js';

import { type CaOptions, type RunningCa, startCa } from '../ca/start-ca.js';
import { readOrCreateKey } from '../crypto/key-file.js';
import { signerFromPem } from '../crypto/node-signer.js';
import { openSqliteStorage } from '../storage/sqlite.js';
import { openTimestampAuthority, trustTimestampAuthority } from '../tsa/authority.js';
import { AdmissionPool } from './admission-pool.js';
import { registerRekorV1 } from './rekor-v1.js';
import { registerRekorV2 } from './rekor-v2.js';
import { Router } from './router.js';
import { type HttpLimits, listenHttp } from './server.js';
import { registerTiles } from './tiles.js';
import { registerTimestampAuthority, TIMESTAMP_PATH } from './timestamp.js';

export const KEY_FILE = 'log-key.pem';
export const IDENTITY_FILE = 'log.json';
export const TRUSTED_ROOT_FILE = 'trusted_root.json';
export const SIGNING_CONFIG_FILE = 'signing_config.json';

export interface LogServerOptions {
  dataDir: string;
  host?: string;
  port?: number;
  /** Checkpoint signer name; default `host:port` (or the host of `publicUrl`) at first start, then DIR/log.json's. */
  name?: string;
  /**
   * The URL clients reach the log at when it is not the one it listens on (behind a TLS reverse proxy), e.g.
   * `https://log.example.com`. Written into trusted_root.json at first start; later starts must agree.
   */
  publicUrl?: string;
  maxBodyBytes?: number;
  /** Connection and slow-client limits (server.ts DEFAULT_HTTP_LIMITS for what is not given). */
  httpLimits?: Partial<HttpLimits>;
  /** Admission worker threads (default: availableParallelism() - 1, at least 2) and time budget per request. */
  admissionThreads?: number;
  admissionTimeoutMs?: number;
  /** Group-commit tuning passed to the log. */
  maxBatch?: number;
  maxPending?: number;
  onServerError?: (error: unknown, request: { method: string; path: string }) => void;
  /** Also serve an RFC 3161 timestamp authority (`--tsa`), trusted in trusted_root.json. */
  tsa?: boolean;
  /** `provlog serve --ca`: a Fulcio-compatible CA with its CT log (adapters/ca/start-ca.ts). */
  ca?: CaOptions;
}

export interface LogServer {
  /** The URL being served now (real port when 0 was asked for). */
  readonly url: string;
  readonly port: number;
  /** The URL recorded in trusted_root.json at first start. */
  readonly baseUrl: string;
  readonly name: string;
  readonly log: TransparencyLog;
  readonly logIdHex: string;
  readonly treeId: string;
  readonly trustedRootPath: string;
  /** DIR/signing_config.json: the services running now (rewritten at every start). */
  readonly signingConfigPath: string;
  /** The TSA's PEM chain (leaf first) when `tsa` is on. */
  readonly tsaChainPem?: string;
  /** The certificate authority and its CT log, when started with `ca`. */
  readonly ca?: RunningCa;
  /** Stops accepting, finishes in-flight requests and writes, closes storage. Idempotent. */
  close(): Promise<void>;
}

interface Identity {
  name: string;
  baseUrl: string;
}

export async function startLogServer(options: LogServerOptions): Promise<LogServer> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const signer = signerFromPem(readOrCreateKey(join(dataDir, KEY_FILE)), 'log key');

  const router = new Router();
  const http = await listenHttp(router, host, options.port ?? 3000, {
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    ...(options.httpLimits === undefined ? {} : { limits: options.httpLimits }),
    ...(options.onServerError === undefined ? {} : { onServerError: options.onServerError }),
  });
  const url = `http://${urlHost(host)}:${http.port}`;

  let storage: ReturnType<typeof openSqliteStorage> | undefined;
  let log: TransparencyLog;
  let identity: Identity;
  try {
    identity = readOrCreateIdentity(join(dataDir, IDENTITY_FILE), {
      servedUrl: url,
      defaultName: `${urlHost(host)}:${http.port}`,
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
    });
    storage = openSqliteStorage(dataDir);
    log = TransparencyLog.open({
      storage,
      signer,
      name: identity.name,
      clock: () => Date.now(),
      newTreeId: randomTreeId,
      ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
      ...(options.maxPending === undefined ? {} : { maxPending: options.maxPending }),
    });
  } catch (error) {
    storage?.close();
    await http.close();
    throw error;
  }

  const trustedRootPath = join(dataDir, TRUSTED_ROOT_FILE);
  if (!existsSync(trustedRootPath)) {
    // validFor.start must not be later than any entry's integratedTime (whole seconds): round down.
    const created = log.createdAt;
    const root = buildTrustedRootForLog({
      baseUrl: identity.baseUrl,
      publicKey: log.publicKey,
      start: Math.floor(created),
    });
    writeFileSync(trustedRootPath, `${JSON.stringify(root, null, 2)}\n`);
  }

  // Signature checks (entries, and the proposed entries of a retrieve) run on worker threads with a time budget,
  // off the event loop.
  const admission = new AdmissionPool({
    ...(options.admissionThreads === undefined ? {} : { threads: options.admissionThreads }),
    ...(options.admissionTimeoutMs === undefined ? {} : { timeoutMs: options.admissionTimeoutMs }),
  });
  registerRekorV1(router, log, {
    admit: (body) => admission.admit(body, {}),
    planSearch: (body) => admission.planSearch(body),
  });
  await admission.ready();
  registerRekorV2(router, log, { admit: (body) => admission.admitV2(body) });
  registerTiles(router, log);
  let ca: RunningCa | undefined;
  try {
    if (options.ca !== undefined) {
      ca = await startCa(router, options.ca, { dataDir, baseUrl: identity.baseUrl, trustedRootPath });
    }
  } catch (error) {
    await http.close();
    await admission.close();
    await log.close();
    throw error;
  }

  // The TSA (--tsa) and signing_config.json; a failure here (e.g. a TSA key others can read) closes what is open.
  let tsaChainPem: string | undefined;
  let signingConfigPath: string;
  try {
    let tsaService: { url: string; start: number } | undefined;
    if (options.tsa === true) {
      const organization = `provlog ${identity.name}`;
      const tsa = openTimestampAuthority(dataDir, organization);
      tsaService = { url: `${identity.baseUrl}${TIMESTAMP_PATH}`, start: tsa.validFrom };
      trustTimestampAuthority(trustedRootPath, tsa, { uri: tsaService.url, organization });
      registerTimestampAuthority(router, tsa);
      tsaChainPem = tsa.chainPem;
    }
    // What runs now, for Sigstore clients. A CA (--ca) joins here as `ca: { url, start }`.
    signingConfigPath = join(dataDir, SIGNING_CONFIG_FILE);
    const signingConfig = buildServerSigningConfig({
      logUrl: identity.baseUrl,
      logStart: Math.floor(log.createdAt),
      logV2: true, // registerRekorV2 above
      ...(tsaService === undefined ? {} : { tsa: tsaService }),
      operator: identity.name,
    });
    writeFileAtomically(signingConfigPath, `${JSON.stringify(formatSigningConfig(signingConfig), null, 2)}\n`);
  } catch (error) {
    await http.close();
    await admission.close();
    await log.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port: http.port,
    baseUrl: identity.baseUrl,
    name: identity.name,
    log,
    logIdHex: log.logIdHex,
    treeId: log.treeId,
    trustedRootPath,
    signingConfigPath,
    ...(tsaChainPem === undefined ? {} : { tsaChainPem }),
    ...(ca === undefined ? {} : { ca }),
    close(): Promise<void> {
      closing ??= (async () => {
        // Stop accepting and let in-flight requests (and so their writes) finish; then the log drains its
        // queue and closes SQLite.
        await http.close();
        await admission.close();
        await log.close();
        await ca?.close();
      })();
      return closing;
    },
  };
}

function writeFileAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function readOrCreateIdentity(
  path: string,
  want: { servedUrl: string; defaultName: string; name?: string; publicUrl?: string },
): Identity {
  const publicUrl = want.publicUrl === undefined ? undefined : parsePublicUrl(want.publicUrl);
  if (existsSync(path)) {
    const root = decodeJson(readFileSync(path, 'utf8'), 'INVALID_FIELD', path);
    const identity = { name: root.get('name').nonEmptyString(), baseUrl: root.get('baseUrl').nonEmptyString() };
    if (want.name !== undefined && want.name !== identity.name) {
      throw new CodedError(
        'USAGE',
        `--name ${want.name} differs from the name this log was created with (${identity.name}); checkpoints are signed under that name`,
      );
    }
    if (publicUrl !== undefined && publicUrl.href !== identity.baseUrl) {
      throw new CodedError(
        'USAGE',
        `--public-url ${publicUrl.href} differs from the URL this log was created with (${identity.baseUrl}), which verifiers already hold in trusted_root.json`,
      );
    }
    return identity;
  }
  const name = want.name ?? publicUrl?.host ?? want.defaultName;
  checkName(name);
  const identity = { name, baseUrl: publicUrl?.href ?? want.servedUrl };
  if (!identity.baseUrl.includes(name)) {
    // sigstore-js only accepts a checkpoint whose signer name is part of the trusted root's baseUrl.
    if (publicUrl !== undefined) {
      throw new CodedError(
        'USAGE',
        `--name ${name} must be part of --public-url ${publicUrl.href} (Sigstore clients check this)`,
      );
    }
    identity.baseUrl = `http://${name}`;
  }
  writeFileSync(path, `${JSON.stringify(identity, null, 2)}\n`);
  return identity;
}

/** An http(s) URL without query, fragment or trailing slash, kept as `href` in that normal form. */
function parsePublicUrl(text: string): { href: string; host: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CodedError('USAGE', `--public-url ${text} is not a URL (e.g. https://log.example.com)`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || url.username) {
    throw new CodedError('USAGE', `--public-url ${text} must be a plain http(s) URL (e.g. https://log.example.com)`);
  }
  return { href: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, host: url.host };
}

/** Signed-note names are non-empty with no spaces or '+' (C2SP signed-note). */
function checkName(name: string): void {
  if (name === '' || /[\s+]/.test(name)) {
    throw new CodedError('USAGE', `--name "${name}" is not a valid checkpoint signer name (no spaces or '+')`);
  }
}

/** A random Trillian-style tree ID: int64 > 0, as a decimal string. */
function randomTreeId(): string {
  const value = randomBytes(8).readBigUInt64BE() & 0x7fff_ffff_ffff_ffffn;
  return (value === 0n ? 1n : value).toString(10);
}
