/**
 * Fulcio v2 client (`POST /api/v2/signingCert`), for keyless signing against public Fulcio or
 * `provlog serve --ca`: sends the token and the PEM public key with its proof of possession, returns the chain
 * (DER, leaf first) from `signedCertificateEmbeddedSct`. The detached-SCT form is refused (the checks before use
 * need the SCT embedded). Network faults and 5xx are retried twice with backoff; a 4xx is CA_REJECTED with the
 * CA's reason (grpc-gateway ErrorInfo, or our X-Provlog-Error header) in details.
 */
import { fromBase64 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { decodeJson } from '../../core/json/decode.js';
import { HttpExchangeError, type HttpResponse, httpExchange } from './node-http.js';

const MAX_RESPONSE_BYTES = 1024 * 1024;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export interface FulcioClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SigningCertificateRequest {
  token: string;
  publicKeyPem: string;
  /** The key's signature over the token's `sub` claim. */
  proofOfPossession: Uint8Array;
}

function pemToDer(pem: string, what: string): Uint8Array {
  const match = /^\s*-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----\s*$/.exec(pem);
  if (match?.[1] === undefined) throw new CodedError('CA_RESPONSE_INVALID', `${what} is not one PEM certificate`);
  return fromBase64(match[1].replace(/\s+/g, ''), what);
}

export class FulcioClient {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: FulcioClientOptions) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch (cause) {
      throw new CodedError('USAGE', `CA URL "${options.baseUrl}" is not a URL`, { cause });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new CodedError('USAGE', `CA URL "${options.baseUrl}" must be http(s)`);
    }
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.retries = options.retries ?? 2;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The certificate chain, DER, leaf first. */
  async signingCertificate(request: SigningCertificateRequest): Promise<Uint8Array[]> {
    const body = JSON.stringify({
      credentials: { oidcIdentityToken: request.token },
      publicKeyRequest: {
        publicKey: { content: request.publicKeyPem },
        proofOfPossession: Buffer.from(request.proofOfPossession).toString('base64'),
      },
    });
    const res = await this.post('/api/v2/signingCert', body);
    if (res.status !== 200 && res.status !== 201) rejected(res);
    const root = decodeJson(res.text, 'CA_RESPONSE_INVALID', 'signingCert response');
    if (root.optional('signedCertificateEmbeddedSct') === undefined) {
      throw new CodedError(
        'CA_RESPONSE_INVALID',
        'the CA answered without an embedded SCT (signedCertificateDetachedSct is not supported)',
      );
    }
    const certificates = root.get('signedCertificateEmbeddedSct').get('chain').get('certificates').array();
    if (certificates.length === 0 || certificates.length > 10) {
      throw new CodedError('CA_RESPONSE_INVALID', `the CA returned ${certificates.length} certificates`);
    }
    return certificates.map((c, i) => pemToDer(c.nonEmptyString(), `certificate ${i}`));
  }

  private async post(path: string, body: string): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await httpExchange({
          method: 'POST',
          url: `${this.baseUrl}${path}`,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body,
          timeoutMs: this.timeoutMs,
          maxResponseBytes: MAX_RESPONSE_BYTES,
        });
        if (!RETRYABLE_STATUS.has(res.status) || attempt >= this.retries) {
          if (res.status >= 500) {
            throw new CodedError('CA_UNREACHABLE', `the CA at ${this.baseUrl} answered ${res.status}`);
          }
          return res;
        }
      } catch (error) {
        if (error instanceof CodedError) throw error;
        const retryable = error instanceof HttpExchangeError && error.kind !== 'tls';
        if (!retryable || attempt >= this.retries) {
          throw new CodedError(
            'CA_UNREACHABLE',
            `cannot reach the CA at ${this.baseUrl}: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        }
      }
      await this.sleep(250 * 2 ** attempt);
    }
  }
}

function rejected(res: HttpResponse): never {
  let message = `HTTP ${res.status}`;
  let reason = res.header('x-provlog-error');
  try {
    const parsed = JSON.parse(res.text) as { message?: unknown; details?: { reason?: unknown }[] };
    if (typeof parsed.message === 'string') message = parsed.message.slice(0, 500);
    const detail = parsed.details?.[0]?.reason;
    if (reason === undefined && typeof detail === 'string') reason = detail;
  } catch {
    // not JSON: the status says enough
  }
  throw new CodedError('CA_REJECTED', `the CA refused the certificate request: ${message}`, {
    details: { status: res.status, ...(reason === undefined ? {} : { reason }) },
  });
}
