import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { toBase64, toHex } from '../../../../src/core/bytes.js';
import { keyId } from '../../../../src/core/keys/keys.js';
import {
  ecdsaKeyHint,
  ed25519KeyHint,
  formatSignedNote,
  MAX_NOTE_SIGNATURES,
  noteSigner,
  noteVerifier,
  parseSignedNote,
  signNote,
  verifyNote,
} from '../../../../src/core/note/note.js';
import { noteVerifierFromVkey, parseVkey } from '../../../../src/core/note/vkey.js';
import { codeOf } from '../../../helpers/errors.js';

// golang.org/x/mod/sumdb/note documentation example (Ed25519, deterministic): the C2SP reference vector.
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

const ecdsa = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));
const ed = signerFromPem(generatePrivateKeyPem('ed25519'));
const other = signerFromPem(generatePrivateKeyPem('ecdsa-p256'));

describe('parseSignedNote / formatSignedNote', () => {
  it('parses the Go reference note and round-trips it byte for byte', () => {
    const note = parseSignedNote(GO_NOTE);
    expect(note.text).toBe(GO_TEXT);
    expect(note.signatures).toHaveLength(1);
    expect(note.signatures[0]?.name).toBe('PeterNeumann');
    expect(note.signatures[0]?.keyHint).toBe(0xc74f20a3);
    expect(note.signatures[0]?.signature.byteLength).toBe(64);
    expect(formatSignedNote(note)).toBe(GO_NOTE);
  });

  it('verifies the Go reference note with its vkey and rejects an edited text', () => {
    const verifier = noteVerifierFromVkey(GO_VKEY);
    expect(verifier.keyHint).toBe(0xc74f20a3);
    expect(verifyNote(parseSignedNote(GO_NOTE), [verifier])).toEqual([verifier]);
    const edited = parseSignedNote(GO_NOTE.replace('cryptography', 'cryptographY'));
    expect(codeOf(() => verifyNote(edited, [verifier]))).toBe('NOTE_SIGNATURE_INVALID');
  });

  it('splits at the LAST blank line, so the text may contain blank lines', () => {
    const raw = `a\n\nb\n\n— n AAAAAAE=\n`;
    const note = parseSignedNote(raw);
    expect(note.text).toBe('a\n\nb\n');
    expect(formatSignedNote(note)).toBe(raw);
  });

  const sig = 'wNI9ajBFAiA=';
  const malformed: [string, string][] = [
    ['double spaces', `t\n\n—  n  ${sig}\n`],
    ['double space before the signature', `t\n\n— n  ${sig}\n`],
    ['trailing space', `t\n\n— n ${sig} \n`],
    ['missing final newline', `t\n\n— n ${sig}`],
    ['missing blank line', `t\n— n ${sig}\n`],
    ['no signature at all', 't\n\n'],
    ['empty text', `\n— n ${sig}\n`],
    ['hyphen instead of em dash', `t\n\n- n ${sig}\n`],
    ['en dash instead of em dash', `t\n\n\u2013 n ${sig}\n`],
    ['em dash without space', `t\n\n—n ${sig}\n`],
    ['non-canonical base64 (pad bits set)', `t\n\n— n AAAAAAF=\n`],
    ['unpadded base64', `t\n\n— n AAAAAAE\n`],
    ['URL-safe base64', `t\n\n— n AAAA_-E=\n`],
    ['signature of 4 bytes (hint only)', `t\n\n— n AAAAAA==\n`],
    ['name with +', `t\n\n— a+b ${sig}\n`],
    ['extra field', `t\n\n— n ${sig} x\n`],
    ['CR in text', `t\r\n\n— n ${sig}\n`],
    ['NUL in text', `t\u0000\n\n— n ${sig}\n`],
    ['tab in text', `a\tb\n\n— n ${sig}\n`],
    ['lone surrogate in text', `t\ud800\n\n— n ${sig}\n`],
  ];
  for (const [what, raw] of malformed) {
    it(`rejects ${what} as NOTE_MALFORMED`, () => {
      expect(codeOf(() => parseSignedNote(raw))).toBe('NOTE_MALFORMED');
    });
  }

  it('caps the signature count and the note size', () => {
    const line = `— n ${sig}\n`;
    expect(parseSignedNote(`t\n\n${line.repeat(MAX_NOTE_SIGNATURES)}`).signatures).toHaveLength(MAX_NOTE_SIGNATURES);
    expect(codeOf(() => parseSignedNote(`t\n\n${line.repeat(MAX_NOTE_SIGNATURES + 1)}`))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => parseSignedNote(`${'x'.repeat(1024 * 1024)}\n\n${line}`))).toBe('NOTE_MALFORMED');
  });

  it('accepts non-ASCII UTF-8 text and names', () => {
    const raw = `héllo wörld ✓\n\n— sérveur ${sig}\n`;
    expect(formatSignedNote(parseSignedNote(raw))).toBe(raw);
  });

  it('refuses to format what it could not parse back', () => {
    const s = { name: 'n', keyHint: 1, signature: new Uint8Array([1]) };
    expect(codeOf(() => formatSignedNote({ text: 'no newline', signatures: [s] }))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => formatSignedNote({ text: 't\n', signatures: [] }))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => formatSignedNote({ text: 't\n', signatures: [{ ...s, name: 'a b' }] }))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => formatSignedNote({ text: 't\n', signatures: [{ ...s, keyHint: 2 ** 32 }] }))).toBe(
      'NOTE_MALFORMED',
    );
    expect(formatSignedNote({ text: 't\n', signatures: [{ ...s, keyHint: 0xffffffff }] })).toBe(
      `t\n\n— n ${toBase64(new Uint8Array([255, 255, 255, 255, 1]))}\n`,
    );
  });
});

describe('key hints', () => {
  it('ecdsaKeyHint is the first 4 bytes of SHA-256(SPKI), for every key type', () => {
    for (const s of [ecdsa, ed]) {
      expect(ecdsaKeyHint(s.publicKey).toString(16).padStart(8, '0')).toBe(toHex(keyId(s.publicKey)).slice(0, 8));
    }
  });

  it('ed25519KeyHint follows C2SP (matches the Go vector) and rejects other keys', () => {
    const { key } = parseVkey(GO_VKEY);
    expect(ed25519KeyHint('PeterNeumann', key)).toBe(0xc74f20a3);
    expect(ed25519KeyHint('PeterNeumann2', key)).not.toBe(0xc74f20a3);
    expect(codeOf(() => ed25519KeyHint('x', ecdsa.publicKey))).toBe('INVALID_KEY');
  });

  it('noteVerifier defaults: SPKI hint for ECDSA, C2SP hint for Ed25519; explicit hint wins', () => {
    expect(noteVerifier('log', ecdsa.publicKey).keyHint).toBe(ecdsaKeyHint(ecdsa.publicKey));
    expect(noteVerifier('log', ed.publicKey).keyHint).toBe(ed25519KeyHint('log', ed.publicKey));
    expect(noteVerifier('log', ed.publicKey, ecdsaKeyHint(ed.publicKey)).keyHint).toBe(ecdsaKeyHint(ed.publicKey));
    expect(codeOf(() => noteVerifier('bad name', ecdsa.publicKey))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => noteSigner('a+b', ecdsa))).toBe('NOTE_MALFORMED');
  });
});

describe('signNote / verifyNote', () => {
  const text = 'example.com/log\n42\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';

  for (const [label, signer] of [
    ['ECDSA P-256', ecdsa],
    ['Ed25519', ed],
  ] as const) {
    it(`signs and verifies with a generated ${label} key, through format/parse`, () => {
      const note = signNote(text, [noteSigner('example.com/log', signer)]);
      const raw = formatSignedNote(note);
      const parsed = parseSignedNote(raw);
      expect(formatSignedNote(parsed)).toBe(raw);
      const v = noteVerifier('example.com/log', signer.publicKey);
      expect(verifyNote(parsed, [v])).toEqual([v]);
      const tampered = { ...parsed, text: text.replace('42', '43') };
      expect(codeOf(() => verifyNote(tampered, [v]))).toBe('NOTE_SIGNATURE_INVALID');
    });
  }

  it('accepts several signatures and returns every verifier that verified, in signature order', () => {
    const note = parseSignedNote(
      formatSignedNote(signNote(text, [noteSigner('a', ecdsa), noteSigner('b', ed), noteSigner('c', other)])),
    );
    expect(note.signatures.map((s) => s.name)).toEqual(['a', 'b', 'c']);
    const va = noteVerifier('a', ecdsa.publicKey);
    const vb = noteVerifier('b', ed.publicKey);
    expect(verifyNote(note, [vb, va])).toEqual([va, vb]);
    expect(verifyNote(note, [vb])).toEqual([vb]);
  });

  it('ignores signatures by unknown (name, hint) pairs', () => {
    const note = signNote(text, [noteSigner('unknown', other), noteSigner('log', ecdsa)]);
    const v = noteVerifier('log', ecdsa.publicKey);
    expect(verifyNote(note, [v])).toEqual([v]);
    // Same key under another name, or the right name with another hint: not "known", so not an error.
    expect(codeOf(() => verifyNote(note, [noteVerifier('other-name', ecdsa.publicKey)]))).toBe('NOTE_NOT_SIGNED');
    expect(codeOf(() => verifyNote(note, [noteVerifier('log', ecdsa.publicKey, 7)]))).toBe('NOTE_NOT_SIGNED');
    expect(codeOf(() => verifyNote(note, []))).toBe('NOTE_NOT_SIGNED');
  });

  it("rejects a note when a known key's signature fails, even if another one verifies", () => {
    const good = signNote(text, [noteSigner('log', ecdsa)]);
    // A signature claiming to be `log` (same name and hint) but made with another key.
    const forged = signNote(text, [noteSigner('log', other, ecdsaKeyHint(ecdsa.publicKey))]);
    const both = { text, signatures: [...good.signatures, ...forged.signatures] };
    expect(codeOf(() => verifyNote(both, [noteVerifier('log', ecdsa.publicKey)]))).toBe('NOTE_SIGNATURE_INVALID');
  });

  it('signNote refuses invalid text and an empty signer list', () => {
    expect(codeOf(() => signNote('no newline', [noteSigner('log', ecdsa)]))).toBe('NOTE_MALFORMED');
    expect(codeOf(() => signNote('t\n', []))).toBe('NOTE_MALFORMED');
  });
});
