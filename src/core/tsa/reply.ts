/**
 * Building RFC 3161 `TimeStampResp` replies (§2.4.2): a granted reply carries a CMS SignedData (RFC 5652) whose
 * encapsulated content is the DER `TSTInfo`, signed by the TSA leaf over DER(SET OF signed attributes) with
 * contentType = id-ct-TSTInfo, messageDigest = SHA-256(TSTInfo) and the RFC 5035 signingCertificateV2 binding the
 * leaf. A refusal carries only the status with its PKIFailureInfo bit.
 *
 * Pure: the time, the serial number and the signer are parameters (ECDSA signing draws randomness, so the
 * Signer comes from src/adapters/crypto).
 */
import { createHash } from 'node:crypto';
import {
  Attribute,
  CertificateChoices,
  CertificateSet,
  ContentInfo,
  DigestAlgorithmIdentifiers,
  EncapsulatedContent,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  id_contentType,
  id_messageDigest,
  id_signedData,
  SignedData,
  SignerIdentifier,
  SignerInfo,
  SignerInfos,
} from '@peculiar/asn1-cms';
import { AsnConvert, AsnParser, AsnSerializer, OctetString } from '@peculiar/asn1-schema';
import {
  Accuracy,
  id_ct_tstInfo,
  MessageImprint,
  PKIFailureInfo,
  PKIFreeText,
  PKIStatus,
  PKIStatusInfo,
  TimeStampResp,
  TSTInfo,
} from '@peculiar/asn1-tsp';
import { AlgorithmIdentifier, Certificate } from '@peculiar/asn1-x509';
import { CodedError } from '../errors.js';
import type { Signer } from '../keys/signer.js';
import { AttributeSet, OidValue, serializeDer } from '../verify/asn1.js';
import { EssCertIdV2, ID_AA_SIGNING_CERTIFICATE_V2, SigningCertificateV2 } from './asn1.js';
import { FAILURE_BITS, type FailureInfo, type TimestampQuery } from './request.js';

const ID_SHA256 = '2.16.840.1.101.3.4.2.1';
export const ID_ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
/** Sigstore's timestamp-authority default policy (its `--timestamp-policy`), under Sigstore's PEN 57264. */
export const DEFAULT_TSA_POLICY = '1.3.6.1.4.1.57264.2';

export interface TimestampSigner {
  /** ECDSA P-256 key of the leaf (signatures are ecdsa-with-SHA256). */
  readonly signer: Signer;
  /** DER certificates, leaf first, root last. */
  readonly chain: readonly Uint8Array[];
  readonly policy: string;
  /** TSTInfo accuracy in seconds (RFC 3161 §2.4.2: genTime ± accuracy). */
  readonly accuracySeconds: number;
}

export interface GrantArgs {
  readonly query: TimestampQuery;
  /** genTime; whole seconds are kept (DER GeneralizedTime, and the accuracy is a second anyway). */
  readonly time: Date;
  /** Random bytes for the TSTInfo serial number (made a positive INTEGER here); unique per token. */
  readonly serial: Uint8Array;
}

/** A granted TimeStampResp over the query, DER. */
export function grantTimestamp(tsa: TimestampSigner, args: GrantArgs): Uint8Array {
  const [leafDer] = tsa.chain;
  if (leafDer === undefined || tsa.signer.publicKey.algorithm !== 'ecdsa-p256') {
    throw new CodedError('INTERNAL', 'the timestamp authority needs an ECDSA P-256 leaf certificate');
  }
  const leaf = AsnParser.parse(leafDer, Certificate);
  const tstInfo = new TSTInfo({
    version: 1,
    policy: tsa.policy,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithm: args.query.hashOid }),
      hashedMessage: new OctetString(args.query.hashedMessage),
    }),
    serialNumber: positiveInteger(args.serial),
    genTime: new Date(Math.floor(args.time.getTime() / 1000) * 1000),
    accuracy: new Accuracy({ seconds: tsa.accuracySeconds }),
    ordering: false,
  });
  if (args.query.nonce !== undefined) tstInfo.nonce = copy(args.query.nonce);
  const eContent = new Uint8Array(AsnSerializer.serialize(tstInfo));

  const signedAttrs = sortedForDer([
    new Attribute({ attrType: id_contentType, attrValues: [AsnConvert.serialize(oidValue(id_ct_tstInfo))] }),
    new Attribute({
      attrType: id_messageDigest,
      attrValues: [AsnConvert.serialize(new OctetString(sha256(eContent)))],
    }),
    new Attribute({
      attrType: ID_AA_SIGNING_CERTIFICATE_V2,
      attrValues: [AsnConvert.serialize(new SigningCertificateV2([new EssCertIdV2(sha256(leafDer))]))],
    }),
  ]);
  const signature = tsa.signer.sign(serializeDer(new AttributeSet(signedAttrs)));

  const signerInfo = new SignerInfo({
    version: 1,
    sid: new SignerIdentifier({
      issuerAndSerialNumber: new IssuerAndSerialNumber({
        issuer: leaf.tbsCertificate.issuer,
        serialNumber: leaf.tbsCertificate.serialNumber,
      }),
    }),
    digestAlgorithm: new AlgorithmIdentifier({ algorithm: ID_SHA256 }),
    signedAttrs,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: ID_ECDSA_WITH_SHA256 }),
    signature: new OctetString(signature),
  });
  const signedData = new SignedData({
    version: 3, // RFC 5652 §5.1: eContentType other than id-data
    digestAlgorithms: new DigestAlgorithmIdentifiers([new AlgorithmIdentifier({ algorithm: ID_SHA256 })]),
    encapContentInfo: new EncapsulatedContentInfo({
      eContentType: id_ct_tstInfo,
      eContent: new EncapsulatedContent({ single: new OctetString(eContent) }),
    }),
    signerInfos: new SignerInfos([signerInfo]),
  });
  // certReq (RFC 3161 §2.4.1): the TSA's certificate MUST be in the token when asked for, and must not be otherwise.
  if (args.query.certReq) {
    signedData.certificates = new CertificateSet([new CertificateChoices({ certificate: leaf })]);
  }
  const token = new ContentInfo({ contentType: id_signedData, content: AsnConvert.serialize(signedData) });
  const reply = new TimeStampResp({ status: new PKIStatusInfo({ status: PKIStatus.granted }), timeStampToken: token });
  return new Uint8Array(AsnSerializer.serialize(reply));
}

/** A rejection TimeStampResp with one PKIFailureInfo bit and a short reason, DER. */
export function refuseTimestamp(failInfo: FailureInfo, text: string): Uint8Array {
  const status = new PKIStatusInfo({
    status: PKIStatus.rejection,
    statusString: new PKIFreeText([text]),
    // PKIFailureInfo's flag enum in @peculiar/asn1-tsp numbers some bits differently from RFC 3161; set the bit
    // by its RFC number (BitString.fromNumber puts bit n at 2^n).
    failInfo: new PKIFailureInfo(2 ** FAILURE_BITS[failInfo]),
  });
  return new Uint8Array(AsnSerializer.serialize(new TimeStampResp({ status })));
}

/** The two's-complement content of a positive INTEGER from random bytes: no redundant leading zero, never 0. */
export function positiveInteger(bytes: Uint8Array): ArrayBuffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  if (trimmed.length === 0 || (trimmed.length === 1 && trimmed[0] === 0)) {
    throw new CodedError('INTERNAL', 'a serial number must not be zero');
  }
  const first = trimmed[0] ?? 0;
  const out = new Uint8Array(first >= 0x80 ? trimmed.length + 1 : trimmed.length);
  out.set(trimmed, out.length - trimmed.length);
  return out.buffer;
}

function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

function copy(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

/**
 * DER sorts the members of a SET OF by their encodings (X.690 §11.6). Verifiers such as OpenSSL re-encode the
 * signed attributes before checking the signature, so they must already be in that order.
 */
function sortedForDer(attributes: Attribute[]): Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(AsnSerializer.serialize(a)) }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  return encoded.map((e) => e.a);
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function oidValue(oid: string): OidValue {
  const value = new OidValue();
  value.oid = oid;
  return value;
}
