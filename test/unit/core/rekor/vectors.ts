/** Reads the public bundle vectors with minimal JSON handling (the bundle codec is tested elsewhere). */
import { readdirSync, readFileSync } from 'node:fs';
import { fromBase64 } from '../../../../src/core/bytes.js';

const VECTORS = new URL('../../../vectors/', import.meta.url);

export function readVector(path: string): string {
  return readFileSync(new URL(path, VECTORS), 'utf8');
}

export interface VectorTlogEntry {
  logIndex: number;
  logIdB64: string;
  integratedTime: number;
  canonicalizedBodyB64: string;
  body: Uint8Array;
  set?: Uint8Array;
}

export interface VectorBundle {
  /** Path relative to test/vectors, the key in expected-tlog-results.json. */
  path: string;
  folder: string;
  json: Record<string, unknown>;
  entries: VectorTlogEntry[];
}

function obj(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('expected an object');
  return Object.fromEntries(Object.entries(v));
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('expected a string');
  return v;
}

export function bundlePaths(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(new URL('bundles/sigstore-js/', VECTORS))) {
    if (f.endsWith('.sigstore')) out.push(`bundles/sigstore-js/${f}`);
  }
  for (const d of readdirSync(new URL('bundles/conformance/', VECTORS), { withFileTypes: true })) {
    if (d.isDirectory()) out.push(`bundles/conformance/${d.name}/bundle.sigstore.json`);
  }
  return out.sort();
}

/** undefined for the deliberately unparseable bundle. */
export function readBundle(path: string): VectorBundle | undefined {
  let json: Record<string, unknown>;
  try {
    json = obj(JSON.parse(readVector(path)));
  } catch {
    return undefined;
  }
  const vm = obj(json.verificationMaterial);
  const list = Array.isArray(vm.tlogEntries) ? vm.tlogEntries : [];
  const entries = list.map((raw): VectorTlogEntry => {
    const e = obj(raw);
    const promise = e.inclusionPromise === undefined ? undefined : obj(e.inclusionPromise);
    const b64 = str(e.canonicalizedBody);
    return {
      logIndex: Number(str(e.logIndex)),
      logIdB64: str(obj(e.logId).keyId),
      integratedTime: Number(str(e.integratedTime)),
      canonicalizedBodyB64: b64,
      body: fromBase64(b64),
      ...(promise === undefined ? {} : { set: fromBase64(str(promise.signedEntryTimestamp)) }),
    };
  });
  return { path, folder: path.replace(/\/[^/]*$/, ''), json, entries };
}

export interface ExpectedEntry {
  kind: string;
  leafHash: string;
  setValid?: boolean | null;
  treeID?: string;
  entryUUID?: string;
  logIdKnown?: boolean;
}

export function expectedResults(): Record<string, { tlogEntries?: ExpectedEntry[]; trustedRoot?: string }> {
  return JSON.parse(readVector('expected-tlog-results.json')).files;
}

export { obj, str };
