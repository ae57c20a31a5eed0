/**
 * One HTTP exchange over node:http / node:https, for the log clients.
 *
 * Why not fetch: in a short-lived CLI, the first fetch() loads and compiles undici (its JavaScript and its
 * WebAssembly HTTP parser), which cost 40-70 ms per `provlog attest` on the 2-core CI box (measured:
 * one GET with fetch 130-160 ms end to end, with node:http 88-92 ms, `node -e 0` 88 ms). The default agents
 * keep connections alive (Node >= 19) and unref idle sockets, so the log info probe and the entry upload
 * share one connection and an idle socket never holds the process open.
 */
import http from 'node:http';
import https from 'node:https';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Larger responses are cut off with an error rather than buffered (a hostile server cannot exhaust memory). */
  maxResponseBytes: number;
}

export interface HttpResponse {
  status: number;
  /** A response header by lower-case name (the first value when repeated). */
  header(name: string): string | undefined;
  text: string;
}

/** Why an exchange failed. `tls` (the server's certificate is not trusted) will not get better by retrying. */
export type HttpFailureKind = 'timeout' | 'network' | 'tls' | 'too-large';

export class HttpExchangeError extends Error {
  readonly kind: HttpFailureKind;
  constructor(kind: HttpFailureKind, message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'HttpExchangeError';
    this.kind = kind;
  }
}

/** OpenSSL / Node codes for a certificate the client does not accept. */
const TLS_CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Rejects with an HttpExchangeError saying what failed: timeout, connection, TLS trust, or an oversized answer. */
export function httpExchange(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const transport = url.protocol === 'https:' ? https : http;
  const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(
      url,
      {
        method: req.method,
        headers: { ...req.headers, ...(body === undefined ? {} : { 'content-length': String(body.length) }) },
        signal: AbortSignal.timeout(req.timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > req.maxResponseBytes) {
            res.destroy(
              new HttpExchangeError('too-large', `the response exceeds ${req.maxResponseBytes} bytes`, undefined),
            );
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', (error) => reject(describe(error, req.timeoutMs)));
        res.on('end', () => {
          const headers = res.headers;
          resolve({
            status: res.statusCode ?? 0,
            header: (name) => {
              const value = headers[name.toLowerCase()];
              return Array.isArray(value) ? value[0] : value;
            },
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    outgoing.on('error', (error) => reject(describe(error, req.timeoutMs)));
    outgoing.end(body);
  });
}

function describe(error: Error, timeoutMs: number): HttpExchangeError {
  if (error instanceof HttpExchangeError) return error;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return new HttpExchangeError('timeout', `no answer within ${timeoutMs} ms`, error);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && TLS_CERTIFICATE_CODES.has(code)) {
    return new HttpExchangeError(
      'tls',
      `the server's TLS certificate is not trusted (${error.message}); if it comes from a private CA, give its PEM ` +
        'file in NODE_EXTRA_CA_CERTS (provlog never turns certificate checks off)',
      error,
    );
  }
  const message = code !== undefined && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  return new HttpExchangeError('network', message, error);
}
