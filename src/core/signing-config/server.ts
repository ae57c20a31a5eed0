/**
 * The SigningConfig `provlog serve` writes beside trusted_root.json: the services this server runs, so a
 * Sigstore client (ours, cosign, sigstore-go) can be pointed at one file. The log is listed twice at the same
 * base URL, as major API version 2 (`/api/v2/log/entries`, rekor-tiles) and 1 (`/api/v1/log/entries`): a
 * client picks the highest it speaks. The TSA URL is the full RFC 3161 endpoint, as the spec asks.
 */
import { type Service, SIGNING_CONFIG_MEDIA_TYPE, type SigningConfig } from './config.js';

export interface ServerServices {
  /** The log's base URL (trusted_root.json `baseUrl`). */
  readonly logUrl: string;
  /** Unix seconds the log exists from (its trusted-root key's validFor.start). */
  readonly logStart: number;
  /** Whether the Rekor v2 write path is served. */
  readonly logV2: boolean;
  /** The timestamp endpoint (`…/api/v1/timestamp`) and its validity start, when `--tsa` runs. */
  readonly tsa?: { readonly url: string; readonly start: number };
  /**
   * Hook for a Fulcio-compatible CA run by the server (`--ca`): its base URL (clients post CSRs to
   * `<url>/api/v2/signingCert`) and validity start. Not served yet; the CA work passes it here.
   */
  readonly ca?: { readonly url: string; readonly start: number };
  /** Who runs it, e.g. the log's signer name ("log.example.com"). */
  readonly operator: string;
}

export function buildServerSigningConfig(services: ServerServices): SigningConfig {
  const service = (url: string, majorApiVersion: number, start: number): Service => ({
    url,
    majorApiVersion,
    validFor: { start: Math.floor(start) },
    operator: services.operator,
  });
  const logs = [service(services.logUrl, 1, services.logStart)];
  if (services.logV2) logs.unshift(service(services.logUrl, 2, services.logStart));
  return {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: services.ca === undefined ? [] : [service(services.ca.url, 1, services.ca.start)],
    oidcUrls: [],
    rekorTlogUrls: logs,
    tsaUrls: services.tsa === undefined ? [] : [service(services.tsa.url, 1, services.tsa.start)],
    rekorTlogConfig: { selector: 'ANY' },
    tsaConfig: services.tsa === undefined ? { selector: 'SERVICE_SELECTOR_UNDEFINED' } : { selector: 'ANY' },
  };
}
