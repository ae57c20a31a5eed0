/**
 * The Sigstore bundle (sigstore/protobuf-specs `sigstore_bundle.proto`, v0.1–v0.3) as decoded values: bytes
 * are bytes, int64 are numbers, and what byte-exact verification needs (the entry body, the envelope JSON text
 * submitted to the log) is kept as it came. Reading and writing: codec.ts; the structural rules: rules.ts.
 */
import type { Envelope } from '../dsse/envelope.js';
import { CodedError } from '../errors.js';
import type { HashAlgorithm } from '../keys/keys.js';

export type BundleVersion = '0.1' | '0.2' | '0.3';

/** What we write (sigstore-js writes the same since @sigstore/bundle 2.3). */
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

const MEDIA_TYPES: Readonly<Record<string, BundleVersion>> = {
  'application/vnd.dev.sigstore.bundle+json;version=0.1': '0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2': '0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3': '0.3',
  [BUNDLE_V03_MEDIA_TYPE]: '0.3',
};

/** The bundle format version a media type names; BUNDLE_MEDIA_TYPE_UNSUPPORTED for anything else. */
export function bundleVersionOf(mediaType: string): BundleVersion {
  const version = MEDIA_TYPES[mediaType];
  if (version === undefined) {
    throw new CodedError(
      'BUNDLE_MEDIA_TYPE_UNSUPPORTED',
      `bundle media type "${mediaType}" is not supported (supported: Sigstore bundle v0.1, v0.2, v0.3)`,
      { details: { mediaType } },
    );
  }
  return version;
}

/** protobuf-specs `HashAlgorithm` names. */
export const HASH_ALGORITHMS = [
  'HASH_ALGORITHM_UNSPECIFIED',
  'SHA2_256',
  'SHA2_384',
  'SHA2_512',
  'SHA3_256',
  'SHA3_384',
] as const;
export type HashAlgorithmName = (typeof HASH_ALGORITHMS)[number];

/** The protobuf-specs name of each hash provlog works with. */
export const HASH_ALGORITHM_NAMES: Readonly<Record<HashAlgorithm, HashAlgorithmName>> = {
  sha256: 'SHA2_256',
  sha384: 'SHA2_384',
  sha512: 'SHA2_512',
};

/** The hash a protobuf-specs name stands for; undefined for names provlog does not verify (SHA3, unspecified). */
export function hashAlgorithmOf(name: string): HashAlgorithm | undefined {
  return (Object.keys(HASH_ALGORITHM_NAMES) as HashAlgorithm[]).find((h) => HASH_ALGORITHM_NAMES[h] === name);
}

export type VerificationContent =
  /** The key is known out of band; `hint` (possibly '') is an unauthenticated key-ID hint. */
  | { kind: 'publicKey'; hint: string }
  /** DER certificates, leaf first (v0.1/v0.2 only). */
  | { kind: 'x509CertificateChain'; certificates: Uint8Array[] }
  /** The DER leaf certificate (v0.3 keyless form). */
  | { kind: 'certificate'; certificate: Uint8Array };

export interface InclusionPromise {
  signedEntryTimestamp: Uint8Array;
}

export interface InclusionProof {
  /** Index inside the (shard) tree the proof is for — not the entry's global log index. */
  logIndex: number;
  rootHash: Uint8Array;
  treeSize: number;
  /** Leaf-to-root order. */
  hashes: Uint8Array[];
  /** The signed-note text of the checkpoint (plain text, not base64); absent in some v0.1 bundles. */
  checkpoint?: string;
}

export interface TransparencyLogEntry {
  /** Global ("virtual") index across shards: what the SET signs. */
  logIndex: number;
  /** Rekor v1: SHA-256 of the log key's DER SPKI. */
  logId: Uint8Array;
  kind: string;
  version: string;
  /** Unix seconds; trustworthy only through the SET. */
  integratedTime: number;
  inclusionPromise?: InclusionPromise;
  inclusionProof?: InclusionProof;
  /** The exact bytes stored in the log (JCS entry body): what the leaf hash and the SET cover. */
  canonicalizedBody: Uint8Array;
}

export type BundleContent =
  | {
      kind: 'dsseEnvelope';
      envelope: Envelope;
      /**
       * The envelope's JSON text as it stands in the bundle (member order and base64 spelling kept). Clients
       * that write the bundle from the envelope they submitted (sigstore-js, provlog) make this the exact string
       * whose SHA-256 is the dsse entry's `envelopeHash`.
       */
      rawEnvelope: string;
    }
  | {
      kind: 'messageSignature';
      /** An unauthenticated hint: verifiers compare it with the artifact and the log entry. */
      digest: { algorithm: HashAlgorithmName; digest: Uint8Array };
      signature: Uint8Array;
    };

export interface VerificationMaterial {
  content: VerificationContent;
  tlogEntries: TransparencyLogEntry[];
  /** DER RFC 3161 TimeStampResp values (`timestampVerificationData.rfc3161Timestamps[].signedTimestamp`). */
  rfc3161Timestamps: Uint8Array[];
}

export interface Bundle {
  mediaType: string;
  version: BundleVersion;
  verificationMaterial: VerificationMaterial;
  content: BundleContent;
}
