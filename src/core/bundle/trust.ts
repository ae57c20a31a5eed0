/**
 * Sigstore TrustedRoot (protobuf-specs `sigstore_trustroot.proto`; research/formats.md §1.10): the logs, CAs,
 * CT logs and timestamp authorities a verifier trusts, each with a validity window. Read from proto3 JSON
 * (media type `application/vnd.dev.sigstore.trustedroot+json;version=0.1`, the form the public-good root still
 * uses, or the newer `trustedroot.v0.1+json` / `v0.2+json`), written back in the same shape.
 */
import { createPublicKey } from 'node:crypto';
import { toBase64 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { decode, decodeJson, type Node } from '../json/decode.js';
import { keyId, type PublicKey, parsePublicKeyDer } from '../keys/keys.js';
import { HASH_ALGORITHMS, type HashAlgorithmName } from './bundle.js';
import { ProtoMessage } from './proto-json.js';
import { decodeTimestamp, formatRfc3339 } from './timestamp.js';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const MEDIA_TYPES = [
  TRUSTED_ROOT_MEDIA_TYPE,
  'application/vnd.dev.sigstore.trustedroot.v0.1+json',
  'application/vnd.dev.sigstore.trustedroot.v0.2+json',
] as const;

/** Unix seconds, both ends inclusive (protobuf-specs TimeRange); no `end` = still valid. */
export interface ValidFor {
  start: number;
  end?: number;
}

export interface TlogInstance {
  /** e.g. https://rekor.sigstore.dev; a checkpoint's signer name must be a substring of it (sigstore-js). */
  baseUrl: string;
  hashAlgorithm: HashAlgorithmName;
  publicKey: PublicKey;
  /** `publicKey.rawBytes` as written (SPKI, or PKCS#1 for the PKCS1_RSA_* key details). */
  rawKey: Uint8Array;
  /** protobuf-specs PublicKeyDetails name, e.g. PKIX_ECDSA_P256_SHA_256. */
  keyDetails: string;
  /** Rekor v1 / CT: SHA-256 of the DER SPKI. */
  logId: Uint8Array;
  checkpointKeyId?: Uint8Array;
  validFor: ValidFor;
  operator?: string;
}

export interface CertificateAuthority {
  subject: { organization: string; commonName: string };
  uri: string;
  /** DER certificates, leaf-most first; the last is the trust anchor. */
  certChain: Uint8Array[];
  validFor: ValidFor;
  operator?: string;
}

export interface TrustedRoot {
  mediaType: string;
  tlogs: TlogInstance[];
  certificateAuthorities: CertificateAuthority[];
  ctlogs: TlogInstance[];
  timestampAuthorities: CertificateAuthority[];
}

const KEY_DETAILS: Readonly<Record<string, number>> = {
  PUBLIC_KEY_DETAILS_UNSPECIFIED: 0,
  PKCS1_RSA_PKCS1V5: 1,
  PKCS1_RSA_PSS: 2,
  PKIX_RSA_PKCS1V5: 3,
  PKIX_RSA_PSS: 4,
  PKIX_ECDSA_P256_SHA_256: 5,
  PKIX_ECDSA_P256_HMAC_SHA_256: 6,
  PKIX_ED25519: 7,
  PKIX_ED25519_PH: 8,
  PKIX_RSA_PKCS1V15_2048_SHA256: 9,
  PKIX_RSA_PKCS1V15_3072_SHA256: 10,
  PKIX_RSA_PKCS1V15_4096_SHA256: 11,
  PKIX_ECDSA_P384_SHA_384: 12,
  PKIX_ECDSA_P521_SHA_512: 13,
  LMS_SHA256: 14,
  LMOTS_SHA256: 15,
  PKIX_RSA_PSS_2048_SHA256: 16,
  PKIX_RSA_PSS_3072_SHA256: 17,
  PKIX_RSA_PSS_4096_SHA256: 18,
  PKIX_ECDSA_P384_SHA_256: 19,
  PKIX_ECDSA_P521_SHA_256: 20,
  ML_DSA_65: 21,
  ML_DSA_87: 22,
  ML_DSA_44: 23,
};

const CODE = 'TRUST_ROOT_MALFORMED';

/**
 * Decodes a TrustedRoot (object or JSON text). Every key must load (node:crypto), so a root is usable
 * as a whole or rejected: TRUST_ROOT_MALFORMED with `details.path`, INVALID_JSON for text that is not JSON.
 */
export function parseTrustedRoot(json: unknown): TrustedRoot {
  const root = typeof json === 'string' ? decodeJson(json, CODE, 'trustedRoot') : decode(json, CODE, 'trustedRoot');
  const msg = new ProtoMessage(root, [
    'mediaType',
    'tlogs',
    'certificateAuthorities',
    'ctlogs',
    'timestampAuthorities',
  ]);
  const mediaType = msg.required('mediaType').oneOf(MEDIA_TYPES);
  return {
    mediaType,
    tlogs: msg.list('tlogs').map(decodeTlogInstance),
    certificateAuthorities: msg.list('certificateAuthorities').map(decodeAuthority),
    ctlogs: msg.list('ctlogs').map(decodeTlogInstance),
    timestampAuthorities: msg.list('timestampAuthorities').map(decodeAuthority),
  };
}

function decodeTlogInstance(node: Node): TlogInstance {
  const msg = new ProtoMessage(node, ['baseUrl', 'hashAlgorithm', 'publicKey', 'logId', 'checkpointKeyId', 'operator']);
  const key = msg.requiredMessage('publicKey', ['rawBytes', 'keyDetails', 'validFor']);
  const keyDetails = decodeKeyDetails(key.optional('keyDetails'));
  const rawKeyNode = key.required('rawBytes');
  const rawKey = rawKeyNode.bytes();
  const instance: TlogInstance = {
    baseUrl: msg.required('baseUrl').nonEmptyString(),
    hashAlgorithm: msg.enumName('hashAlgorithm', HASH_ALGORITHMS),
    publicKey: loadKey(rawKeyNode, rawKey, keyDetails),
    rawKey,
    keyDetails,
    logId: msg.requiredMessage('logId', ['keyId']).nonEmptyBytes('keyId'),
    validFor: decodeValidFor(key.optional('validFor')),
  };
  const checkpointKeyId = msg.message('checkpointKeyId', ['keyId']);
  if (checkpointKeyId !== undefined) instance.checkpointKeyId = checkpointKeyId.bytes('keyId');
  const operator = msg.string('operator');
  if (operator !== '') instance.operator = operator;
  return instance;
}

function decodeKeyDetails(node: Node | undefined): string {
  if (node === undefined) return 'PUBLIC_KEY_DETAILS_UNSPECIFIED';
  if (typeof node.value === 'number') {
    const byNumber = Object.entries(KEY_DETAILS).find(([, n]) => n === node.value)?.[0];
    return byNumber ?? node.fail(`unknown key details value ${node.value}`);
  }
  const name = node.string();
  if (!Object.hasOwn(KEY_DETAILS, name)) node.fail(`unknown key details "${name}"`);
  return name;
}

/** PKCS1_* key details carry a PKCS#1 RSAPublicKey rather than an SPKI; both load to the same PublicKey. */
function loadKey(node: Node, raw: Uint8Array, keyDetails: string): PublicKey {
  try {
    if (keyDetails.startsWith('PKCS1_')) {
      const spki = createPublicKey({ key: Buffer.from(raw), format: 'der', type: 'pkcs1' }).export({
        type: 'spki',
        format: 'der',
      });
      return parsePublicKeyDer(new Uint8Array(spki), node.path);
    }
    return parsePublicKeyDer(raw, node.path);
  } catch (cause) {
    throw new CodedError(CODE, `${node.path}: ${keyDetails} key does not load: ${(cause as Error).message}`, {
      cause,
      details: { path: node.path },
    });
  }
}

export function decodeValidFor(node: Node | undefined): ValidFor {
  if (node === undefined) return { start: 0 };
  const msg = new ProtoMessage(node, ['start', 'end']);
  const start = msg.optional('start');
  const end = msg.optional('end');
  const out: ValidFor = { start: start === undefined ? 0 : decodeTimestamp(start) };
  if (end !== undefined) {
    out.end = decodeTimestamp(end);
    if (out.end < out.start) end.fail('is before start');
  }
  return out;
}

function decodeAuthority(node: Node): CertificateAuthority {
  const msg = new ProtoMessage(node, ['subject', 'uri', 'certChain', 'validFor', 'operator']);
  const subject = msg.message('subject', ['organization', 'commonName']);
  const chain = msg.requiredMessage('certChain', ['certificates']);
  const certChain = chain.list('certificates').map((c) => new ProtoMessage(c, ['rawBytes']).nonEmptyBytes('rawBytes'));
  if (certChain.length === 0) chain.node.fail('certificates must not be empty');
  const ca: CertificateAuthority = {
    subject: { organization: subject?.string('organization') ?? '', commonName: subject?.string('commonName') ?? '' },
    uri: msg.string('uri'),
    certChain,
    validFor: decodeValidFor(msg.optional('validFor')),
  };
  const operator = msg.string('operator');
  if (operator !== '') ca.operator = operator;
  return ca;
}

/** The TrustedRoot as proto3 JSON, member order and default omission as @sigstore/protobuf-specs writes it. */
export function formatTrustedRoot(root: TrustedRoot): Record<string, unknown> {
  const out: Record<string, unknown> = { mediaType: root.mediaType };
  if (root.tlogs.length > 0) out.tlogs = root.tlogs.map(formatTlogInstance);
  if (root.certificateAuthorities.length > 0) out.certificateAuthorities = root.certificateAuthorities.map(formatCa);
  if (root.ctlogs.length > 0) out.ctlogs = root.ctlogs.map(formatTlogInstance);
  if (root.timestampAuthorities.length > 0) out.timestampAuthorities = root.timestampAuthorities.map(formatCa);
  return out;
}

export function formatValidFor(v: ValidFor): Record<string, string> {
  const out: Record<string, string> = { start: formatRfc3339(v.start) };
  if (v.end !== undefined) out.end = formatRfc3339(v.end);
  return out;
}

function formatTlogInstance(t: TlogInstance): Record<string, unknown> {
  const out: Record<string, unknown> = { baseUrl: t.baseUrl };
  if (t.hashAlgorithm !== 'HASH_ALGORITHM_UNSPECIFIED') out.hashAlgorithm = t.hashAlgorithm;
  const key: Record<string, unknown> = { rawBytes: toBase64(t.rawKey) };
  if (t.keyDetails !== 'PUBLIC_KEY_DETAILS_UNSPECIFIED') key.keyDetails = t.keyDetails;
  key.validFor = formatValidFor(t.validFor);
  out.publicKey = key;
  out.logId = { keyId: toBase64(t.logId) };
  if (t.checkpointKeyId !== undefined) out.checkpointKeyId = { keyId: toBase64(t.checkpointKeyId) };
  if (t.operator !== undefined) out.operator = t.operator;
  return out;
}

function formatCa(ca: CertificateAuthority): Record<string, unknown> {
  const subject: Record<string, string> = {};
  if (ca.subject.organization !== '') subject.organization = ca.subject.organization;
  if (ca.subject.commonName !== '') subject.commonName = ca.subject.commonName;
  const out: Record<string, unknown> = { subject };
  if (ca.uri !== '') out.uri = ca.uri;
  out.certChain = { certificates: ca.certChain.map((c) => ({ rawBytes: toBase64(c) })) };
  out.validFor = formatValidFor(ca.validFor);
  if (ca.operator !== undefined) out.operator = ca.operator;
  return out;
}

/** protobuf-specs PublicKeyDetails for the key types a provlog log can sign with. */
function keyDetailsFor(key: PublicKey): string {
  switch (key.algorithm) {
    case 'ecdsa-p256':
      return 'PKIX_ECDSA_P256_SHA_256';
    case 'ecdsa-p384':
      return 'PKIX_ECDSA_P384_SHA_384';
    case 'ecdsa-p521':
      return 'PKIX_ECDSA_P521_SHA_512';
    case 'ed25519':
      return 'PKIX_ED25519';
    case 'rsa':
      throw new CodedError('UNSUPPORTED_KEY', 'an RSA key cannot sign a provlog log (use ECDSA P-256 or Ed25519)');
  }
}

/**
 * A TrustedRoot JSON object that trusts exactly one Rekor-v1-compatible log: logId = SHA-256(SPKI), key valid
 * from `start` (unix seconds). The start is rounded DOWN to the whole second (DESIGN.md §5): integrated times
 * are whole seconds, so a start written to the millisecond would reject entries from the log's first second.
 */
export function buildTrustedRootForLog(args: {
  baseUrl: string;
  publicKey: PublicKey;
  start: number;
}): Record<string, unknown> {
  if (!Number.isFinite(args.start) || args.start < 0) {
    throw new CodedError('INVALID_FIELD', `trusted root start ${args.start} is not a unix time in seconds`);
  }
  const tlog: TlogInstance = {
    baseUrl: args.baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: args.publicKey,
    rawKey: args.publicKey.spki,
    keyDetails: keyDetailsFor(args.publicKey),
    logId: keyId(args.publicKey),
    validFor: { start: Math.floor(args.start) },
  };
  return formatTrustedRoot({
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [tlog],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
}
