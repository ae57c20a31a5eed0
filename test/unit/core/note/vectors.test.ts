/**
 * Real Rekor v1 checkpoints: production shard tree heads, every checkpoint embedded in the public bundles
 * (sigstore-js and sigstore-conformance), a private-log checkpoint and raw REST responses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../../src/core/bytes.js';
import { decode, decodeJson } from '../../../../src/core/json/decode.js';
import { parsePublicKeyDer, parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { parseRekorOrigin, parseSignedCheckpoint } from '../../../../src/core/note/checkpoint.js';
import {
  ecdsaKeyHint,
  formatSignedNote,
  type NoteVerifier,
  noteVerifier,
  parseSignedNote,
  verifyNote,
} from '../../../../src/core/note/note.js';
import { codeOf } from '../../../helpers/errors.js';

const vectors = new URL('../../../vectors/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, vectors), 'utf8');

const rekorKey = parsePublicKeyPem(read('trust/rekor.sigstore.dev.pub.pem'));
const production = noteVerifier('rekor.sigstore.dev', rekorKey);

/** Bundles whose checkpoint is deliberately broken (test/vectors/README.md), with the expected failure. */
const BROKEN: Record<string, string> = {
  'checkpoint-bad-keyhint_fail': 'NOTE_NOT_SIGNED', // hint c4d23d6a: no trusted key has it
  'invalid-checkpoint-signature_fail': 'NOTE_SIGNATURE_INVALID',
};

function walk(dir: URL): URL[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return walk(new URL(`${name}/`, dir));
    return name === 'bundle.sigstore.json' || name.endsWith('.sigstore') ? [url] : [];
  });
}

interface Found {
  file: string;
  folder: string;
  envelope: string;
}

function checkpointsInBundles(): Found[] {
  const found: Found[] = [];
  for (const url of walk(new URL('bundles/', vectors))) {
    const path = fileURLToPath(url);
    let root: ReturnType<typeof decodeJson>;
    try {
      root = decodeJson(readFileSync(url, 'utf8'), 'BUNDLE_MALFORMED', 'bundle');
    } catch {
      continue; // bundle-malformed-json_fail is not JSON at all
    }
    const entries = root.optional('verificationMaterial')?.optional('tlogEntries')?.array() ?? [];
    for (const entry of entries) {
      const envelope = entry.optional('inclusionProof')?.optional('checkpoint')?.optional('envelope')?.string();
      if (envelope === undefined) continue;
      const folder = path.split('/').at(-2) ?? '';
      found.push({ file: path.slice(path.indexOf('bundles/')), folder, envelope });
    }
  }
  return found;
}

/** The tlog verifiers a case folder's own trusted_root.json defines (signer name = baseUrl host). */
function customVerifiers(file: string): NoteVerifier[] {
  let text: string;
  try {
    text = read(`${file.slice(0, file.lastIndexOf('/'))}/trusted_root.json`);
  } catch {
    return [];
  }
  const tlogs = decodeJson(text, 'TRUST_ROOT_MALFORMED', 'trusted_root').get('tlogs').array();
  return tlogs.map((t) => {
    const key = parsePublicKeyDer(t.get('publicKey').get('rawBytes').base64());
    return noteVerifier(new URL(t.get('baseUrl').string()).host, key, ecdsaKeyHint(key));
  });
}

describe('production shard checkpoints', () => {
  const doc = decode(
    JSON.parse(read('checkpoints/production-shard-checkpoints.json')),
    'INVALID_FIELD',
    'shard checkpoints',
  );
  const cases = doc.get('checkpoints').array();
  it('has the five documented cases', () => {
    expect(cases).toHaveLength(5);
  });
  for (const c of cases) {
    const raw = c.get('signedNote').string();
    const valid = c.get('expectValid').boolean();
    it(`${c.get('role').string()} (tree ${c.get('treeID').string()}, size ${c.get('treeSize').uint()})`, () => {
      const { note, checkpoint } = parseSignedCheckpoint(raw);
      expect(formatSignedNote(note)).toBe(raw);
      expect(checkpoint.origin).toBe(`rekor.sigstore.dev - ${c.get('treeID').string()}`);
      expect(checkpoint.size).toBe(c.get('treeSize').uint());
      expect(toHex(checkpoint.rootHash)).toBe(c.get('rootHashHex').string());
      expect(note.signatures[0]?.keyHint).toBe(0xc0d23d6a);
      if (valid) expect(verifyNote(note, [production])).toEqual([production]);
      else expect(codeOf(() => verifyNote(note, [production]))).toBe('NOTE_SIGNATURE_INVALID');
    });
  }
});

describe('checkpoints embedded in public bundles', () => {
  const found = checkpointsInBundles();

  it('finds the checkpoints of every bundle with an inclusion proof', () => {
    expect(found.length).toBeGreaterThanOrEqual(40);
    expect(found.some((f) => f.folder === 'intoto-with-custom-trust-root')).toBe(true);
  });

  for (const { file, folder, envelope } of found) {
    it(`${file}: parses, round-trips and verifies as expected`, () => {
      const { note, checkpoint } = parseSignedCheckpoint(envelope);
      expect(formatSignedNote(note)).toBe(envelope);
      expect(parseRekorOrigin(checkpoint.origin)).not.toBeNull();
      const expected = BROKEN[folder];
      if (expected !== undefined) {
        expect(codeOf(() => verifyNote(note, [production]))).toBe(expected);
      } else if (checkpoint.origin.startsWith('rekor.sigstore.dev - ')) {
        expect(verifyNote(note, [production])).toEqual([production]);
      } else {
        // Staging or a private log: the production key does not know it.
        expect(codeOf(() => verifyNote(note, [production]))).toBe('NOTE_NOT_SIGNED');
        const custom = customVerifiers(file);
        if (custom.length > 0) expect(verifyNote(note, custom)).toHaveLength(1);
      }
    });
  }

  it('verifies the private log of intoto-with-custom-trust-root with the key in its trusted_root.json', () => {
    const f = found.find((x) => x.folder === 'intoto-with-custom-trust-root');
    expect(f).toBeDefined();
    const { note, checkpoint } = parseSignedCheckpoint(f?.envelope ?? '');
    expect(checkpoint.origin).toBe('localhost:8000 - 124190645164477');
    expect(checkpoint.size).toBe(1);
    const verifiers = customVerifiers(f?.file ?? '');
    expect(verifiers.map((v) => [v.name, v.keyHint])).toEqual([['localhost:8000', 0xf726caa3]]);
    expect(verifyNote(note, verifiers)).toEqual(verifiers);
  });

  it('the bad-key-hint checkpoint carries a valid signature under the wrong hint c4d23d6a', () => {
    const f = found.find((x) => x.folder === 'checkpoint-bad-keyhint_fail');
    const note = parseSignedNote(f?.envelope ?? '');
    expect(note.signatures[0]?.keyHint).toBe(0xc4d23d6a);
    const underWrongHint = noteVerifier('rekor.sigstore.dev', rekorKey, 0xc4d23d6a);
    expect(verifyNote(note, [underWrongHint])).toEqual([underWrongHint]);
  });
});

describe('checkpoints in Rekor REST responses', () => {
  it('docker/attest LogEntryAnon: Timestamp extension, verifies with production', () => {
    const entry = decodeJson(read('rest/logentryanon.docker-attest.json'), 'INVALID_FIELD', 'entry');
    const raw = entry.get('verification').get('inclusionProof').get('checkpoint').string();
    const { note, checkpoint } = parseSignedCheckpoint(raw);
    expect(formatSignedNote(note)).toBe(raw);
    expect(checkpoint.size).toBe(55510966);
    expect(checkpoint.extensions).toEqual(['Timestamp: 1703705040158839214']);
    expect(verifyNote(note, [production])).toEqual([production]);
  });

  it('container-security-101: the copy with two spaces around the name is NOTE_MALFORMED', () => {
    const doc = decodeJson(read('rest/get-entry-by-uuid.container-security-101.json'), 'INVALID_FIELD', 'response');
    const [[, entry] = []] = doc.entries();
    const raw = entry?.get('verification').get('inclusionProof').get('checkpoint').string() ?? '';
    expect(raw).toContain('—  rekor.sigstore.dev  ');
    expect(codeOf(() => parseSignedCheckpoint(raw))).toBe('NOTE_MALFORMED');
    // The text and signature bytes are genuine: normalising the whitespace makes it verify.
    const normalised = raw.replace('—  rekor.sigstore.dev  ', '— rekor.sigstore.dev ');
    expect(verifyNote(parseSignedNote(normalised), [production])).toEqual([production]);
  });
});
