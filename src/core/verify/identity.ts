/**
 * Who a Fulcio certificate speaks for: the Subject Alternative Name (the OIDC identity: a workflow URI, an
 * email, or Fulcio's username otherName) and the Fulcio extensions under 1.3.6.1.4.1.57264.1
 * (sigstore/fulcio docs/oid-info.md): the OIDC issuer (v1 `.1` holds the raw string, v2 `.8` a DER UTF8String)
 * and the GitHub workflow facts `.9`–`.23` (all DER UTF8String). The deprecated v1 GitHub fields `.2`–`.6`
 * hold raw strings. Decoding uses @peculiar/asn1-x509 (SubjectAlternativeName) and asn1-schema.
 */
import type { Certificate, Extension } from '@peculiar/asn1-x509';
import { SubjectAlternativeName } from '@peculiar/asn1-x509';
import { fromUtf8 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { bytesOf, parseDer, Utf8Value } from './asn1.js';

const FULCIO_ARC = '1.3.6.1.4.1.57264.1';
const SAN_OID = '2.5.29.17';
/** Fulcio's otherName SAN for username identities. */
const USERNAME_OTHER_NAME = `${FULCIO_ARC}.7`;

/** v1 extensions: the extension value is the raw UTF-8 string (no DER wrapper). */
const RAW_EXTENSIONS: Readonly<Record<string, string>> = {
  [`${FULCIO_ARC}.1`]: 'issuerV1',
  [`${FULCIO_ARC}.2`]: 'githubWorkflowTrigger',
  [`${FULCIO_ARC}.3`]: 'githubWorkflowSha',
  [`${FULCIO_ARC}.4`]: 'githubWorkflowName',
  [`${FULCIO_ARC}.5`]: 'githubWorkflowRepository',
  [`${FULCIO_ARC}.6`]: 'githubWorkflowRef',
};

/** v2 extensions: the extension value is a DER UTF8String. */
const UTF8_EXTENSIONS: Readonly<Record<string, string>> = {
  [`${FULCIO_ARC}.8`]: 'issuer',
  [`${FULCIO_ARC}.9`]: 'buildSignerURI',
  [`${FULCIO_ARC}.10`]: 'buildSignerDigest',
  [`${FULCIO_ARC}.11`]: 'runnerEnvironment',
  [`${FULCIO_ARC}.12`]: 'sourceRepositoryURI',
  [`${FULCIO_ARC}.13`]: 'sourceRepositoryDigest',
  [`${FULCIO_ARC}.14`]: 'sourceRepositoryRef',
  [`${FULCIO_ARC}.15`]: 'sourceRepositoryIdentifier',
  [`${FULCIO_ARC}.16`]: 'sourceRepositoryOwnerURI',
  [`${FULCIO_ARC}.17`]: 'sourceRepositoryOwnerIdentifier',
  [`${FULCIO_ARC}.18`]: 'buildConfigURI',
  [`${FULCIO_ARC}.19`]: 'buildConfigDigest',
  [`${FULCIO_ARC}.20`]: 'buildTrigger',
  [`${FULCIO_ARC}.21`]: 'runInvocationURI',
  [`${FULCIO_ARC}.22`]: 'sourceRepositoryVisibilityAtSigning',
  [`${FULCIO_ARC}.23`]: 'deploymentEnvironment',
};

/** Fulcio extension values by name (`issuer`, `buildSignerURI`, `sourceRepositoryRef`, …), only those present. */
export type FulcioExtensions = Readonly<Record<string, string>>;

export interface CertificateIdentity {
  /** The SAN value ('' when the certificate has none we understand). */
  readonly san: string;
  readonly sanType: 'uri' | 'email' | 'dns' | 'username' | 'none';
  /** The OIDC issuer: the v2 extension (`.8`) when present, else the deprecated v1 one (`.1`); '' if neither. */
  readonly issuer: string;
  readonly extensions: FulcioExtensions;
}

function extensionBytes(ext: Extension): Uint8Array {
  return bytesOf(ext.extnValue.buffer);
}

function decodeUtf8Extension(ext: Extension, name: string): string {
  return parseDer(extensionBytes(ext), Utf8Value, 'CERT_CHAIN_INVALID', `certificate extension ${name} (${ext.extnID})`)
    .utf8;
}

function readSan(ext: Extension | undefined): Pick<CertificateIdentity, 'san' | 'sanType'> {
  if (ext === undefined) return { san: '', sanType: 'none' };
  const names = parseDer(extensionBytes(ext), SubjectAlternativeName, 'CERT_CHAIN_INVALID', 'certificate SAN');
  for (const name of names) {
    if (name.uniformResourceIdentifier !== undefined) return { san: name.uniformResourceIdentifier, sanType: 'uri' };
    if (name.rfc822Name !== undefined) return { san: name.rfc822Name, sanType: 'email' };
    if (name.otherName?.typeId === USERNAME_OTHER_NAME) {
      const value = parseDer(name.otherName.value, Utf8Value, 'CERT_CHAIN_INVALID', 'certificate username SAN');
      return { san: value.utf8, sanType: 'username' };
    }
    if (name.dNSName !== undefined) return { san: name.dNSName, sanType: 'dns' };
  }
  return { san: '', sanType: 'none' };
}

/** Reads the SAN, the OIDC issuer and every known Fulcio extension from a parsed certificate. */
export function extractIdentity(cert: Certificate): CertificateIdentity {
  const all = cert.tbsCertificate.extensions ?? [];
  const extensions: Record<string, string> = {};
  for (const ext of all) {
    const rawName = RAW_EXTENSIONS[ext.extnID];
    if (rawName !== undefined) extensions[rawName] = fromUtf8(extensionBytes(ext), `certificate extension ${rawName}`);
    const utf8Name = UTF8_EXTENSIONS[ext.extnID];
    if (utf8Name !== undefined) extensions[utf8Name] = decodeUtf8Extension(ext, utf8Name);
  }
  const issuer = extensions.issuer ?? extensions.issuerV1 ?? '';
  return { ...readSan(all.find((e) => e.extnID === SAN_OID)), issuer, extensions };
}

/** What the verifier requires of a keyless signer. */
export interface IdentityPolicy {
  readonly san: string | RegExp;
  readonly issuer: string | RegExp;
}

/**
 * Exact string equality, or a regular expression that must match the WHOLE value: `pattern` is applied as
 * `^(?:pattern)$` (its flags kept, minus `g`/`y`, which would make `test` stateful). Anchoring is deliberate:
 * an unanchored `https://github.com/acme/` would also accept `https://github.com/acme/../evil/...` lookalikes
 * and any identity that merely contains it.
 */
export function matchesPattern(value: string, pattern: string | RegExp): boolean {
  if (typeof pattern === 'string') return value === pattern;
  const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
  return anchored.test(value);
}

function describePattern(pattern: string | RegExp): string {
  return typeof pattern === 'string' ? `"${pattern}"` : `/${pattern.source}/${pattern.flags} (whole value)`;
}

/**
 * Said when a regular expression finds a match INSIDE the value but not all of it: the usual cause is a prefix
 * written for unanchored matching (`^https://github\.com/acme/`), which whole-value matching rejects.
 */
function partialMatchHint(value: string, pattern: string | RegExp): string {
  if (typeof pattern === 'string') return '';
  const unanchored = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  return unanchored.test(value)
    ? '; the pattern matches part of it, but patterns match the whole value (end it with .* to allow any suffix)'
    : '';
}

/** IDENTITY_MISMATCH naming the expected and the actual value when the SAN or the issuer differs. */
export function verifyIdentity(identity: CertificateIdentity, policy: IdentityPolicy): void {
  if (!matchesPattern(identity.san, policy.san)) {
    throw new CodedError(
      'IDENTITY_MISMATCH',
      `certificate identity (SAN) is "${identity.san}", expected ${describePattern(policy.san)}${partialMatchHint(identity.san, policy.san)}`,
      { details: { field: 'san', expected: String(policy.san), actual: identity.san } },
    );
  }
  if (!matchesPattern(identity.issuer, policy.issuer)) {
    throw new CodedError(
      'IDENTITY_MISMATCH',
      `certificate OIDC issuer is "${identity.issuer}", expected ${describePattern(policy.issuer)}${partialMatchHint(identity.issuer, policy.issuer)}`,
      { details: { field: 'issuer', expected: String(policy.issuer), actual: identity.issuer } },
    );
  }
}
