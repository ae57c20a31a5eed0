/**
 * The timestamp authority's own two certificates (RFC 5280 profile, RFC 3161 §2.3): a self-signed root and the
 * leaf that signs tokens. The leaf carries the one extended key usage id-kp-timeStamping, marked critical, as
 * RFC 3161 requires and as `openssl ts -verify` and Sigstore verifiers check. Both are ECDSA P-256 signed with
 * ecdsa-with-SHA256 through the injected Signer (src/adapters/crypto); times and serials are parameters.
 *
 * Named for the TSA on purpose: a Fulcio-style CA builds its own certificates elsewhere (src/core/x509/).
 */
import { createHash } from 'node:crypto';
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectKeyIdentifier,
  id_kp_timeStamping,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
} from '@peculiar/asn1-x509';
import type { Signer } from '../keys/signer.js';
import { ID_ECDSA_WITH_SHA256, positiveInteger } from './reply.js';

const ID_AT_ORGANIZATION = '2.5.4.10';
const ID_AT_COMMON_NAME = '2.5.4.3';

export interface TsaSubject {
  readonly organization: string;
  readonly commonName: string;
}

export interface TsaCertificateArgs {
  readonly rootSigner: Signer;
  readonly leafSigner: Signer;
  readonly organization: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Random bytes for the two certificate serial numbers. */
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
  const rootKeyId = keyIdentifier(args.rootSigner);
  const root = signCertificate(args.rootSigner, {
    serial: args.rootSerial,
    issuer: rootSubject,
    subject: rootSubject,
    subjectKey: args.rootSigner,
    notBefore: args.notBefore,
    notAfter: args.notAfter,
    extensions: [
      extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: true, pathLenConstraint: 0 })),
      extension(id_ce_keyUsage, true, new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign)),
      extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(rootKeyId)),
    ],
  });
  const leaf = signCertificate(args.rootSigner, {
    serial: args.leafSerial,
    issuer: rootSubject,
    subject: leafSubject,
    subjectKey: args.leafSigner,
    notBefore: args.notBefore,
    notAfter: args.notAfter,
    extensions: [
      extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: false })),
      extension(id_ce_keyUsage, true, new KeyUsage(KeyUsageFlags.digitalSignature)),
      // RFC 3161 §2.3: exactly one EKU, id-kp-timeStamping, and the extension MUST be critical.
      extension(id_ce_extKeyUsage, true, new ExtendedKeyUsage([id_kp_timeStamping])),
      extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(args.leafSigner))),
      extension(
        id_ce_authorityKeyIdentifier,
        false,
        new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(rootKeyId) }),
      ),
    ],
  });
  return { root, leaf, rootSubject, leafSubject };
}

interface CertificateFields {
  serial: Uint8Array;
  issuer: TsaSubject;
  subject: TsaSubject;
  subjectKey: Signer;
  notBefore: Date;
  notAfter: Date;
  extensions: Extension[];
}

function signCertificate(issuerKey: Signer, fields: CertificateFields): Uint8Array {
  const algorithm = new AlgorithmIdentifier({ algorithm: ID_ECDSA_WITH_SHA256 });
  const tbs = new TBSCertificate({
    version: 2, // v3
    serialNumber: positiveInteger(fields.serial),
    signature: algorithm,
    issuer: name(fields.issuer),
    validity: new Validity({ notBefore: wholeSeconds(fields.notBefore), notAfter: wholeSeconds(fields.notAfter) }),
    subject: name(fields.subject),
    subjectPublicKeyInfo: AsnParser.parse(fields.subjectKey.publicKey.spki, SubjectPublicKeyInfo),
    extensions: new Extensions(fields.extensions),
  });
  const signature = issuerKey.sign(new Uint8Array(AsnConvert.serialize(tbs)));
  const cert = new Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: copy(signature) });
  return new Uint8Array(AsnConvert.serialize(cert));
}

function name(subject: TsaSubject): Name {
  const rdn = (type: string, value: string): RelativeDistinguishedName =>
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: value }) }),
    ]);
  return new Name([rdn(ID_AT_ORGANIZATION, subject.organization), rdn(ID_AT_COMMON_NAME, subject.commonName)]);
}

function extension(extnID: string, critical: boolean, value: unknown): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING (here SHA-256, truncated to 20 bytes). */
function keyIdentifier(key: Signer): Uint8Array {
  const spki = AsnParser.parse(key.publicKey.spki, SubjectPublicKeyInfo);
  return new Uint8Array(createHash('sha256').update(new Uint8Array(spki.subjectPublicKey)).digest()).subarray(0, 20);
}

function wholeSeconds(time: Date): Date {
  return new Date(Math.floor(time.getTime() / 1000) * 1000);
}

function copy(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}
