/**
 * The timestamp authority's own two certificates (RFC 5280 profile, RFC 3161 §2.3): a self-signed root and the
 * leaf that signs tokens. The leaf carries the one extended key usage id-kp-timeStamping, marked critical, as
 * RFC 3161 requires and as `openssl ts -verify` and Sigstore verifiers check. Built with the CA's certificate
 * pieces (core/x509/certificate.ts); signed through injected Signers; times and serials are parameters.
 */
import type { Signer } from '../keys/signer.js';
import {
  authorityKeyIdExtension,
  basicConstraintsExtension,
  buildTbs,
  type DistinguishedName,
  endEntityExtension,
  KeyUsageFlags,
  keyUsageExtension,
  serialFromRandom,
  signCertificate,
  subjectKeyIdExtension,
  timeStampingExtension,
} from '../x509/certificate.js';

export type TsaSubject = DistinguishedName;

export interface TsaCertificateArgs {
  readonly rootSigner: Signer;
  readonly leafSigner: Signer;
  readonly organization: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Random bytes (8 to 20) for the two certificate serial numbers. */
  readonly rootSerial: Uint8Array;
  readonly leafSerial: Uint8Array;
}

export interface TsaCertificates {
  readonly root: Uint8Array;
  readonly leaf: Uint8Array;
  readonly rootSubject: TsaSubject;
  readonly leafSubject: TsaSubject;
}

/** A self-signed TSA root (CA, keyCertSign) and its timestamping leaf, DER. */
export function buildTsaCertificates(args: TsaCertificateArgs): TsaCertificates {
  const rootSubject = { organization: args.organization, commonName: `${args.organization} TSA root` };
  const leafSubject = { organization: args.organization, commonName: `${args.organization} TSA` };
  const rootKey = args.rootSigner.publicKey;
  const validity = { notBefore: args.notBefore.getTime(), notAfter: args.notAfter.getTime() };
  const root = signCertificate(
    buildTbs({
      serial: serialFromRandom(args.rootSerial),
      issuer: rootSubject,
      subject: rootSubject,
      ...validity,
      subjectSpki: rootKey.spki,
      signerKey: rootKey,
      extensions: [
        basicConstraintsExtension(0),
        keyUsageExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign),
        subjectKeyIdExtension(rootKey.spki),
      ],
    }),
    args.rootSigner,
  );
  const leaf = signCertificate(
    buildTbs({
      serial: serialFromRandom(args.leafSerial),
      issuer: rootSubject,
      subject: leafSubject,
      ...validity,
      subjectSpki: args.leafSigner.publicKey.spki,
      signerKey: rootKey,
      extensions: [
        endEntityExtension(),
        keyUsageExtension(KeyUsageFlags.digitalSignature),
        timeStampingExtension(),
        subjectKeyIdExtension(args.leafSigner.publicKey.spki),
        authorityKeyIdExtension(rootKey.spki),
      ],
    }),
    args.rootSigner,
  );
  return { root, leaf, rootSubject, leafSubject };
}
