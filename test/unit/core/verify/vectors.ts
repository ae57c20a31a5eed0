/** Readers for the public vectors the verify tests share (test/vectors/README.md says what each one is). */
import { readFileSync } from 'node:fs';
import type { Bundle } from '../../../../src/core/bundle/bundle.js';
import { parseBundle } from '../../../../src/core/bundle/codec.js';
import { parseTrustedRoot, type TrustedRoot } from '../../../../src/core/bundle/trust.js';

const VECTORS = new URL('../../../vectors/', import.meta.url);

export function vectorText(path: string): string {
  return readFileSync(new URL(path, VECTORS), 'utf8');
}

export function conformanceBundleText(name: string): string {
  return vectorText(`bundles/conformance/${name}/bundle.sigstore.json`);
}

export function conformanceBundle(name: string): Bundle {
  return parseBundle(conformanceBundleText(name));
}

export function conformanceRoot(name: string): TrustedRoot {
  return parseTrustedRoot(vectorText(`bundles/conformance/${name}/trusted_root.json`));
}

export const productionRoot: TrustedRoot = parseTrustedRoot(vectorText('trust/trusted_root.production.json'));

/** The DER certificates of a bundle, leaf first. */
export function bundleCertificates(bundle: Bundle): Uint8Array[] {
  const content = bundle.verificationMaterial.content;
  if (content.kind === 'certificate') return [content.certificate];
  if (content.kind === 'x509CertificateChain') return content.certificates;
  throw new Error('bundle has no certificate');
}

export function leafOf(bundle: Bundle): Uint8Array {
  const [leaf] = bundleCertificates(bundle);
  if (leaf === undefined) throw new Error('bundle has no leaf certificate');
  return leaf;
}

export function integratedTime(bundle: Bundle): number {
  const [entry] = bundle.verificationMaterial.tlogEntries;
  if (entry === undefined) throw new Error('bundle has no tlog entry');
  return entry.integratedTime;
}

export const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
export const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';
/** 2026-11-01T00:00:00Z, after every vector entry. */
export const NOW = Date.UTC(2026, 10, 1) / 1000;
