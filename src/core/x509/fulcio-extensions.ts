/**
 * Encoders for Fulcio's certificate extensions under 1.3.6.1.4.1.57264.1 (sigstore/fulcio docs/oid-info.md),
 * the inverse of core/verify/identity.ts. Two encodings, as public Fulcio writes them:
 * - .1–.6 (deprecated, still issued): the extension's OCTET STRING holds the raw UTF-8 string;
 * - .8 and later: the OCTET STRING holds a DER UTF8String.
 * Order and criticality follow the real public-good certificates (none of these is critical).
 */
import { OctetString } from '@peculiar/asn1-schema';
import { Extension } from '@peculiar/asn1-x509';
import { utf8 } from '../bytes.js';
import type { CertificateFacts } from '../oidc/github-claims.js';
import { serializeDer, Utf8Value } from '../verify/asn1.js';

const ARC = '1.3.6.1.4.1.57264.1';

function rawExtension(oid: string, value: string): Extension {
  return new Extension({ extnID: oid, critical: false, extnValue: new OctetString(utf8(value)) });
}

function utf8Extension(oid: string, value: string): Extension {
  const der = serializeDer(Object.assign(new Utf8Value(), { utf8: value }));
  return new Extension({ extnID: oid, critical: false, extnValue: new OctetString(der) });
}

/** The Fulcio extensions for `facts`, in OID order (.1–.6 raw, .8–.22 UTF8String). */
export function fulcioExtensions(facts: CertificateFacts): Extension[] {
  const { legacy: l, extensions: e } = facts;
  return [
    rawExtension(`${ARC}.1`, facts.issuer),
    rawExtension(`${ARC}.2`, l.githubWorkflowTrigger),
    rawExtension(`${ARC}.3`, l.githubWorkflowSha),
    rawExtension(`${ARC}.4`, l.githubWorkflowName),
    rawExtension(`${ARC}.5`, l.githubWorkflowRepository),
    rawExtension(`${ARC}.6`, l.githubWorkflowRef),
    utf8Extension(`${ARC}.8`, facts.issuer),
    utf8Extension(`${ARC}.9`, e.buildSignerURI),
    utf8Extension(`${ARC}.10`, e.buildSignerDigest),
    utf8Extension(`${ARC}.11`, e.runnerEnvironment),
    utf8Extension(`${ARC}.12`, e.sourceRepositoryURI),
    utf8Extension(`${ARC}.13`, e.sourceRepositoryDigest),
    utf8Extension(`${ARC}.14`, e.sourceRepositoryRef),
    utf8Extension(`${ARC}.15`, e.sourceRepositoryIdentifier),
    utf8Extension(`${ARC}.16`, e.sourceRepositoryOwnerURI),
    utf8Extension(`${ARC}.17`, e.sourceRepositoryOwnerIdentifier),
    utf8Extension(`${ARC}.18`, e.buildConfigURI),
    utf8Extension(`${ARC}.19`, e.buildConfigDigest),
    utf8Extension(`${ARC}.20`, e.buildTrigger),
    utf8Extension(`${ARC}.21`, e.runInvocationURI),
    utf8Extension(`${ARC}.22`, e.sourceRepositoryVisibilityAtSigning),
  ];
}
