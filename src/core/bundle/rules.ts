/**
 * The structural rules a bundle must meet beyond its JSON shape, as @sigstore/bundle `validate.ts` states them
 * (assertBundleV01 / assertBundleV02 / assertBundleLatest), so a bundle we accept is one sigstore-js accepts:
 * - content: a message signature has a non-empty digest and signature; a DSSE envelope has a non-empty payload
 *   and exactly one non-empty signature;
 * - key material: certificates are non-empty (and a chain has at least one);
 * - v0.1: every tlog entry carries an inclusion promise (SET);
 * - v0.2+: every tlog entry carries an inclusion proof with a checkpoint;
 * - v0.3: no x509CertificateChain (a single `certificate` or a `publicKey` hint instead).
 */
import { CodedError } from '../errors.js';
import type { Bundle } from './bundle.js';

/** Throws BUNDLE_MALFORMED naming the first rule broken (`details.path`, `details.violations` lists all). */
export function assertBundleRules(bundle: Bundle): void {
  const violations = bundleRuleViolations(bundle);
  const first = violations[0];
  if (first !== undefined) {
    throw new CodedError(
      'BUNDLE_MALFORMED',
      `bundle (v${bundle.version}) ${first.path}: ${first.problem}` +
        (violations.length > 1 ? ` (and ${violations.length - 1} more)` : ''),
      { details: { path: first.path, violations } },
    );
  }
}

export interface RuleViolation {
  path: string;
  problem: string;
}

export function bundleRuleViolations(bundle: Bundle): RuleViolation[] {
  const out: RuleViolation[] = [];
  const add = (path: string, problem: string) => out.push({ path: `bundle.${path}`, problem });

  const content = bundle.content;
  if (content.kind === 'messageSignature') {
    if (content.digest.digest.byteLength === 0) add('messageSignature.messageDigest.digest', 'must not be empty');
    if (content.signature.byteLength === 0) add('messageSignature.signature', 'must not be empty');
  } else {
    const env = content.envelope;
    if (env.payload.byteLength === 0) add('dsseEnvelope.payload', 'must not be empty');
    if (env.signatures.length !== 1) {
      add('dsseEnvelope.signatures', `must hold exactly one signature, found ${env.signatures.length}`);
    } else if (env.signatures[0]?.sig.byteLength === 0) {
      add('dsseEnvelope.signatures[0].sig', 'must not be empty');
    }
  }

  const vm = bundle.verificationMaterial;
  const key = vm.content;
  if (key.kind === 'x509CertificateChain') {
    if (key.certificates.length === 0) add('verificationMaterial.x509CertificateChain.certificates', 'is empty');
    key.certificates.forEach((c, i) => {
      if (c.byteLength === 0) add(`verificationMaterial.x509CertificateChain.certificates[${i}].rawBytes`, 'is empty');
    });
    if (bundle.version === '0.3') {
      add('verificationMaterial.x509CertificateChain', 'is not allowed in a v0.3 bundle (use certificate)');
    }
  } else if (key.kind === 'certificate' && key.certificate.byteLength === 0) {
    add('verificationMaterial.certificate.rawBytes', 'is empty');
  }

  vm.tlogEntries.forEach((entry, i) => {
    const path = `verificationMaterial.tlogEntries[${i}]`;
    if (bundle.version === '0.1') {
      if (entry.inclusionPromise === undefined) add(`${path}.inclusionPromise`, 'is required in a v0.1 bundle');
    } else if (entry.inclusionProof === undefined) {
      add(`${path}.inclusionProof`, `is required in a v${bundle.version} bundle`);
    } else if (entry.inclusionProof.checkpoint === undefined) {
      add(`${path}.inclusionProof.checkpoint`, `is required in a v${bundle.version} bundle`);
    }
  });
  return out;
}
