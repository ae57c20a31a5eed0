/**
 * C2SP signed-note (https://c2sp.org/signed-note, v1.0.0): a UTF-8 text ending in a newline, a blank line,
 * then one or more lines `— <name> <base64(4-byte big-endian key hint || signature)>`.
 *
 * Parsing is strict on purpose: `formatSignedNote(parseSignedNote(raw)) === raw` for every accepted input,
 * so one signed document has exactly one spelling (double spaces, non-canonical base64, a missing final
 * newline or a missing blank line are all NOTE_MALFORMED). Rekor v1 (research/rekor-v1.md §5) writes the
 * same format but derives every key hint from the DER SPKI, including for Ed25519 keys.
 */
import { createHash } from 'node:crypto';
import { concat, fromBase64, toBase64, utf8 } from '../bytes.js';
import { CodedError } from '../errors.js';
import type { PublicKey } from '../keys/keys.js';
import { keyId, rawEd25519PublicKey, verifySignature } from '../keys/keys.js';
import type { Signer } from '../keys/signer.js';

export interface NoteSignature {
  name: string;
  /** uint32, big-endian on the wire. */
  keyHint: number;
  signature: Uint8Array;
}

export interface SignedNote {
  /** The signed text: every line including its final `\n` (the blank separator line excluded). */
  text: string;
  signatures: NoteSignature[];
}

export interface NoteVerifier {
  name: string;
  keyHint: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSigner {
  name: string;
  keyHint: number;
  sign(message: Uint8Array): Uint8Array;
}

/** Caps for untrusted input: the Go reference also stops at 100 signatures; real checkpoints are < 1 KiB. */
export const MAX_NOTE_BYTES = 1024 * 1024;
export const MAX_NOTE_SIGNATURES = 100;

const EM_DASH_PREFIX = '\u2014 ';
/** C0/C1 control characters and DEL, except `\n` (C2SP: no control characters other than newline). */
const FORBIDDEN_CONTROL_RE = /(?!\n)\p{Cc}/u;
const WHITESPACE_RE = /\s/;
/** A UTF-16 surrogate without its partner: such a string has no UTF-8 form, so it could not be what was signed. */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function malformed(problem: string): never {
  throw new CodedError('NOTE_MALFORMED', `signed note: ${problem}`);
}

/** C2SP: key names are non-empty and contain no whitespace and no `+` (the vkey separator). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !WHITESPACE_RE.test(name) && !name.includes('+') && isCleanText(name);
}

function isCleanText(text: string): boolean {
  return !LONE_SURROGATE_RE.test(text) && !FORBIDDEN_CONTROL_RE.test(text);
}

/** Validates the signed text: non-empty, ends in `\n`, well-formed UTF-16 (so it has one UTF-8 form), no controls. */
function checkText(text: string): void {
  if (text.length === 0 || !text.endsWith('\n')) malformed('text must be non-empty and end with a newline');
  if (!isCleanText(text)) malformed('text contains control characters or invalid Unicode');
}

function checkHint(keyHint: number): void {
  if (!Number.isInteger(keyHint) || keyHint < 0 || keyHint > 0xffffffff) malformed('key hint is not a uint32');
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(EM_DASH_PREFIX)) malformed('a signature line does not start with "— "');
  const parts = line.slice(EM_DASH_PREFIX.length).split(' ');
  const [name, b64] = parts;
  if (parts.length !== 2 || name === undefined || b64 === undefined || !isValidKeyName(name)) {
    malformed('a signature line is not "— <name> <base64>" with single spaces and a valid key name');
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(b64, 'note signature');
  } catch (cause) {
    throw new CodedError('NOTE_MALFORMED', 'signed note: a signature is not standard padded base64', { cause });
  }
  if (toBase64(bytes) !== b64) malformed('a signature is not canonical base64');
  if (bytes.byteLength < 5) malformed('a signature is shorter than its 4-byte key hint plus one byte');
  return { name, keyHint: readHint(bytes), signature: bytes.slice(4) };
}

/**
 * Parses a signed note strictly (NOTE_MALFORMED): the text ends at the LAST blank line, as in the Go
 * reference (golang.org/x/mod/sumdb/note) and Rekor's SignedNote.UnmarshalText.
 */
export function parseSignedNote(raw: string): SignedNote {
  if (raw.length > MAX_NOTE_BYTES || Buffer.byteLength(raw, 'utf8') > MAX_NOTE_BYTES) {
    malformed(`note is larger than ${MAX_NOTE_BYTES} bytes`);
  }
  const split = raw.lastIndexOf('\n\n');
  if (split < 0) malformed('no blank line separates the text from the signatures');
  const text = raw.slice(0, split + 1);
  const block = raw.slice(split + 2);
  checkText(text);
  if (!block.endsWith('\n')) malformed('the signature block must end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) malformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);
  return { text, signatures: lines.map(parseSignatureLine) };
}

/** The first 4 bytes as a big-endian uint32. */
function readHint(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32BE(0);
}

function hintBytes(keyHint: number): Uint8Array {
  checkHint(keyHint);
  return new Uint8Array([keyHint >>> 24, (keyHint >>> 16) & 0xff, (keyHint >>> 8) & 0xff, keyHint & 0xff]);
}

/** Serialises a note; rejects (NOTE_MALFORMED) anything parseSignedNote would not accept back. */
export function formatSignedNote(note: SignedNote): string {
  checkText(note.text);
  if (note.signatures.length === 0) malformed('a signed note needs at least one signature');
  if (note.signatures.length > MAX_NOTE_SIGNATURES) malformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);
  let out = `${note.text}\n`;
  for (const s of note.signatures) {
    if (!isValidKeyName(s.name)) malformed(`invalid key name ${JSON.stringify(s.name)}`);
    if (s.signature.byteLength === 0) malformed('empty signature');
    out += `${EM_DASH_PREFIX}${s.name} ${toBase64(concat(hintBytes(s.keyHint), s.signature))}\n`;
  }
  return out;
}

function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

/**
 * First 4 bytes (big-endian) of SHA-256(DER SPKI): C2SP type 0x02 (ECDSA), and Rekor v1's rule for EVERY key
 * type (its key hint is logID[0:4]).
 */
export function ecdsaKeyHint(key: PublicKey): number {
  return readHint(keyId(key));
}

/** Alias of ecdsaKeyHint naming what it hashes; use it for Rekor v1 logs with non-ECDSA keys. */
export const spkiKeyHint = ecdsaKeyHint;

/** C2SP type 0x01: SHA-256(name || 0x0A || 0x01 || raw 32-byte key)[:4]. */
export function ed25519KeyHint(name: string, key: PublicKey): number {
  return readHint(sha256(utf8(name), new Uint8Array([0x0a, 0x01]), rawEd25519PublicKey(key)));
}

function defaultHint(name: string, key: PublicKey): number {
  return key.algorithm === 'ed25519' ? ed25519KeyHint(name, key) : ecdsaKeyHint(key);
}

function checkName(name: string): void {
  if (!isValidKeyName(name)) malformed(`invalid key name ${JSON.stringify(name)} (non-empty, no spaces, no "+")`);
}

/**
 * A verifier for `name`'s key. Default hint: SPKI rule for ECDSA/RSA, C2SP rule for Ed25519; pass
 * `ecdsaKeyHint(key)` explicitly for a Rekor v1 log that signs with Ed25519.
 */
export function noteVerifier(name: string, key: PublicKey, hint?: number): NoteVerifier {
  checkName(name);
  const keyHint = hint ?? defaultHint(name, key);
  checkHint(keyHint);
  return { name, keyHint, verify: (message, signature) => verifySignature(key, message, signature) };
}

export function noteSigner(name: string, signer: Signer, hint?: number): NoteSigner {
  checkName(name);
  const keyHint = hint ?? defaultHint(name, signer.publicKey);
  checkHint(keyHint);
  return { name, keyHint, sign: (message) => signer.sign(message) };
}

/** Signs the UTF-8 bytes of `text` with every signer, in order. */
export function signNote(text: string, signers: NoteSigner[]): SignedNote {
  checkText(text);
  if (signers.length === 0) malformed('a signed note needs at least one signer');
  const message = utf8(text);
  return {
    text,
    signatures: signers.map((s) => ({ name: s.name, keyHint: s.keyHint, signature: s.sign(message) })),
  };
}

/**
 * C2SP verification: signatures whose (name, key hint) no verifier knows are ignored; a known one that does
 * not verify is NOTE_SIGNATURE_INVALID (a forged or corrupted note, never "just unsigned"); no verified
 * signature at all is NOTE_NOT_SIGNED. Returns the verifiers that verified, each once, in signature order.
 */
export function verifyNote(note: SignedNote, verifiers: NoteVerifier[]): NoteVerifier[] {
  const message = utf8(note.text);
  const verified: NoteVerifier[] = [];
  for (const sig of note.signatures) {
    const known = verifiers.filter((v) => v.name === sig.name && v.keyHint === sig.keyHint);
    if (known.length === 0) continue;
    // Hints are only 32 bits: with a collision, the signature counts if any of the matching keys made it.
    const ok = known.filter((v) => v.verify(message, sig.signature));
    if (ok.length === 0) {
      throw new CodedError(
        'NOTE_SIGNATURE_INVALID',
        `signed note: the signature by ${sig.name} (key hint ${sig.keyHint.toString(16).padStart(8, '0')}) does not verify`,
        { details: { name: sig.name, keyHint: sig.keyHint } },
      );
    }
    for (const v of ok) if (!verified.includes(v)) verified.push(v);
  }
  if (verified.length === 0) {
    const seen = note.signatures.map((s) => `${s.name}/${s.keyHint.toString(16).padStart(8, '0')}`);
    throw new CodedError(
      'NOTE_NOT_SIGNED',
      `signed note: no signature by a trusted key (signatures present: ${seen.join(', ') || 'none'})`,
      { details: { signatures: seen } },
    );
  }
  return verified;
}
