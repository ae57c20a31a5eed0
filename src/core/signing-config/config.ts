/**
 * Sigstore SigningConfig v0.2 (protobuf-specs `sigstore_trustroot.proto`, `SigningConfig`; research/formats.md
 * §1.11): which CA, OIDC provider, transparency logs and timestamp authorities a signer should use, each a
 * `Service {url, majorApiVersion, validFor, operator}`, with a `ServiceConfiguration {selector, count}` for the
 * logs and the TSAs. Read strictly from proto3 JSON (unknown members, bad URLs, an undefined selector for a
 * non-empty list or an EXACT count beyond the list are SIGNING_CONFIG_MALFORMED with `details.path`), and
 * written back in the same shape (`provlog serve` writes its own).
 */
import { ProtoMessage } from '../bundle/proto-json.js';
import { decodeValidFor, formatValidFor, type ValidFor } from '../bundle/trust.js';
import { decode, decodeJson, type Node } from '../json/decode.js';

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const CODE = 'SIGNING_CONFIG_MALFORMED';
const UINT32_MAX = 0xffff_ffff;

export interface Service {
  /** scheme + authority, maybe a path: a base URL for CAs and logs, the full RFC 3161 endpoint for TSAs. */
  readonly url: string;
  /** 0 = not released yet. */
  readonly majorApiVersion: number;
  readonly validFor: ValidFor;
  /** Scheme-less URI of who runs it, e.g. "sigstore.dev"; "" when not given. */
  readonly operator: string;
}

export const SERVICE_SELECTORS = ['SERVICE_SELECTOR_UNDEFINED', 'ALL', 'ANY', 'EXACT'] as const;
export type ServiceSelector = (typeof SERVICE_SELECTORS)[number];

export type ServiceConfiguration =
  | { readonly selector: 'SERVICE_SELECTOR_UNDEFINED' | 'ALL' | 'ANY' }
  | { readonly selector: 'EXACT'; readonly count: number };

export interface SigningConfig {
  readonly mediaType: typeof SIGNING_CONFIG_MEDIA_TYPE;
  readonly caUrls: readonly Service[];
  readonly oidcUrls: readonly Service[];
  readonly rekorTlogUrls: readonly Service[];
  readonly tsaUrls: readonly Service[];
  readonly rekorTlogConfig: ServiceConfiguration;
  readonly tsaConfig: ServiceConfiguration;
}

/** Decodes a SigningConfig v0.2 (object or JSON text); SIGNING_CONFIG_MALFORMED / INVALID_JSON. */
export function parseSigningConfig(json: unknown): SigningConfig {
  const root = typeof json === 'string' ? decodeJson(json, CODE, 'signingConfig') : decode(json, CODE, 'signingConfig');
  const msg = new ProtoMessage(root, [
    'mediaType',
    'caUrls',
    'oidcUrls',
    'rekorTlogUrls',
    'tsaUrls',
    'rekorTlogConfig',
    'tsaConfig',
  ]);
  const mediaType = msg.required('mediaType').string();
  if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
    msg.required('mediaType').fail(`unsupported media type "${mediaType}" (expected ${SIGNING_CONFIG_MEDIA_TYPE})`);
  }
  const rekorTlogUrls = msg.list('rekorTlogUrls').map(decodeService);
  const tsaUrls = msg.list('tsaUrls').map(decodeService);
  return {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: msg.list('caUrls').map(decodeService),
    oidcUrls: msg.list('oidcUrls').map(decodeService),
    rekorTlogUrls,
    tsaUrls,
    rekorTlogConfig: decodeConfiguration(msg, 'rekorTlogConfig', rekorTlogUrls.length),
    tsaConfig: decodeConfiguration(msg, 'tsaConfig', tsaUrls.length),
  };
}

function decodeService(node: Node): Service {
  const msg = new ProtoMessage(node, ['url', 'majorApiVersion', 'validFor', 'operator']);
  const urlNode = msg.required('url');
  const validFor = msg.optional('validFor');
  // A service without a validity window cannot be judged current: the spec's selection needs its start.
  if (validFor === undefined) node.get('validFor');
  const start = validFor === undefined ? undefined : new ProtoMessage(validFor, ['start', 'end']).optional('start');
  if (validFor !== undefined && start === undefined) validFor.get('start');
  const version = msg.optional('majorApiVersion');
  return {
    url: checkUrl(urlNode),
    majorApiVersion: version === undefined ? 0 : uint32(version),
    validFor: decodeValidFor(validFor),
    operator: msg.string('operator'),
  };
}

/** An absolute http(s) URL with a host, no credentials, query or fragment: clients build requests on it. */
function checkUrl(node: Node): string {
  const text = node.nonEmptyString();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return node.fail(`"${text}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') node.fail(`"${text}" is not an http(s) URL`);
  if (url.host === '' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    node.fail(`"${text}" must be scheme, host and path only (no credentials, query or fragment)`);
  }
  return text;
}

/** proto3 JSON uint32: a number or a decimal string. */
function uint32(node: Node): number {
  const n = node.int64();
  if (n > UINT32_MAX) node.fail(`${n} does not fit a uint32`);
  return n;
}

function decodeConfiguration(parent: ProtoMessage, name: string, services: number): ServiceConfiguration {
  const msg = parent.message(name, ['selector', 'count']);
  const selector = msg === undefined ? 'SERVICE_SELECTOR_UNDEFINED' : msg.enumName('selector', SERVICE_SELECTORS);
  const countNode = msg?.optional('count');
  const count = countNode === undefined ? 0 : uint32(countNode);
  const where = msg?.node ?? parent.node;
  if (selector === 'SERVICE_SELECTOR_UNDEFINED') {
    // cosign's "no services" config is `{"rekorTlogConfig": {}, "tsaConfig": {}}` with no URLs: fine. With URLs,
    // an undefined selector leaves the client guessing, which the spec says is an error.
    if (services > 0) where.fail(`${name}.selector must be ALL, ANY or EXACT when services are listed`);
    if (count !== 0) where.fail('count is only allowed with selector EXACT');
    return { selector };
  }
  if (selector !== 'EXACT') {
    if (count !== 0) where.fail('count is only allowed with selector EXACT');
    return { selector };
  }
  if (count === 0) where.fail('selector EXACT needs a count greater than 0');
  if (count > services) where.fail(`count ${count} is more than the ${services} services listed`);
  return { selector, count };
}

/** The SigningConfig as proto3 JSON (defaults omitted, as @sigstore/protobuf-specs writes it). */
export function formatSigningConfig(config: SigningConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { mediaType: config.mediaType };
  const lists = ['caUrls', 'oidcUrls', 'rekorTlogUrls', 'tsaUrls'] as const;
  for (const list of lists) {
    if (config[list].length > 0) out[list] = config[list].map(formatService);
  }
  out.rekorTlogConfig = formatConfiguration(config.rekorTlogConfig);
  out.tsaConfig = formatConfiguration(config.tsaConfig);
  return out;
}

function formatService(service: Service): Record<string, unknown> {
  const out: Record<string, unknown> = { url: service.url };
  if (service.majorApiVersion !== 0) out.majorApiVersion = service.majorApiVersion;
  out.validFor = formatValidFor(service.validFor);
  if (service.operator !== '') out.operator = service.operator;
  return out;
}

function formatConfiguration(config: ServiceConfiguration): Record<string, unknown> {
  if (config.selector === 'SERVICE_SELECTOR_UNDEFINED') return {};
  return config.selector === 'EXACT' ? { selector: 'EXACT', count: config.count } : { selector: config.selector };
}
