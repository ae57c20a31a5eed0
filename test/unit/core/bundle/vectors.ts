/** Reads the public Sigstore vectors under test/vectors (see its README for provenance and expectations). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const VECTORS = new URL('../../../vectors/', import.meta.url);

export function vectorText(path: string): string {
  return readFileSync(new URL(path, VECTORS), 'utf8');
}

export function vectorJson(path: string): unknown {
  return JSON.parse(vectorText(path));
}

export function vectorExists(path: string): boolean {
  return existsSync(new URL(path, VECTORS));
}

/** Every bundle file, as paths relative to test/vectors (the keys of expected-tlog-results.json). */
export function allBundlePaths(): string[] {
  const js = readdirSync(new URL('bundles/sigstore-js/', VECTORS))
    .filter((f) => f.endsWith('.sigstore'))
    .map((f) => `bundles/sigstore-js/${f}`);
  const conformance = readdirSync(new URL('bundles/conformance/', VECTORS))
    .map((d) => `bundles/conformance/${d}/bundle.sigstore.json`)
    .filter(vectorExists);
  return [...js, ...conformance].sort();
}

/** The case folder's own trusted_root.json, else the production root (as the vectors README prescribes). */
export function trustedRootPathFor(bundlePath: string): string {
  const own = bundlePath.replace(/bundle\.sigstore\.json$/, 'trusted_root.json');
  return own !== bundlePath && vectorExists(own) ? own : 'trust/trusted_root.production.json';
}

export function conformanceTrustedRootPaths(): string[] {
  return readdirSync(new URL('bundles/conformance/', VECTORS))
    .map((d) => `bundles/conformance/${d}/trusted_root.json`)
    .filter(vectorExists)
    .sort();
}
