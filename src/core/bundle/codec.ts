/**
 * Sigstore bundle JSON: reads v0.1–v0.3 (proto3 JSON, strictly: field paths in every error), writes v0.3 the
 * way sigstore-js does (`Bundle.toJSON` of @sigstore/protobuf-specs: int64 as decimal strings, standard
 * base64, defaults left out, `timestampVerificationData` always present). Spec: research/formats.md §1.
 */
import { toBase64 } from '../bytes.js';
import { decode, decodeJson, type Node } from '../json/decode.js';
import {
  BUNDLE_V03_MEDIA_TYPE,
  type Bundle,
  type BundleContent,
  bundleVersionOf,
  HASH_ALGORITHMS,
  type InclusionProof,
  type TransparencyLogEntry,
  type VerificationContent,
  type VerificationMaterial,
} from './bundle.js';
import { oneOf, ProtoMessage } from './proto-json.js';
import { assertBundleRules } from './rules.js';

export { tlogEntryFromRekor } from './from-rekor.js';

const CODE = 'BUNDLE_MALFORMED';

/**
 * Decodes and validates a bundle: the JSON shape, then the rules @sigstore/bundle enforces for the bundle's
 * version (rules.ts). Text that is not JSON fails INVALID_JSON; an unknown media type
 * BUNDLE_MEDIA_TYPE_UNSUPPORTED; anything else BUNDLE_MALFORMED with `details.path`.
 */
export function parseBundle(json: unknown): Bundle {
  const bundle = decodeBundle(json);
  assertBundleRules(bundle);
  return bundle;
}

/**
 * The shape-only half of parseBundle: every field decoded and typed, but the version rules (inclusion promise
 * or proof present, one DSSE signature, non-empty certificates…) not applied. For diagnostics and for tests
 * that must reach the transparency-log checks of a bundle that breaks those rules.
 */
export function decodeBundle(json: unknown): Bundle {
  const root = typeof json === 'string' ? decodeJson(json, CODE, 'bundle') : decode(json, CODE, 'bundle');
  const msg = new ProtoMessage(root, ['mediaType', 'verificationMaterial', 'dsseEnvelope', 'messageSignature']);
  const mediaType = msg.required('mediaType').string();
  const version = bundleVersionOf(mediaType);
  const verificationMaterial = decodeVerificationMaterial(msg.required('verificationMaterial'));
  const content = decodeContent(msg);
  return { mediaType, version, verificationMaterial, content };
}

function decodeVerificationMaterial(node: Node): VerificationMaterial {
  const msg = new ProtoMessage(node, [
    'publicKey',
    'x509CertificateChain',
    'certificate',
    'tlogEntries',
    'timestampVerificationData',
  ]);
  let content: VerificationContent;
  switch (oneOf(msg, ['publicKey', 'x509CertificateChain', 'certificate'])) {
    case 'publicKey':
      content = { kind: 'publicKey', hint: msg.requiredMessage('publicKey', ['hint']).string('hint') };
      break;
    case 'x509CertificateChain': {
      const chain = msg.requiredMessage('x509CertificateChain', ['certificates']);
      const certificates = chain.list('certificates').map((c) => new ProtoMessage(c, ['rawBytes']).bytes('rawBytes'));
      content = { kind: 'x509CertificateChain', certificates };
      break;
    }
    default:
      content = {
        kind: 'certificate',
        certificate: msg.requiredMessage('certificate', ['rawBytes']).bytes('rawBytes'),
      };
  }
  const tlogEntries = msg.list('tlogEntries').map(decodeTlogEntry);
  const tsData = msg.message('timestampVerificationData', ['rfc3161Timestamps']);
  const rfc3161Timestamps = (tsData?.list('rfc3161Timestamps') ?? []).map((t) =>
    new ProtoMessage(t, ['signedTimestamp']).bytes('signedTimestamp'),
  );
  return { content, tlogEntries, rfc3161Timestamps };
}

function decodeTlogEntry(node: Node): TransparencyLogEntry {
  const msg = new ProtoMessage(node, [
    'logIndex',
    'logId',
    'kindVersion',
    'integratedTime',
    'inclusionPromise',
    'inclusionProof',
    'canonicalizedBody',
  ]);
  const kindVersion = msg.requiredMessage('kindVersion', ['kind', 'version']);
  const entry: TransparencyLogEntry = {
    logIndex: msg.int64('logIndex'),
    logId: msg.requiredMessage('logId', ['keyId']).bytes('keyId'),
    kind: kindVersion.string('kind'),
    version: kindVersion.string('version'),
    integratedTime: msg.int64('integratedTime'),
    canonicalizedBody: msg.bytes('canonicalizedBody'),
  };
  const promise = msg.message('inclusionPromise', ['signedEntryTimestamp']);
  if (promise !== undefined) entry.inclusionPromise = { signedEntryTimestamp: promise.bytes('signedEntryTimestamp') };
  const proof = msg.message('inclusionProof', ['logIndex', 'rootHash', 'treeSize', 'hashes', 'checkpoint']);
  if (proof !== undefined) {
    const inclusionProof: InclusionProof = {
      logIndex: proof.int64('logIndex'),
      rootHash: proof.bytes('rootHash'),
      treeSize: proof.int64('treeSize'),
      hashes: proof.list('hashes').map((h) => h.bytes()),
    };
    const checkpoint = proof.message('checkpoint', ['envelope']);
    if (checkpoint !== undefined) inclusionProof.checkpoint = checkpoint.string('envelope');
    entry.inclusionProof = inclusionProof;
  }
  return entry;
}

function decodeContent(msg: ProtoMessage): BundleContent {
  if (oneOf(msg, ['dsseEnvelope', 'messageSignature']) === 'messageSignature') {
    const sig = msg.requiredMessage('messageSignature', ['messageDigest', 'signature']);
    const digest = sig.requiredMessage('messageDigest', ['algorithm', 'digest']);
    return {
      kind: 'messageSignature',
      digest: {
        algorithm: digest.enumName('algorithm', HASH_ALGORITHMS),
        digest: digest.bytes('digest'),
      },
      signature: sig.bytes('signature'),
    };
  }
  const node = msg.required('dsseEnvelope');
  const env = new ProtoMessage(node, ['payload', 'payloadType', 'signatures']);
  const signatures = env.list('signatures').map((s) => {
    const sig = new ProtoMessage(s, ['sig', 'keyid']);
    return { keyid: sig.string('keyid'), sig: sig.bytes('sig') };
  });
  return {
    kind: 'dsseEnvelope',
    envelope: { payloadType: env.string('payloadType'), payload: env.bytes('payload'), signatures },
    rawEnvelope: JSON.stringify(node.value),
  };
}

/** proto3 JSON int64 output form. */
function int64(n: number): string {
  return String(n);
}

/**
 * The v0.3 JSON object (media type application/vnd.dev.sigstore.bundle.v0.3+json) for any decoded bundle.
 * The version rules are the caller's business: a v0.1 bundle with a certificate chain formats but then fails
 * parseBundle, as it should.
 */
export function formatBundle(bundle: Bundle): Record<string, unknown> {
  const out: Record<string, unknown> = {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: formatVerificationMaterial(bundle.verificationMaterial),
  };
  const content = bundle.content;
  if (content.kind === 'messageSignature') {
    const digest: Record<string, unknown> = {};
    if (content.digest.algorithm !== 'HASH_ALGORITHM_UNSPECIFIED') digest.algorithm = content.digest.algorithm;
    if (content.digest.digest.byteLength > 0) digest.digest = toBase64(content.digest.digest);
    const sig: Record<string, unknown> = { messageDigest: digest };
    if (content.signature.byteLength > 0) sig.signature = toBase64(content.signature);
    out.messageSignature = sig;
  } else {
    const env = content.envelope;
    const envelope: Record<string, unknown> = {};
    if (env.payload.byteLength > 0) envelope.payload = toBase64(env.payload);
    if (env.payloadType !== '') envelope.payloadType = env.payloadType;
    if (env.signatures.length > 0) {
      envelope.signatures = env.signatures.map((s) => {
        const sig: Record<string, unknown> = {};
        if (s.sig.byteLength > 0) sig.sig = toBase64(s.sig);
        if (s.keyid !== '') sig.keyid = s.keyid;
        return sig;
      });
    }
    out.dsseEnvelope = envelope;
  }
  return out;
}

function formatVerificationMaterial(vm: VerificationMaterial): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const c = vm.content;
  if (c.kind === 'publicKey') out.publicKey = c.hint === '' ? {} : { hint: c.hint };
  else if (c.kind === 'certificate') out.certificate = rawBytes(c.certificate);
  else out.x509CertificateChain = c.certificates.length > 0 ? { certificates: c.certificates.map(rawBytes) } : {};
  if (vm.tlogEntries.length > 0) out.tlogEntries = vm.tlogEntries.map(formatTlogEntry);
  out.timestampVerificationData =
    vm.rfc3161Timestamps.length > 0
      ? { rfc3161Timestamps: vm.rfc3161Timestamps.map((t) => ({ signedTimestamp: toBase64(t) })) }
      : {};
  return out;
}

function rawBytes(der: Uint8Array): Record<string, string> {
  return der.byteLength > 0 ? { rawBytes: toBase64(der) } : {};
}

/** One entry in proto3 JSON, member order and default omission as @sigstore/protobuf-specs writes them. */
export function formatTlogEntry(e: TransparencyLogEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (e.logIndex !== 0) out.logIndex = int64(e.logIndex);
  out.logId = e.logId.byteLength > 0 ? { keyId: toBase64(e.logId) } : {};
  const kindVersion: Record<string, string> = {};
  if (e.kind !== '') kindVersion.kind = e.kind;
  if (e.version !== '') kindVersion.version = e.version;
  out.kindVersion = kindVersion;
  if (e.integratedTime !== 0) out.integratedTime = int64(e.integratedTime);
  if (e.inclusionPromise !== undefined) {
    const set = e.inclusionPromise.signedEntryTimestamp;
    out.inclusionPromise = set.byteLength > 0 ? { signedEntryTimestamp: toBase64(set) } : {};
  }
  if (e.inclusionProof !== undefined) {
    const p = e.inclusionProof;
    const proof: Record<string, unknown> = {};
    if (p.logIndex !== 0) proof.logIndex = int64(p.logIndex);
    if (p.rootHash.byteLength > 0) proof.rootHash = toBase64(p.rootHash);
    if (p.treeSize !== 0) proof.treeSize = int64(p.treeSize);
    if (p.hashes.length > 0) proof.hashes = p.hashes.map(toBase64);
    if (p.checkpoint !== undefined) proof.checkpoint = p.checkpoint === '' ? {} : { envelope: p.checkpoint };
    out.inclusionProof = proof;
  }
  if (e.canonicalizedBody.byteLength > 0) out.canonicalizedBody = toBase64(e.canonicalizedBody);
  return out;
}

/** The bundle file text: v0.3 JSON, compact, as sigstore-js `JSON.stringify(bundleToJSON(b))` would write it. */
export function serializeBundle(bundle: Bundle): string {
  return JSON.stringify(formatBundle(bundle));
}
