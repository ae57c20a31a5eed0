/**
 * Keyless signing certificates (Fulcio): parse the DER leaf, build its path to a certificate authority of the
 * trusted root, and check every certificate on it at each verified time. Signatures are checked by
 * node:crypto's X509Certificate; structure (validity, extensions, TBS bytes) is read with @peculiar/asn1-x509.
 *
 * Trust comes only from the trusted root: the path is leaf -> `certChain[0]` -> … -> `certChain[last]` (the
 * trust anchor) of one `certificateAuthorities[]` entry. protobuf-specs (`X509CertificateChain`) says a bundle's
 * chain "MUST NOT include the root CA or any intermediate CAs that appear in an independent root of trust", so
 * certificates after the leaf in a v0.1/v0.2 bundle are never used to build the path; one that is not a copy of
 * a certificate on the accepted path (a root or intermediate the trusted root does not hold) fails the check
 * (conformance `bundle-with-root-cert_fail`), while sigstore-js bundles that repeat the trusted
 * intermediate and root verify.
 */
import type { KeyObject, X509Certificate } from 'node:crypto';
import { Certificate } from '@peculiar/asn1-x509';
import { bytesEqual } from '../bytes.js';
import { CodedError } from '../errors.js';
import { parseDer } from './asn1.js';
import { ChainMemoizer } from './cache.js';
import { loadCertificate } from './x509.js';

/** An inclusive window of unix seconds; `end` absent means open-ended (trusted-root `validFor`). */
export interface ValidityWindow {
  readonly start: number;
  readonly end?: number;
}

/** The part of a trusted root's `certificateAuthorities[]` entry this check reads. */
export interface CertificateAuthorityInput {
  /** DER certificates, the one closest to the leaf first, the trust anchor last. */
  readonly certChain: readonly Uint8Array[];
  readonly validFor: ValidityWindow;
  readonly uri?: string;
}

export interface ParsedCertificate {
  readonly der: Uint8Array;
  readonly x509: X509Certificate;
  readonly asn: Certificate;
  /** The subject's key, loaded once (`x509.publicKey` builds a new KeyObject on every read). */
  readonly publicKey: KeyObject;
  /** The subject's DER SubjectPublicKeyInfo. */
  readonly spki: Uint8Array;
  /** Unix seconds (inclusive bounds, RFC 5280 §4.1.2.5). */
  readonly notBefore: number;
  readonly notAfter: number;
}

export interface VerifiedChain {
  readonly leaf: ParsedCertificate;
  /** The certificate that signed the leaf (its SPKI is the SCT `issuer_key_hash` input). */
  readonly issuer: ParsedCertificate;
  /** The authority certificates above the leaf, issuer first, trust anchor last. */
  readonly path: readonly ParsedCertificate[];
  readonly authority: CertificateAuthorityInput;
}

/**
 * Trusted-root certificates are parsed once per byte array (trusted roots live as long as the process); a hit
 * counts only while the array still holds the bytes that were parsed.
 */
const parsedCache = new WeakMap<Uint8Array, { readonly bytes: Uint8Array; readonly parsed: ParsedCertificate }>();

/** Parses one DER certificate; CERT_CHAIN_INVALID (naming `what`) when either parser rejects it. */
export function parseCertificate(der: Uint8Array, what = 'certificate'): ParsedCertificate {
  const cached = parsedCache.get(der);
  if (cached !== undefined && bytesEqual(cached.bytes, der)) return cached.parsed;
  if (der.byteLength === 0) throw new CodedError('CERT_CHAIN_INVALID', `${what} is empty`);
  const asn = parseDer(der, Certificate, 'CERT_CHAIN_INVALID', what);
  const { x509, publicKey } = loadCertificate(der, what);
  const validity = asn.tbsCertificate.validity;
  let spki: Uint8Array | undefined;
  const parsed: ParsedCertificate = {
    der,
    x509,
    asn,
    publicKey,
    // Exported on first read: only issuer certificates need it (SCT issuer_key_hash), and the export costs
    // about as much as parsing the certificate.
    get spki(): Uint8Array {
      spki ??= new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
      return spki;
    },
    notBefore: validity.notBefore.getTime().getTime() / 1000,
    notAfter: validity.notAfter.getTime().getTime() / 1000,
  };
  parsedCache.set(der, { bytes: der.slice(), parsed });
  return parsed;
}

export function withinWindow(time: number, window: ValidityWindow): boolean {
  return time >= window.start && (window.end === undefined || time <= window.end);
}

export function certificateValidAt(cert: ParsedCertificate, time: number): boolean {
  return time >= cert.notBefore && time <= cert.notAfter;
}

/** Unix seconds as an ISO 8601 UTC time, for messages. */
export function formatTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** True when `child` names `parent` as issuer and `parent`'s key verifies `child`'s signature. */
export function issuedBy(child: ParsedCertificate, parent: ParsedCertificate): boolean {
  try {
    return child.x509.checkIssued(parent.x509) && child.x509.verify(parent.publicKey);
  } catch {
    return false;
  }
}

/** A trusted-root CA's parsed chain and, when it does not hold together, why (null when it does). */
interface AuthorityChain {
  readonly path: ParsedCertificate[];
  readonly problem: string | null;
}

/**
 * The authority's own chain checks depend only on the trusted root, not on the bundle: they run once per
 * CA (and again only if its certificates change), the signature checks on the leaf every time.
 */
const authorityChains = new ChainMemoizer<CertificateAuthorityInput, AuthorityChain>();

function authorityChain(ca: CertificateAuthorityInput): AuthorityChain {
  return authorityChains.get(ca, ca.certChain, () => {
    const path = ca.certChain.map((der, i) => parseCertificate(der, `trusted root CA certificate ${i}`));
    return { path, problem: chainProblem(path) };
  });
}

function chainProblem(path: readonly ParsedCertificate[]): string | null {
  for (let i = 0; i < path.length; i++) {
    const cert = path[i];
    const parent = path[i + 1] ?? cert; // the last one is the self-signed anchor
    if (cert === undefined || parent === undefined) return 'the authority chain is incomplete';
    if (!cert.x509.ca) return `authority certificate ${i} is not a CA certificate`;
    if (!issuedBy(cert, parent)) return `authority certificate ${i} is not signed by the next one in the chain`;
  }
  return null;
}

/** The authority path for `leaf` under one CA, or a reason it does not apply. */
function pathUnder(leaf: ParsedCertificate, ca: CertificateAuthorityInput): ParsedCertificate[] | string {
  if (ca.certChain.length === 0) return 'the authority has an empty certificate chain';
  const { path, problem } = authorityChain(ca);
  const [first] = path;
  if (first === undefined || !issuedBy(leaf, first)) return 'the leaf is not signed by this authority';
  return problem ?? [...path]; // a copy: the memoised path is shared
}

/** Why the path cannot be used at `time`, or null when every certificate on it is valid then. */
function timeProblem(leaf: ParsedCertificate, path: ParsedCertificate[], ca: CertificateAuthorityInput, time: number) {
  const at = formatTime(time);
  if (!certificateValidAt(leaf, time)) {
    return `the signing certificate is valid ${formatTime(leaf.notBefore)} to ${formatTime(leaf.notAfter)}, not at ${at}`;
  }
  if (!withinWindow(time, ca.validFor))
    return `the certificate authority is not trusted at ${at} (trusted-root validFor)`;
  const expired = path.findIndex((cert) => !certificateValidAt(cert, time));
  if (expired >= 0) return `authority certificate ${expired} is not valid at ${at}`;
  return null;
}

/**
 * Verifies the signing certificate: it is a leaf (not a CA), it chains to a trusted certificate authority, and
 * it and its authority are valid at every time in `times` (the verified integrated times and RFC 3161 times —
 * a signature is only as good as the certificate at the moment it was witnessed).
 * Throws CERT_CHAIN_INVALID or CERT_NOT_VALID_AT_TIME.
 */
export function verifyCertificateChain(
  leafDer: Uint8Array,
  bundleChain: readonly Uint8Array[],
  authorities: readonly CertificateAuthorityInput[],
  times: readonly number[],
): VerifiedChain {
  const leaf = parseCertificate(leafDer, 'signing certificate');
  if (leaf.x509.ca)
    throw new CodedError('CERT_CHAIN_INVALID', 'the signing certificate is a CA certificate, not a leaf');
  if (times.length === 0) {
    throw new CodedError('CERT_NOT_VALID_AT_TIME', 'no verified timestamp to check the signing certificate against');
  }
  const reasons: string[] = [];
  let timeFailure: string | null = null;
  for (const ca of authorities) {
    const path = pathUnder(leaf, ca);
    if (typeof path === 'string') {
      reasons.push(`${ca.uri ?? 'authority'}: ${path}`);
      continue;
    }
    const problem = times.map((t) => timeProblem(leaf, path, ca, t)).find((p) => p !== null) ?? null;
    if (problem !== null) {
      timeFailure ??= problem;
      continue;
    }
    const [issuer] = path;
    if (issuer === undefined) continue;
    checkBundleChain(bundleChain, path);
    return { leaf, issuer, path, authority: ca };
  }
  if (timeFailure !== null) throw new CodedError('CERT_NOT_VALID_AT_TIME', timeFailure);
  const foreignRoot = bundleChain
    .map((der, i) => parseCertificate(der, `bundle certificate ${i + 1}`))
    .find((cert) => cert.x509.ca && cert.x509.checkIssued(cert.x509));
  if (foreignRoot !== undefined) {
    throw new CodedError(
      'CERT_CHAIN_INVALID',
      `the bundle carries its own root certificate ("${oneLine(foreignRoot.x509.subject)}") and the signing ` +
        'certificate does not chain to a certificate authority of the trusted root; a bundle cannot bring its own trust',
      { details: { reasons } },
    );
  }
  throw new CodedError(
    'CERT_CHAIN_INVALID',
    `the signing certificate (issuer "${oneLine(leaf.x509.issuer)}") does not chain to a certificate authority of the trusted root`,
    { details: { reasons } },
  );
}

/** Certificates a bundle ships after the leaf may only repeat the trusted path (see the module comment). */
function checkBundleChain(bundleChain: readonly Uint8Array[], path: readonly ParsedCertificate[]): void {
  bundleChain.forEach((der, i) => {
    if (path.some((cert) => bytesEqual(cert.der, der))) return;
    const cert = parseCertificate(der, `bundle certificate ${i + 1}`);
    const kind = !cert.x509.ca ? 'a' : cert.x509.checkIssued(cert.x509) ? 'a root' : 'an intermediate';
    throw new CodedError(
      'CERT_CHAIN_INVALID',
      `the bundle's certificate chain carries ${kind} certificate ` +
        `("${oneLine(cert.x509.subject)}") that is not in the trusted root; trust comes only from the trusted root`,
    );
  });
}

/** Node gives `undefined` for an empty subject (Fulcio leaves have none). */
function oneLine(name: string | undefined): string {
  return (name ?? '').replace(/\n/g, ', ');
}
