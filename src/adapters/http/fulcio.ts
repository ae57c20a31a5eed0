/**
 * Fulcio v2 REST routes (sigstore/fulcio `fulcio.proto`, served by grpc-gateway): `POST /api/v2/signingCert`,
 * `GET /api/v2/trustBundle`, `GET /api/v2/configuration`. Certificates travel as PEM strings; errors as
 * grpc-gateway's Status JSON `{code: <gRPC code>, message, details}`, with our ErrorCode as a
 * google.rpc.ErrorInfo `reason` in `details` (and in the X-Provlog-Error header, as on the log routes), so a
 * client can tell which check refused the token without reading the message.
 */
import { utf8 } from '../../core/bytes.js';
import { toCodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import { formatPem } from '../../core/keys/keys.js';
import type { CertificateAuthority } from '../ca/certificate-authority.js';
import { readJsonBody } from './request.js';
import type { Handler, Router } from './router.js';
import { jsonResponse } from './server.js';
import { HTTP_STATUS, type HttpResponse } from './status.js';

/** gRPC status codes grpc-gateway derives from an HTTP status (google.rpc.Code). */
function grpcCode(status: number): number {
  if (status === 400 || status === 413) return 3; // INVALID_ARGUMENT
  if (status === 401) return 16; // UNAUTHENTICATED
  if (status === 403) return 7; // PERMISSION_DENIED
  if (status === 404) return 5; // NOT_FOUND
  if (status === 503) return 14; // UNAVAILABLE
  return 13; // INTERNAL
}

export function fulcioErrorResponse(error: unknown): HttpResponse {
  const coded = toCodedError(error);
  const status = HTTP_STATUS[coded.code];
  const message = status >= 500 && status !== 503 ? 'internal server error' : coded.message;
  const body = {
    code: grpcCode(status),
    message,
    details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: coded.code, domain: 'provlog' }],
  };
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-provlog-error': coded.code },
    body: utf8(`${JSON.stringify(body)}\n`),
  };
}

/** Fulcio answers errors in its own shape; server faults still reach the server's error hook via rethrow. */
function fulcioHandler(handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      const response = fulcioErrorResponse(error);
      if (response.status >= 500 && response.status !== 503) throw error;
      return response;
    }
  };
}

function pemChain(certificates: readonly Uint8Array[]): { certificates: string[] } {
  return { certificates: certificates.map((der) => formatPem('CERTIFICATE', der)) };
}

export function registerFulcio(router: Router, ca: CertificateAuthority): void {
  router.post(
    '/api/v2/signingCert',
    fulcioHandler(async (request) => {
      const root = decode(readJsonBody(request), 'INVALID_FIELD', 'request');
      root.onlyKeys(['credentials', 'publicKeyRequest', 'certificateSigningRequest']);
      if (root.optional('certificateSigningRequest') !== undefined) {
        root
          .get('certificateSigningRequest')
          .fail('is not supported by this CA; send publicKeyRequest with a proof of possession');
      }
      const token = root.get('credentials').onlyKeys(['oidcIdentityToken']).get('oidcIdentityToken').nonEmptyString();
      const keyRequest = root.get('publicKeyRequest').onlyKeys(['publicKey', 'proofOfPossession']);
      const publicKey = keyRequest.get('publicKey').onlyKeys(['algorithm', 'content']);
      const pop = keyRequest.optional('proofOfPossession');
      const chain = await ca.issue({
        token,
        publicKeyPem: publicKey.get('content').nonEmptyString(),
        proofOfPossession: pop === undefined ? undefined : pop.bytes(),
      });
      // Fulcio answers 201 Created with the chain, leaf first, the SCT embedded in the leaf.
      return jsonResponse(201, { signedCertificateEmbeddedSct: { chain: pemChain(chain) } });
    }),
  );
  router.get(
    '/api/v2/trustBundle',
    fulcioHandler(() => jsonResponse(200, { chains: [pemChain(ca.chainAbove)] })),
  );
  router.get(
    '/api/v2/configuration',
    fulcioHandler(() =>
      jsonResponse(200, {
        issuers: ca.issuerList.map((i) => ({ issuerUrl: i.issuerUrl, audience: ca.audience, challengeClaim: 'sub' })),
      }),
    ),
  );
}
