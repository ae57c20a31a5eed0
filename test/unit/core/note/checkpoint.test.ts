import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { toHex } from '../../../../src/core/bytes.js';
import {
  formatCheckpoint,
  parseCheckpoint,
  parseRekorOrigin,
  parseSignedCheckpoint,
  rekorOrigin,
} from '../../../../src/core/note/checkpoint.js';
import { formatSignedNote, noteSigner, noteVerifier, signNote, verifyNote } from '../../../../src/core/note/note.js';
import { codeOf } from '../../../helpers/errors.js';

const ROOT_B64 = 'K5xXgHHhIKqEyYWHg9qmcVZeQWXzp9+hmarYGUApnY4=';
const BODY = `rekor.sigstore.dev - 2605736670972794746\n117740831\n${ROOT_B64}\n`;

describe('parseCheckpoint / formatCheckpoint', () => {
  it('parses a Rekor v1 checkpoint body and formats it back', () => {
    const c = parseCheckpoint(BODY);
    expect(c.origin).toBe('rekor.sigstore.dev - 2605736670972794746');
    expect(c.size).toBe(117740831);
    expect(toHex(c.rootHash)).toBe('2b9c578071e120aa84c9858783daa671565e4165f3a7dfa199aad81940299d8e');
    expect(c.extensions).toEqual([]);
    expect(formatCheckpoint(c)).toBe(BODY);
  });

  it('keeps extension lines (2023 Rekor "Timestamp:" line) in order', () => {
    const text = `${BODY}Timestamp: 1689177396617352539\nother ext\n`;
    const c = parseCheckpoint(text);
    expect(c.extensions).toEqual(['Timestamp: 1689177396617352539', 'other ext']);
    expect(formatCheckpoint(c)).toBe(text);
  });

  it('accepts size 0 and the largest safe integer', () => {
    for (const size of ['0', String(Number.MAX_SAFE_INTEGER)]) {
      const text = `o\n${size}\n${ROOT_B64}\n`;
      expect(formatCheckpoint(parseCheckpoint(text))).toBe(text);
    }
  });

  const bad: [string, string][] = [
    ['a leading zero in the size', `o\n0117\n${ROOT_B64}\n`],
    ['"00" as size', `o\n00\n${ROOT_B64}\n`],
    ['a signed size', `o\n+5\n${ROOT_B64}\n`],
    ['a negative size', `o\n-1\n${ROOT_B64}\n`],
    ['a hex size', `o\n0x10\n${ROOT_B64}\n`],
    ['an empty size', `o\n\n${ROOT_B64}\n`],
    ['a size above 2^53 - 1', `o\n9007199254740992\n${ROOT_B64}\n`],
    ['a size with spaces', `o\n 5\n${ROOT_B64}\n`],
    ['a 31-byte root hash', `o\n5\n${Buffer.alloc(31).toString('base64')}\n`],
    ['a 33-byte root hash', `o\n5\n${Buffer.alloc(33).toString('base64')}\n`],
    ['an unpadded root hash', `o\n5\n${ROOT_B64.slice(0, -1)}\n`],
    ['a non-canonical root hash (pad bits)', `o\n5\n${ROOT_B64.replace('Y4=', 'Y5=')}\n`],
    ['a URL-safe root hash', `o\n5\n${ROOT_B64.replace('+', '-')}\n`],
    ['a hex root hash', `o\n5\n${'00'.repeat(32)}\n`],
    ['an empty origin', `\n5\n${ROOT_B64}\n`],
    ['an empty extension line', `o\n5\n${ROOT_B64}\n\n`],
    ['an empty extension line between others', `o\n5\n${ROOT_B64}\na\n\nb\n`],
    ['a missing final newline', `o\n5\n${ROOT_B64}`],
    ['too few lines', 'o\n5\n'],
    ['a control character in the origin', `o\u0007\n5\n${ROOT_B64}\n`],
    ['a CR line ending', `o\r\n5\n${ROOT_B64}\n`],
  ];
  for (const [what, text] of bad) {
    it(`rejects ${what} as CHECKPOINT_MALFORMED`, () => {
      expect(codeOf(() => parseCheckpoint(text))).toBe('CHECKPOINT_MALFORMED');
    });
  }

  it('refuses to format checkpoints it could not parse back', () => {
    const ok = parseCheckpoint(BODY);
    for (const c of [
      { ...ok, origin: '' },
      { ...ok, origin: 'a\nb' },
      { ...ok, size: -1 },
      { ...ok, size: 1.5 },
      { ...ok, size: 2 ** 53 },
      { ...ok, rootHash: new Uint8Array(31) },
      { ...ok, extensions: [''] },
      { ...ok, extensions: ['a\nb'] },
    ]) {
      expect(codeOf(() => formatCheckpoint(c))).toBe('CHECKPOINT_MALFORMED');
    }
  });
});

describe('Rekor v1 origins', () => {
  it('formats and splits `<name> - <treeID>`', () => {
    expect(rekorOrigin('rekor.sigstore.dev', '1193050959916656506')).toBe('rekor.sigstore.dev - 1193050959916656506');
    expect(parseRekorOrigin('rekor.sigstore.dev - 1193050959916656506')).toEqual({
      name: 'rekor.sigstore.dev',
      treeId: '1193050959916656506',
    });
    expect(parseRekorOrigin('localhost:8000 - 124190645164477')).toEqual({
      name: 'localhost:8000',
      treeId: '124190645164477',
    });
    expect(parseRekorOrigin('localhost:8000 - 9223372036854775807')?.treeId).toBe('9223372036854775807');
  });

  it('returns null for other origins and rejects invalid parts', () => {
    for (const origin of [
      'example.com/log',
      'rekor.sigstore.dev - ',
      'rekor.sigstore.dev -  1',
      'rekor.sigstore.dev  - 1',
      'rekor.sigstore.dev - 01',
      'rekor.sigstore.dev - -1',
      'rekor.sigstore.dev - 9223372036854775808',
      ' - 1',
    ]) {
      expect(parseRekorOrigin(origin)).toBeNull();
    }
    expect(codeOf(() => rekorOrigin('', '1'))).toBe('CHECKPOINT_MALFORMED');
    expect(codeOf(() => rekorOrigin('a b', '1'))).toBe('CHECKPOINT_MALFORMED');
    expect(codeOf(() => rekorOrigin('a', '01'))).toBe('CHECKPOINT_MALFORMED');
    expect(codeOf(() => rekorOrigin('a', '9223372036854775808'))).toBe('CHECKPOINT_MALFORMED');
  });
});

describe('parseSignedCheckpoint', () => {
  it('signs a checkpoint of our own log and reads it back', () => {
    const signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
    const checkpoint = {
      origin: rekorOrigin('log.example', '42'),
      size: 3,
      rootHash: new Uint8Array(32).fill(7),
      extensions: [],
    };
    const raw = formatSignedNote(signNote(formatCheckpoint(checkpoint), [noteSigner('log.example', signer)]));
    const parsed = parseSignedCheckpoint(raw);
    expect(parsed.checkpoint).toEqual(checkpoint);
    expect(verifyNote(parsed.note, [noteVerifier('log.example', signer.publicKey)])).toHaveLength(1);
  });

  it('reports NOTE_MALFORMED for a bad envelope and CHECKPOINT_MALFORMED for a bad body', () => {
    expect(codeOf(() => parseSignedCheckpoint(`${BODY}— n AAAAAAE=\n`))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => parseSignedCheckpoint('o\n01\nAA==\n\n— n AAAAAAE=\n'))).toBe('CHECKPOINT_MALFORMED');
  });
});
