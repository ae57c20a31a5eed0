/**
 * All 196 transparency-dev RFC 6962 proof-verification vectors (test/vectors/merkle): `wantErr:false` must
 * verify, `wantErr:true` must be rejected with a merkle error code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex } from '../../../../src/core/bytes.js';
import { isCodedError } from '../../../../src/core/errors.js';
import { decodeJson, type Node } from '../../../../src/core/json/decode.js';
import { consistencyProof, verifyConsistency } from '../../../../src/core/merkle/consistency.js';
import { EMPTY_ROOT, leafHash, nodeHash } from '../../../../src/core/merkle/hash.js';
import { inclusionProof, verifyInclusion } from '../../../../src/core/merkle/inclusion.js';
import { memoryNodeReader, rootAt, rootFromLeaves } from '../../../../src/core/merkle/tree.js';

const root = new URL('../../../vectors/merkle/', import.meta.url);

function listJson(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Hashes in the vectors are base64 with `null` meaning Go's nil slice (empty bytes). */
function hash(node: Node | undefined): Uint8Array {
  return node === undefined ? new Uint8Array() : fromBase64(node.string());
}

function proofOf(node: Node): Uint8Array[] {
  return (
    node
      .optional('proof')
      ?.array()
      .map((h) => fromBase64(h.string())) ?? []
  );
}

/** Sizes are uint64 upstream; the JSON number is passed through unchanged (2^64-1 must be rejected). */
function num(node: Node): number {
  const v = node.value;
  if (typeof v !== 'number') throw new Error(`${node.path} is not a number`);
  return v;
}

function rejection(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    return isCodedError(e) ? e.code : 'UNCODED';
  }
  return undefined;
}

const inclusionFiles = listJson(new URL('inclusion/', root));
const consistencyFiles = listJson(new URL('consistency/', root));

describe('merkle vectors', () => {
  it('has all 98 + 98 files', () => {
    expect(inclusionFiles).toHaveLength(98);
    expect(consistencyFiles).toHaveLength(98);
  });

  it.each(inclusionFiles)('inclusion %s', (file) => {
    const v = decodeJson(readFileSync(new URL(`inclusion/${file}`, root), 'utf8'), 'INVALID_JSON', file);
    const run = () =>
      verifyInclusion(
        num(v.get('leafIdx')),
        num(v.get('treeSize')),
        hash(v.optional('leafHash')),
        proofOf(v),
        hash(v.optional('root')),
      );
    if (v.get('wantErr').boolean()) {
      expect(['INCLUSION_PROOF_INVALID', 'INDEX_OUT_OF_RANGE']).toContain(rejection(run));
    } else {
      expect(rejection(run)).toBeUndefined();
    }
  });

  it.each(consistencyFiles)('consistency %s', (file) => {
    const v = decodeJson(readFileSync(new URL(`consistency/${file}`, root), 'utf8'), 'INVALID_JSON', file);
    const run = () =>
      verifyConsistency(
        num(v.get('size1')),
        num(v.get('size2')),
        proofOf(v),
        hash(v.optional('root1')),
        hash(v.optional('root2')),
      );
    if (v.get('wantErr').boolean()) {
      expect(rejection(run)).toBe('CONSISTENCY_PROOF_INVALID');
    } else {
      expect(rejection(run)).toBeUndefined();
    }
  });
});

describe('reference tree from the vectors README', () => {
  const data = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
  const leaves = data.map((hex) => leafHash(fromHex(hex)));

  it('has the documented size-8 root and empty root', () => {
    expect(Buffer.from(rootFromLeaves(leaves)).toString('hex')).toBe(
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    );
    expect(Buffer.from(EMPTY_ROOT).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(rootAt(8, memoryNodeReader(leaves))).toEqual(rootFromLeaves(leaves));
  });

  it('hashes leaves and nodes with distinct RFC 6962 prefixes', () => {
    expect(Buffer.from(leafHash(new Uint8Array())).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
    const a = leafHash(fromHex('00'));
    expect(nodeHash(a, a)).not.toEqual(leafHash(new Uint8Array([...a, ...a])));
  });
});

describe('generated proofs equal the happy-path vectors', () => {
  const data = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
  const reader = memoryNodeReader(data.map((hex) => leafHash(fromHex(hex))));
  const happy = (kind: string) =>
    (kind === 'inclusion' ? inclusionFiles : consistencyFiles).filter((f) => f.endsWith('happy-path.json'));

  it.each(happy('inclusion'))('inclusion %s', (file) => {
    const v = decodeJson(readFileSync(new URL(`inclusion/${file}`, root), 'utf8'), 'INVALID_JSON', file);
    const [index, size] = [num(v.get('leafIdx')), num(v.get('treeSize'))];
    expect(inclusionProof(index, size, reader)).toEqual(proofOf(v));
    expect(rootAt(size, reader)).toEqual(hash(v.optional('root')));
    expect(reader.getNode(0, index)).toEqual(hash(v.optional('leafHash')));
  });

  it.each(happy('consistency'))('consistency %s', (file) => {
    const v = decodeJson(readFileSync(new URL(`consistency/${file}`, root), 'utf8'), 'INVALID_JSON', file);
    const [m, n] = [num(v.get('size1')), num(v.get('size2'))];
    expect(consistencyProof(m, n, reader)).toEqual(proofOf(v));
    expect(rootAt(m, reader)).toEqual(hash(v.optional('root1')));
    expect(rootAt(n, reader)).toEqual(hash(v.optional('root2')));
  });
});
