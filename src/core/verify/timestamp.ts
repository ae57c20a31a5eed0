/**
 * RFC 3161 signed timestamps (`verificationMaterial.timestampVerificationData.rfc3161Timestamps[]`): a
 * timestamp authority (TSA) of the trusted root signs "these bytes existed at genTime". Sigstore stamps the
 * signature bytes (the DSSE `sig` or the message signature), so the stamp dates the signature, and the
 * signing certificate must be valid at that time (conformance `intoto-tsa-timestamp-outside-cert-validity_fail`).
 *
 * Steps (RFC 3161 §2.4.2, RFC 5652 §5.4/§5.6): TimeStampResp status granted -> token is CMS SignedData with
 * eContentType id-ct-TSTInfo -> TSTInfo.messageImprint = hash(signature bytes) -> signed attributes carry
 * contentType = id-ct-TSTInfo and messageDigest = hash(eContent) -> the signer's signature over DER(SET OF
 * signed attributes) verifies with the key of a TSA leaf from the trusted root, whose chain verifies -> genTime
 * lies inside the TSA's `validFor` and its certificates' validity. Decoding uses @peculiar/asn1-tsp and
 * @peculiar/asn1-cms; signatures use node:crypto.
 */
import { createHash, verify } from 'node:crypto';
import { id_contentType, id_messageDigest, id_signedData, SignedData, type SignerInfo } from '@peculiar/asn1-cms';
import { OctetString } from '@peculiar/asn1-schema';
import { id_ct_tstInfo, PKIStatus, TimeStampResp, TimeStampToken, TSTInfo } from '@peculiar/asn1-tsp';
import { bytesEqual, toHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import type { HashAlgorithm } from '../keys/keys.js';
import { AttributeSet, bytesOf, OidValue, parseDer, serializeDer } from './asn1.js';
import { ChainMemoizer } from './cache.js';
import {
  type CertificateAuthorityInput,
  certificateValidAt,
  formatTime,
  issuedBy,
  type ParsedCertificate,
  parseCertificate,
  withinWindow,
} from './certificate.js';

const HASHES: Readonly<Record<string, HashAlgorithm>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const EKU_TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

export interface VerifiedTimestamp {
  /** genTime in unix seconds (fractions kept). */
  readonly time: number;
  readonly authority: CertificateAuthorityInput;
  /** Hex TSTInfo serial number. */
  readonly serialNumber: string;
}

function fail(message: string, cause?: unknown): never {
  throw new CodedError('TIMESTAMP_INVALID', message, cause === undefined ? {} : { cause });
}

function hashName(oid: string, what: string): HashAlgorithm {
  return HASHES[oid] ?? fail(`${what} uses unsupported hash algorithm ${oid}`);
}

function digest(alg: string, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(alg).update(data).digest());
}

/** A `signedTimestamp` is a DER TimeStampResp; a bare TimeStampToken (ContentInfo) is accepted too. */
function tokenOf(der: Uint8Array): TimeStampToken {
  let resp: TimeStampResp | undefined;
  try {
    resp = parseDer(der, TimeStampResp, 'TIMESTAMP_INVALID', 'RFC 3161 timestamp response');
  } catch {
    resp = undefined;
  }
  if (resp === undefined) {
    return parseDer(der, TimeStampToken, 'TIMESTAMP_INVALID', 'RFC 3161 timestamp (neither TimeStampResp nor token)');
  }
  const status = resp.status.status;
  if (status !== PKIStatus.granted && status !== PKIStatus.grantedWithMods) {
    fail(`timestamp response status is ${status}, not granted`);
  }
  return resp.timeStampToken ?? fail('timestamp response holds no token');
}

function attributeValue(signer: SignerInfo, oid: string): ArrayBuffer {
  const attrs = (signer.signedAttrs ?? []).filter((a) => a.attrType === oid);
  const [attr] = attrs;
  const [value] = attr?.attrValues ?? [];
  if (attrs.length !== 1 || attr?.attrValues.length !== 1 || value === undefined) {
    fail(`timestamp signed attributes must hold exactly one ${oid}`);
  }
  return value;
}

export interface ParsedTimestamp {
  readonly tstInfo: TSTInfo;
  readonly eContent: Uint8Array;
  readonly signer: SignerInfo;
}

/** Decodes a timestamp down to its TSTInfo and single SignerInfo; TIMESTAMP_INVALID on any structural problem. */
export function parseTimestamp(der: Uint8Array): ParsedTimestamp {
  const token = tokenOf(der);
  if (token.contentType !== id_signedData) fail(`timestamp token content type is ${token.contentType}, not SignedData`);
  const signed = parseDer(token.content, SignedData, 'TIMESTAMP_INVALID', 'timestamp SignedData');
  if (signed.encapContentInfo.eContentType !== id_ct_tstInfo) fail('timestamp token does not encapsulate a TSTInfo');
  const econtent = signed.encapContentInfo.eContent;
  const raw = econtent?.single?.buffer ?? econtent?.any ?? fail('timestamp token has no TSTInfo content');
  const eContent = bytesOf(raw);
  const tstInfo = parseDer(eContent, TSTInfo, 'TIMESTAMP_INVALID', 'timestamp TSTInfo');
  if (signed.signerInfos.length !== 1) fail(`timestamp token has ${signed.signerInfos.length} signers, expected 1`);
  const [signer] = signed.signerInfos;
  return { tstInfo, eContent, signer: signer ?? fail('timestamp token has no signer') };
}

/** The CMS signature check against one TSA; null when it verifies, else why not. */
function signatureProblem(parsed: ParsedTimestamp, tsaLeaf: ParsedCertificate): string | null {
  const { signer } = parsed;
  const serial = signer.sid.issuerAndSerialNumber?.serialNumber;
  if (serial !== undefined && BigInt(`0x${toHex(bytesOf(serial))}`) !== BigInt(`0x${tsaLeaf.x509.serialNumber}`)) {
    return 'signer serial number does not match the TSA certificate';
  }
  const signedAttrs = serializeDer(new AttributeSet(signer.signedAttrs ?? []));
  const hash = hashName(signer.digestAlgorithm.algorithm, 'timestamp signer');
  const ok = verify(hash, signedAttrs, tsaLeaf.publicKey, bytesOf(signer.signature.buffer));
  return ok ? null : 'signature does not verify with the TSA key';
}

/** The TSA chain's verdict depends only on the trusted root: computed once per authority (see cache.ts). */
const tsaChains = new ChainMemoizer<CertificateAuthorityInput, boolean>();

function verifyTsaChain(authority: CertificateAuthorityInput, chain: readonly ParsedCertificate[]): boolean {
  return tsaChains.get(authority, authority.certChain, () =>
    chain.every((cert, i) => issuedBy(cert, chain[i + 1] ?? cert)),
  );
}

/**
 * Verifies one RFC 3161 timestamp over `signature` (the bundle's signature bytes) against the trusted root's
 * timestamp authorities. Returns the time it attests; throws TIMESTAMP_INVALID.
 */
export function verifyRfc3161Timestamp(
  der: Uint8Array,
  signature: Uint8Array,
  authorities: readonly CertificateAuthorityInput[],
): VerifiedTimestamp {
  const parsed = parseTimestamp(der);
  const { tstInfo, signer } = parsed;
  const imprintHash = hashName(tstInfo.messageImprint.hashAlgorithm.algorithm, 'timestamp message imprint');
  if (!bytesEqual(bytesOf(tstInfo.messageImprint.hashedMessage.buffer), digest(imprintHash, signature))) {
    fail("the timestamp's message imprint is not the hash of this bundle's signature (it stamps something else)");
  }
  const contentType = parseDer(attributeValue(signer, id_contentType), OidValue, 'TIMESTAMP_INVALID', 'contentType');
  if (contentType.oid !== id_ct_tstInfo) fail('timestamp signed contentType attribute is not id-ct-TSTInfo');
  const md = parseDer(attributeValue(signer, id_messageDigest), OctetString, 'TIMESTAMP_INVALID', 'messageDigest');
  const attrHash = hashName(signer.digestAlgorithm.algorithm, 'timestamp signer');
  if (!bytesEqual(bytesOf(md.buffer), digest(attrHash, parsed.eContent))) {
    fail('timestamp messageDigest attribute does not match the TSTInfo');
  }
  const time = tstInfo.genTime.getTime() / 1000;
  const problems: string[] = [];
  for (const authority of authorities) {
    const chain = authority.certChain.map((c, i) => parseCertificate(c, `trusted root TSA certificate ${i}`));
    const [leaf] = chain;
    if (leaf === undefined) continue;
    const problem = signatureProblem(parsed, leaf);
    if (problem !== null) {
      problems.push(`${authority.uri ?? 'TSA'}: ${problem}`);
      continue;
    }
    if (!verifyTsaChain(authority, chain))
      fail(`the TSA certificate chain of ${authority.uri ?? 'the trusted root'} does not verify`);
    if (leaf.x509.keyUsage !== undefined && !leaf.x509.keyUsage.includes(EKU_TIME_STAMPING)) {
      fail('the TSA certificate is not authorised for time stamping (extended key usage)');
    }
    const at = formatTime(time);
    if (!withinWindow(time, authority.validFor))
      fail(`the timestamp authority is not trusted at ${at} (trusted-root validFor)`);
    if (!chain.every((cert) => certificateValidAt(cert, time))) fail(`a TSA certificate is not valid at ${at}`);
    return { time, authority, serialNumber: toHex(bytesOf(tstInfo.serialNumber)) };
  }
  fail(
    `no timestamp authority of the trusted root signed this timestamp${problems.length ? `: ${problems.join('; ')}` : ''}`,
  );
}
