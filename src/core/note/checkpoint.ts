/**
 * C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint, v1.0.0): the signed-note text
 *   <origin>\n<tree size, decimal>\n<base64 root hash>\n[<extension line>\n]*
 * and Rekor v1's origin form `<hostname> - <treeID>` (research/rekor-v1.md §5; 2023 Rekor checkpoints carry a
 * `Timestamp: <unix nanos>` extension line). Parsing is strict: formatCheckpoint(parseCheckpoint(t)) === t.
 */
import { fromBase64, toBase64 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { parseSignedNote, type SignedNote } from './note.js';

export interface Checkpoint {
  origin: string;
  /** Tree size; a JS safe integer (Rekor shards are far below 2^53). */
  size: number;
  /** 32-byte SHA-256 Merkle tree head. */
  rootHash: Uint8Array;
  /** Extension lines without their `\n`, in order (opaque; not interpreted). */
  extensions: string[];
}

const DECIMAL_RE = /^(?:0|[1-9][0-9]*)$/;
/** Control characters (C0, DEL, C1), `\n` included: none may appear inside one line. */
const CONTROL_RE = /\p{Cc}/u;
const MAX_INT64 = 9223372036854775807n;
const ROOT_HASH_BYTES = 32;

function malformed(problem: string): never {
  throw new CodedError('CHECKPOINT_MALFORMED', `checkpoint: ${problem}`);
}

function checkLine(line: string, what: string): void {
  if (line.length === 0) malformed(`${what} is empty`);
  if (CONTROL_RE.test(line)) malformed(`${what} contains a control character`);
}

function parseSize(text: string): number {
  if (!DECIMAL_RE.test(text)) malformed('tree size is not a decimal number without leading zeros');
  const size = Number(text);
  if (!Number.isSafeInteger(size)) malformed('tree size is larger than 2^53 - 1');
  return size;
}

function parseRootHash(text: string): Uint8Array {
  let hash: Uint8Array;
  try {
    hash = fromBase64(text, 'checkpoint root hash');
  } catch (cause) {
    throw new CodedError('CHECKPOINT_MALFORMED', 'checkpoint: root hash is not standard padded base64', { cause });
  }
  if (hash.byteLength !== ROOT_HASH_BYTES || toBase64(hash) !== text) {
    malformed(`root hash is not the canonical base64 of ${ROOT_HASH_BYTES} bytes`);
  }
  return hash;
}

/** Parses the note text of a checkpoint (CHECKPOINT_MALFORMED). */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) malformed('text does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin, sizeLine, hashLine, ...extensions] = lines;
  if (origin === undefined || sizeLine === undefined || hashLine === undefined) {
    malformed('needs at least an origin, a tree size and a root hash line');
  }
  checkLine(origin, 'origin');
  extensions.forEach((line, i) => {
    checkLine(line, `extension line ${i + 1}`);
  });
  return { origin, size: parseSize(sizeLine), rootHash: parseRootHash(hashLine), extensions };
}

/** Formats checkpoint text; rejects (CHECKPOINT_MALFORMED) what parseCheckpoint would not read back. */
export function formatCheckpoint(c: Checkpoint): string {
  // CONTROL_RE covers `\n`, so a line cannot smuggle in another line.
  checkLine(c.origin, 'origin');
  c.extensions.forEach((line, i) => {
    checkLine(line, `extension line ${i + 1}`);
  });
  if (!Number.isSafeInteger(c.size) || c.size < 0) malformed('tree size is not a non-negative safe integer');
  if (c.rootHash.byteLength !== ROOT_HASH_BYTES) malformed(`root hash is not ${ROOT_HASH_BYTES} bytes`);
  const ext = c.extensions.map((e) => `${e}\n`).join('');
  return `${c.origin}\n${c.size}\n${toBase64(c.rootHash)}\n${ext}`;
}

function isTreeId(treeId: string): boolean {
  return DECIMAL_RE.test(treeId) && BigInt(treeId) <= MAX_INT64;
}

/** Rekor v1 origin: `<name> - <treeID>` (treeID: decimal int64, the Trillian tree of the shard). */
export function rekorOrigin(name: string, treeId: string): string {
  if (name.length === 0 || /\s/.test(name) || CONTROL_RE.test(name)) malformed('Rekor origin name is invalid');
  if (!isTreeId(treeId)) malformed('Rekor tree ID is not a decimal int64');
  return `${name} - ${treeId}`;
}

/** Splits a Rekor v1 origin; null when the origin is not of that form (e.g. a C2SP tiled log). */
export function parseRekorOrigin(origin: string): { name: string; treeId: string } | null {
  const m = /^(\S+) - ([0-9]+)$/.exec(origin);
  const name = m?.[1];
  const treeId = m?.[2];
  if (name === undefined || treeId === undefined || !isTreeId(treeId) || CONTROL_RE.test(name)) return null;
  return { name, treeId };
}

/** Parses a signed checkpoint: NOTE_MALFORMED for the envelope, CHECKPOINT_MALFORMED for the body. */
export function parseSignedCheckpoint(raw: string): { note: SignedNote; checkpoint: Checkpoint } {
  const note = parseSignedNote(raw);
  return { note, checkpoint: parseCheckpoint(note.text) };
}
