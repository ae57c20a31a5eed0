/**
 * The CT log's check of an `add-pre-chain` submission (RFC 6962 §4.1): chain[0] is a precertificate (the
 * critical poison extension), each certificate is signed by the next, and the chain ends at a root the log
 * accepts. The log then signs the precertificate's TBS without the poison, with the issuer's key hash.
 * Chains are hostile input: size caps, strict DER, signatures checked by node:crypto.
 */
import { createHash } from 'node:crypto';
import { Extensions, TBSCertificate } from '@peculiar/asn1-x509';
import { bytesEqual } from '../bytes.js';
import { CodedError } from '../errors.js';
import { serializeDer } from '../verify/asn1.js';
import { issuedBy, type ParsedCertificate, parseCertificate } from '../verify/certificate.js';
import { POISON_EXTENSION_OID } from '../x509/certificate.js';

const MAX_CHAIN = 5;

export interface AcceptedPrecert {
  /** The precertificate's TBSCertificate DER without the poison extension. */
  readonly tbs: Uint8Array;
  /** SHA-256 of the issuer's DER SubjectPublicKeyInfo. */
  readonly issuerKeyHash: Uint8Array;
  readonly precert: ParsedCertificate;
}

function bad(message: string): CodedError {
  return new CodedError('BAD_REQUEST', `add-pre-chain: ${message}`);
}

export function checkPrecertChain(chain: readonly Uint8Array[], acceptedRoots: readonly Uint8Array[]): AcceptedPrecert {
  if (chain.length < 2 || chain.length > MAX_CHAIN) {
    throw bad(`the chain must hold the precertificate and 1 to ${MAX_CHAIN - 1} issuers, got ${chain.length}`);
  }
  const certs = chain.map((der, i) => {
    try {
      return parseCertificate(der, `chain certificate ${i}`);
    } catch (error) {
      throw bad(error instanceof Error ? error.message : 'a certificate does not parse');
    }
  });
  const [precert, issuer] = certs;
  if (precert === undefined || issuer === undefined) throw bad('the chain is incomplete');
  const extensions = precert.asn.tbsCertificate.extensions ?? [];
  const poison = extensions.filter((e) => e.extnID === POISON_EXTENSION_OID);
  if (poison.length !== 1 || poison[0]?.critical !== true) {
    throw bad('chain[0] is not a precertificate (exactly one critical poison extension)');
  }
  for (let i = 0; i + 1 < certs.length; i++) {
    const child = certs[i];
    const parent = certs[i + 1];
    if (child === undefined || parent === undefined || !parent.x509.ca || !issuedBy(child, parent)) {
      throw bad(`chain[${i}] is not signed by the CA certificate chain[${i + 1}]`);
    }
  }
  const last = chain[chain.length - 1];
  if (last === undefined || !acceptedRoots.some((root) => bytesEqual(root, last))) {
    throw bad('the chain does not end at a root this log accepts');
  }
  const tbs = serializeDer(
    new TBSCertificate({
      ...precert.asn.tbsCertificate,
      extensions: new Extensions(extensions.filter((e) => e.extnID !== POISON_EXTENSION_OID)),
    }),
  );
  const issuerKeyHash = new Uint8Array(createHash('sha256').update(issuer.spki).digest());
  return { tbs, issuerKeyHash, precert };
}
