/**
 * node:http plumbing for the log server: body size cap (413 before a byte of an oversized body is buffered),
 * connection and time limits (below), dispatch through the Router, the error table of status.ts, keep-alive, and
 * a graceful close that stops accepting, lets in-flight requests finish and then drops idle keep-alive sockets.
 *
 * Slow clients (slowloris: sockets opened and fed a byte at a time) are cut off by time, and the number of open
 * sockets is capped, so neither can exhaust the process's file descriptors: headers must arrive within
 * headersTimeoutMs, a body within bodyTimeoutMs of its headers, the whole request within requestTimeoutMs, an idle
 * keep-alive socket is closed after keepAliveTimeoutMs, and sockets past maxConnections are closed on accept.
 * Node checks its timeouts on an interval (30 s by default), which is set here to a fraction of the shortest one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CodedError } from '../../core/errors.js';
import type { Router } from './router.js';
import { type HttpResponse, responseForError } from './status.js';

/** Rekor v2 and our v1 both cap request bodies at 4 MiB (research/tiles-perf.md §1.2). */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface HttpLimits {
  /** Open sockets at once; more are closed as they are accepted. */
  maxConnections: number;
  /** From a socket's first byte (or the end of its previous request) to the end of the request headers. */
  headersTimeoutMs: number;
  /** From the end of the headers to the end of the body. */
  bodyTimeoutMs: number;
  /** The whole request (headers and body); at least headersTimeoutMs. */
  requestTimeoutMs: number;
  /** An idle keep-alive socket waiting for its next request. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: Readonly<HttpLimits> = {
  maxConnections: 1024,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 20_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

export interface HttpServerOptions {
  maxBodyBytes?: number;
  limits?: Partial<HttpLimits>;
  /** Called with server-side faults (5xx other than 503); never with client mistakes. */
  onServerError?: (error: unknown, request: { method: string; path: string }) => void;
}

export interface RunningHttpServer {
  readonly server: Server;
  readonly port: number;
  readonly host: string;
  /** Stops accepting, waits for in-flight requests, then closes idle keep-alive connections. */
  close(): Promise<void>;
}

export async function listenHttp(
  router: Router,
  host: string,
  port: number,
  options: HttpServerOptions = {},
): Promise<RunningHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new CodedError('USAGE', 'the headers timeout must not be longer than the request timeout');
  }
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  const server = createServer(
    { connectionsCheckingInterval: Math.max(10, Math.min(1000, shortest / 4)) },
    (req, res) => {
      inFlight++;
      res.on('close', () => {
        inFlight--;
        if (inFlight === 0 && drained !== undefined) drained();
      });
      if (closing) res.setHeader('connection', 'close');
      void handle(router, req, res, { maxBodyBytes, bodyTimeoutMs: limits.bodyTimeoutMs }, options.onServerError);
    },
  );
  server.maxConnections = limits.maxConnections;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;

  return {
    server,
    port: address.port,
    host,
    async close(): Promise<void> {
      if (closing) return;
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.closeIdleConnections();
      await closed;
    },
  };
}

async function handle(
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
  body: { maxBodyBytes: number; bodyTimeoutMs: number },
  onServerError: HttpServerOptions['onServerError'],
): Promise<void> {
  const method = req.method ?? 'GET';
  let path = '/';
  let response: HttpResponse;
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    path = url.pathname;
    const match = router.match(method, path);
    const bytes = method === 'POST' ? await readBody(req, body.maxBodyBytes, body.bodyTimeoutMs) : new Uint8Array(0);
    response = await match.handler({
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body: bytes,
      params: match.params,
    });
  } catch (error) {
    response = responseForError(error);
    if (response.status >= 500 && response.status !== 503) onServerError?.(error, { method, path });
    // The rest of such a body is not read: the socket cannot carry another request.
    if (error instanceof CodedError && (error.code === 'TOO_LARGE' || error.code === 'REQUEST_TIMEOUT')) {
      res.setHeader('connection', 'close');
    }
  }
  send(res, response, method === 'HEAD');
}

function send(res: ServerResponse, response: HttpResponse, headOnly: boolean): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.body === undefined) {
    res.setHeader('content-length', '0');
    res.end();
    return;
  }
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : Buffer.from(response.body);
  res.setHeader('content-length', String(body.byteLength));
  if (headOnly) res.end();
  else res.end(body);
}

/**
 * Reads the whole body, refusing (TOO_LARGE) as soon as the declared or received size passes the cap, and
 * (REQUEST_TIMEOUT) when it has not all arrived within timeoutMs.
 */
function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) {
    req.resume();
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: CodedError): void => {
      if (failed) return;
      failed = true;
      chunks.length = 0;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(() => {
      fail(new CodedError('REQUEST_TIMEOUT', `the request body did not arrive within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        fail(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      if (!failed) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    req.on('error', (cause) => {
      fail(new CodedError('BAD_REQUEST', 'the request body could not be read', { cause }));
    });
  });
}

function tooLarge(maxBytes: number): CodedError {
  return new CodedError('TOO_LARGE', `request body is larger than the limit of ${maxBytes} bytes`);
}

/** Response helpers shared by the route modules. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', ...headers },
    body: `${JSON.stringify(value)}\n`,
  };
}
