/**
 * X.509 certificates for the certificate authority (RFC 5280), DER through @peculiar/asn1-x509: the root and
 * the issuing intermediate, and the short-lived leaves, each leaf first as an RFC 6962 precertificate (the
 * critical poison extension) and then as the final certificate with the SCT list in place of the poison.
 *
 * The two share one TBSCertificate apart from that last extension, which is what makes the SCT check work:
 * the verifier (core/verify/sct.ts) drops the SCT extension from the final certificate and must get back the
 * exact TBS the CT log signed (the precertificate's TBS without the poison). Serial numbers come from the
 * caller (core never draws randomness); signatures from an injected Signer.
 */
import { createHash } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
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
  GeneralName,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_kp_codeSigning,
  id_kp_timeStamping,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
} from '@peculiar/asn1-x509';
import { CodedError } from '../errors.js';
import type { PublicKey } from '../keys/keys.js';
import type { Signer } from '../keys/signer.js';
import { parseDer, serializeDer } from '../verify/asn1.js';
import { SCT_EXTENSION_OID } from '../verify/sct.js';

/** RFC 6962 §3.1 precertificate poison: critical, value ASN.1 NULL. */
export const POISON_EXTENSION_OID = '1.3.6.1.4.1.11129.2.4.3';
const ASN1_NULL = new Uint8Array([0x05, 0x00]);
const OID_ORGANIZATION = '2.5.4.10';
const OID_COMMON_NAME = '2.5.4.3';
/** Signature algorithms by CA key type (RFC 5758 §3.2; Ed25519 RFC 8410 §3). */
const SIGNATURE_OIDS: Readonly<Record<string, string>> = {
  'ecdsa-p256': '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
  'ecdsa-p384': '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
  'ecdsa-p521': '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
  ed25519: '1.3.101.112',
};

export interface DistinguishedName {
  readonly organization: string;
  readonly commonName: string;
}

export function encodeName(name: DistinguishedName | null): Name {
  if (name === null) return new Name([]);
  const rdn = (type: string, value: string) =>
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: value }) }),
    ]);
  return new Name([rdn(OID_ORGANIZATION, name.organization), rdn(OID_COMMON_NAME, name.commonName)]);
}

/**
 * A positive, minimal DER INTEGER serial from random bytes (RFC 5280 §4.1.2.2: at most 20 octets): the top bit
 * is cleared (positive) and the next one set (no leading zero octet, so the encoding stays minimal).
 */
export function serialFromRandom(random: Uint8Array): ArrayBuffer {
  if (random.byteLength < 8 || random.byteLength > 20) {
    throw new CodedError('INTERNAL', `a certificate serial needs 8 to 20 random bytes, got ${random.byteLength}`);
  }
  const out = random.slice();
  out[0] = ((out[0] ?? 0) & 0x7f) | 0x40;
  return out.buffer;
}

/** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING's bytes. */
export function keyIdentifier(spki: Uint8Array): Uint8Array {
  const info = parseDer(spki, SubjectPublicKeyInfo, 'INVALID_KEY', 'public key');
  return new Uint8Array(createHash('sha1').update(new Uint8Array(info.subjectPublicKey)).digest());
}

function extension(oid: string, critical: boolean, value: unknown): Extension {
  return new Extension({ extnID: oid, critical, extnValue: new OctetString(serializeDer(value)) });
}

export function keyUsageExtension(flags: number): Extension {
  return extension(id_ce_keyUsage, true, new KeyUsage(flags));
}

export function basicConstraintsExtension(pathLength: number | undefined): Extension {
  const bc = new BasicConstraints({ cA: true });
  if (pathLength !== undefined) bc.pathLenConstraint = pathLength;
  return extension(id_ce_basicConstraints, true, bc);
}

export function codeSigningExtension(): Extension {
  return extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage([id_kp_codeSigning]));
}

/** RFC 3161 §2.3: a TSA's one extended key usage, id-kp-timeStamping, and the extension MUST be critical. */
export function timeStampingExtension(): Extension {
  return extension(id_ce_extKeyUsage, true, new ExtendedKeyUsage([id_kp_timeStamping]));
}

/** basicConstraints cA:false for an end-entity certificate that must never act as a CA. */
export function endEntityExtension(): Extension {
  return extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: false }));
}

export function subjectKeyIdExtension(spki: Uint8Array): Extension {
  return extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(spki)));
}

export function authorityKeyIdExtension(issuerSpki: Uint8Array): Extension {
  return extension(
    id_ce_authorityKeyIdentifier,
    false,
    new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(keyIdentifier(issuerSpki)) }),
  );
}

/** The SAN URI; critical because the subject is empty (RFC 5280 §4.2.1.6). */
export function uriSanExtension(uri: string): Extension {
  return extension(
    id_ce_subjectAltName,
    true,
    new SubjectAlternativeName([new GeneralName({ uniformResourceIdentifier: uri })]),
  );
}

export function poisonExtension(): Extension {
  return new Extension({ extnID: POISON_EXTENSION_OID, critical: true, extnValue: new OctetString(ASN1_NULL) });
}

/** RFC 6962 §3.3: a TLS SignedCertificateTimestampList inside an OCTET STRING, inside the extension value. */
export function sctListExtension(tlsList: Uint8Array): Extension {
  return new Extension({
    extnID: SCT_EXTENSION_OID,
    critical: false,
    extnValue: new OctetString(serializeDer(new OctetString(tlsList))),
  });
}

export interface TbsInput {
  readonly serial: ArrayBuffer;
  readonly issuer: DistinguishedName;
  readonly subject: DistinguishedName | null;
  /** Unix milliseconds; whole seconds are kept (DER UTCTime has no fraction). */
  readonly notBefore: number;
  readonly notAfter: number;
  /** The subject's DER SubjectPublicKeyInfo. */
  readonly subjectSpki: Uint8Array;
  /** The key type of the CA that will sign (decides the signature algorithm). */
  readonly signerKey: PublicKey;
  readonly extensions: readonly Extension[];
}

function signatureAlgorithm(key: PublicKey): AlgorithmIdentifier {
  const oid = SIGNATURE_OIDS[key.algorithm];
  if (oid === undefined)
    throw new CodedError('UNSUPPORTED_KEY', `a CA key of type ${key.algorithm} cannot sign certificates`);
  return new AlgorithmIdentifier({ algorithm: oid });
}

export function buildTbs(input: TbsInput): TBSCertificate {
  const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
  return new TBSCertificate({
    version: 2, // v3
    serialNumber: input.serial,
    signature: signatureAlgorithm(input.signerKey),
    issuer: encodeName(input.issuer),
    validity: new Validity({ notBefore: second(input.notBefore), notAfter: second(input.notAfter) }),
    subject: encodeName(input.subject),
    subjectPublicKeyInfo: AsnConvert.parse(input.subjectSpki, SubjectPublicKeyInfo),
    extensions: new Extensions([...input.extensions]),
  });
}

/** The same TBS with its extension list replaced (precertificate -> final certificate). */
export function withExtensions(tbs: TBSCertificate, extensions: readonly Extension[]): TBSCertificate {
  return new TBSCertificate({ ...tbs, extensions: new Extensions([...extensions]) });
}

/** Signs a TBSCertificate; the DER certificate. */
export function signCertificate(tbs: TBSCertificate, signer: Signer): Uint8Array {
  const tbsDer = serializeDer(tbs);
  const signature = signer.sign(tbsDer);
  const cert = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: tbs.signature,
    signatureValue: new Uint8Array(signature).buffer,
  });
  return serializeDer(cert);
}

export { KeyUsageFlags };
