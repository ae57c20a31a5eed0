/**
 * The certificates a Fulcio-compatible CA makes: a self-signed root, an issuing intermediate, and 10-minute
 * leaves for verified OIDC identities, shaped as public Fulcio's (empty subject, critical SAN,
 * digitalSignature + codeSigning, SKI/AKI, Fulcio extensions). Pure: serials, times and signers come in.
 */
import type { TBSCertificate } from '@peculiar/asn1-x509';
import type { PublicKey } from '../keys/keys.js';
import type { Signer } from '../keys/signer.js';
import type { CertificateFacts } from '../oidc/github-claims.js';
import {
  authorityKeyIdExtension,
  basicConstraintsExtension,
  buildTbs,
  codeSigningExtension,
  type DistinguishedName,
  KeyUsageFlags,
  keyUsageExtension,
  poisonExtension,
  sctListExtension,
  signCertificate,
  subjectKeyIdExtension,
  uriSanExtension,
  withExtensions,
} from './certificate.js';
import { fulcioExtensions } from './fulcio-extensions.js';

/** Fulcio's leaf lifetime. */
export const LEAF_LIFETIME_MS = 10 * 60 * 1000;

export interface CaCertificateInput {
  readonly serial: ArrayBuffer;
  readonly subject: DistinguishedName;
  /** Unix milliseconds. */
  readonly notBefore: number;
  readonly notAfter: number;
}

export function buildRootCertificate(input: CaCertificateInput, rootSigner: Signer): Uint8Array {
  const spki = rootSigner.publicKey.spki;
  const tbs = buildTbs({
    ...input,
    issuer: input.subject,
    subjectSpki: spki,
    signerKey: rootSigner.publicKey,
    extensions: [
      keyUsageExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign),
      basicConstraintsExtension(1),
      subjectKeyIdExtension(spki),
    ],
  });
  return signCertificate(tbs, rootSigner);
}

export function buildIntermediateCertificate(
  input: CaCertificateInput & { readonly issuer: DistinguishedName; readonly intermediateKey: PublicKey },
  rootSigner: Signer,
): Uint8Array {
  const tbs = buildTbs({
    ...input,
    subjectSpki: input.intermediateKey.spki,
    signerKey: rootSigner.publicKey,
    extensions: [
      keyUsageExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign),
      // Fulcio's intermediates carry codeSigning too: EKU chaining verifiers then accept the leaves.
      codeSigningExtension(),
      basicConstraintsExtension(0),
      subjectKeyIdExtension(input.intermediateKey.spki),
      authorityKeyIdExtension(rootSigner.publicKey.spki),
    ],
  });
  return signCertificate(tbs, rootSigner);
}

export interface LeafInput {
  readonly serial: ArrayBuffer;
  readonly issuer: DistinguishedName;
  /** Unix milliseconds; the leaf is valid for LEAF_LIFETIME_MS from here. */
  readonly notBefore: number;
  readonly leafSpki: Uint8Array;
  readonly facts: CertificateFacts;
}

export interface Precertificate {
  /** The final certificate's TBS minus its SCT extension (what the CT log signs, without the poison). */
  readonly tbs: TBSCertificate;
  /** The signed precertificate (the poison extension last), for `add-pre-chain`. */
  readonly der: Uint8Array;
}

function leafExtensions(input: LeafInput, issuerSpki: Uint8Array) {
  return [
    keyUsageExtension(KeyUsageFlags.digitalSignature),
    codeSigningExtension(),
    subjectKeyIdExtension(input.leafSpki),
    authorityKeyIdExtension(issuerSpki),
    uriSanExtension(input.facts.san),
    ...fulcioExtensions(input.facts),
  ];
}

export function buildPrecertificate(input: LeafInput, issuerSigner: Signer): Precertificate {
  const extensions = leafExtensions(input, issuerSigner.publicKey.spki);
  const tbs = buildTbs({
    serial: input.serial,
    issuer: input.issuer,
    subject: null,
    notBefore: input.notBefore,
    notAfter: input.notBefore + LEAF_LIFETIME_MS,
    subjectSpki: input.leafSpki,
    signerKey: issuerSigner.publicKey,
    extensions,
  });
  const der = signCertificate(withExtensions(tbs, [...extensions, poisonExtension()]), issuerSigner);
  return { tbs, der };
}

/** The final leaf: the precertificate's TBS with the SCT list (TLS-encoded) as its last extension. */
export function finishCertificate(pre: Precertificate, sctList: Uint8Array, issuerSigner: Signer): Uint8Array {
  const extensions = [...(pre.tbs.extensions ?? []), sctListExtension(sctList)];
  return signCertificate(withExtensions(pre.tbs, extensions), issuerSigner);
}
