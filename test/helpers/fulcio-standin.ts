/**
 * A stand-in for Fulcio and its Certificate Transparency log, test-only: a self-signed CA and a CT log key
 * (ECDSA P-256, node:crypto), and leaf certificates for a GitHub Actions run carrying the Fulcio extensions
 * (sigstore/fulcio docs/oid-info.md: DER UTF8String values under 1.3.6.1.4.1.57264.1), the workflow URI as SAN,
 * the codeSigning EKU and an embedded SCT (RFC 6962 §3.2: signed over the precertificate TBS, i.e. the leaf's
 * TBSCertificate without the SCT extension). Built with @peculiar/asn1-x509; what a trusted root needs to trust
 * them is in `authority` / `ctlog`.
 */
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import type { CertificateAuthority, TlogInstance } from '../../src/core/bundle/trust.js';
import { keyId, parsePublicKeyDer } from '../../src/core/keys/keys.js';

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const FULCIO = '1.3.6.1.4.1.57264.1';
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

/** Fulcio extension OIDs by the names core/verify/identity.ts gives them (v2, DER UTF8String values). */
const OIDS: Record<string, string> = {
  issuer: `${FULCIO}.8`,
  buildSignerURI: `${FULCIO}.9`,
  runnerEnvironment: `${FULCIO}.11`,
  sourceRepositoryURI: `${FULCIO}.12`,
  sourceRepositoryDigest: `${FULCIO}.13`,
  sourceRepositoryRef: `${FULCIO}.14`,
  buildConfigURI: `${FULCIO}.18`,
  buildTrigger: `${FULCIO}.20`,
  runInvocationURI: `${FULCIO}.21`,
};

function ecKeyPair(): { privateKey: KeyObject; spki: Uint8Array } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { privateKey, spki: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })) };
}

function der(value: unknown): Uint8Array {
  return new Uint8Array(AsnConvert.serialize(value));
}

function name(commonName: string): Name {
  if (commonName === '') return new Name([]); // Fulcio leaves have an empty subject
  return new Name([
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({ type: '2.5.4.3', value: new AttributeValue({ utf8String: commonName }) }),
    ]),
  ]);
}

function extension(oid: string, value: Uint8Array, critical = false): Extension {
  return new Extension({ extnID: oid, critical, extnValue: new OctetString(value) });
}

/** DER UTF8String (tag 12) of `text`. */
function utf8String(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > 0xffff) throw new Error('value too long for this helper');
  const length =
    bytes.length < 0x80
      ? [bytes.length]
      : bytes.length < 0x100
        ? [0x81, bytes.length]
        : [0x82, bytes.length >> 8, bytes.length & 0xff];
  return new Uint8Array([12, ...length, ...bytes]);
}

function signTbs(tbs: TBSCertificate, key: KeyObject): Uint8Array {
  const certificate = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: ECDSA_SHA256 }),
    signatureValue: new Uint8Array(sign('sha256', der(tbs), key)).buffer,
  });
  return der(certificate);
}

let nextSerial = 1;

function tbsFor(args: {
  serial: number;
  issuer: string;
  subject: string;
  spki: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  extensions: Extension[];
}): TBSCertificate {
  return new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array([args.serial]).buffer,
    signature: new AlgorithmIdentifier({ algorithm: ECDSA_SHA256 }),
    issuer: name(args.issuer),
    validity: new Validity({ notBefore: args.notBefore, notAfter: args.notAfter }),
    subject: name(args.subject),
    subjectPublicKeyInfo: AsnConvert.parse(args.spki, SubjectPublicKeyInfo),
    extensions: new Extensions(args.extensions),
  });
}

export interface IssuedLeaf {
  der: Uint8Array;
  privateKey: KeyObject;
  pem: string;
}

export interface FulcioStandin {
  /** For a TrustedRoot's certificateAuthorities. */
  authority: CertificateAuthority;
  /** For a TrustedRoot's ctlogs. */
  ctlog: TlogInstance;
  /** A leaf for `san` with these Fulcio extension values (names as in FulcioExtensions), valid for 10 minutes. */
  issue(san: string, extensions: Record<string, string>): IssuedLeaf;
}

export function startFulcioStandin(nowMs = Date.now()): FulcioStandin {
  const ca = ecKeyPair();
  const ct = ecKeyPair();
  const caSubject = 'provlog test Fulcio';
  const caDer = signTbs(
    tbsFor({
      serial: nextSerial++,
      issuer: caSubject,
      subject: caSubject,
      spki: ca.spki,
      notBefore: new Date(nowMs - 86_400_000),
      notAfter: new Date(nowMs + 86_400_000),
      extensions: [
        extension('2.5.29.19', der(new BasicConstraints({ cA: true })), true),
        extension('2.5.29.15', der(new KeyUsage(KeyUsageFlags.keyCertSign)), true),
      ],
    }),
    ca.privateKey,
  );
  const ctKey = parsePublicKeyDer(ct.spki);
  const ctLogId = keyId(ctKey);
  const issuerKeyHash = new Uint8Array(createHash('sha256').update(ca.spki).digest());

  return {
    authority: {
      subject: { organization: 'provlog', commonName: caSubject },
      uri: 'https://fulcio.test',
      certChain: [caDer],
      validFor: { start: Math.floor(nowMs / 1000) - 86_400 },
    },
    ctlog: {
      baseUrl: 'https://ct.test',
      hashAlgorithm: 'SHA2_256',
      publicKey: ctKey,
      rawKey: ct.spki,
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      logId: ctLogId,
      validFor: { start: Math.floor(nowMs / 1000) - 86_400 },
    },
    issue(san, values) {
      const leaf = ecKeyPair();
      const base = [
        extension('2.5.29.15', der(new KeyUsage(KeyUsageFlags.digitalSignature)), true),
        extension('2.5.29.37', der(new ExtendedKeyUsage([CODE_SIGNING]))),
        extension(
          '2.5.29.17',
          der(new SubjectAlternativeName([new GeneralName({ uniformResourceIdentifier: san })])),
          true,
        ),
        ...Object.entries(values).map(([key, value]) => {
          const oid = OIDS[key];
          if (oid === undefined) throw new Error(`no OID for Fulcio extension ${key}`);
          return extension(oid, utf8String(value));
        }),
      ];
      const args = {
        serial: nextSerial++, // the same in the precertificate and the certificate
        issuer: caSubject,
        subject: '',
        spki: leaf.spki,
        notBefore: new Date(nowMs - 60_000),
        notAfter: new Date(nowMs + 600_000),
      };
      const precert = der(tbsFor({ ...args, extensions: base }));
      // RFC 6962 §3.2 digitally-signed struct over the precertificate entry.
      const timestamp = BigInt(nowMs);
      const u64 = new Uint8Array(8);
      new DataView(u64.buffer).setBigUint64(0, timestamp);
      const signed = new Uint8Array([
        0, // sct_version v1
        0, // signature_type certificate_timestamp
        ...u64,
        0,
        1, // entry_type precert_entry
        ...issuerKeyHash,
        (precert.length >> 16) & 0xff,
        (precert.length >> 8) & 0xff,
        precert.length & 0xff,
        ...precert,
        0,
        0, // no extensions
      ]);
      const signature = new Uint8Array(sign('sha256', signed, ct.privateKey));
      const sct = new Uint8Array([
        0,
        ...ctLogId,
        ...u64,
        0,
        0, // extensions
        4, // sha256
        3, // ecdsa
        signature.length >> 8,
        signature.length & 0xff,
        ...signature,
      ]);
      const list = new Uint8Array([
        (sct.length + 2) >> 8,
        (sct.length + 2) & 0xff,
        sct.length >> 8,
        sct.length & 0xff,
        ...sct,
      ]);
      const sctExtension = extension(SCT_OID, der(new OctetString(list)));
      const leafDer = signTbs(tbsFor({ ...args, extensions: [...base, sctExtension] }), ca.privateKey);
      const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(leafDer).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
      return { der: leafDer, privateKey: leaf.privateKey, pem };
    },
  };
}
