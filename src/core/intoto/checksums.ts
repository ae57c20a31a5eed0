/**
 * Parser for `sha256sum` / `shasum -a 256` output, the `subject-checksums` input of the attest action
 * (actions/attest accepts the same format; research/action-anchors.md §1.2).
 *
 * A line is `<64 hex> <mode><name>` where mode is a space (text) or `*` (binary) — GNU coreutils prints
 * exactly one separator space before the mode character. GNU escapes names holding a backslash or a
 * newline: the line then starts with `\` and the name uses `\\` and `\n`. Blank lines are skipped; LF and
 * CRLF line ends are both accepted. Only SHA-256 (64 hex characters) is accepted: it is the one digest the
 * verifier matches on, and a 128-hex line is more likely a sha512sum file passed by mistake.
 */
import { utf8 } from '../bytes.js';
import { CodedError } from '../errors.js';

/** Same cap as actions/attest: a checksums file is a list of names, not an artifact. */
export const MAX_CHECKSUMS_BYTES = 512 * 1024;

export interface ChecksumLine {
  /** The file name as written in the file (unescaped). */
  name: string;
  /** Lowercase hex SHA-256. */
  sha256: string;
  /** 1-based line number, for messages. */
  line: number;
}

const LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/;

/**
 * Parses checksums text. Errors: TOO_LARGE over the cap, INVALID_FIELD naming the first bad line
 * (details.line), NO_SUBJECTS when the text holds no checksum line at all.
 */
export function parseChecksums(text: string, what = 'subject-checksums'): ChecksumLine[] {
  const size = utf8(text).byteLength;
  if (size > MAX_CHECKSUMS_BYTES) {
    throw new CodedError('TOO_LARGE', `${what} is ${size} bytes; the limit is ${MAX_CHECKSUMS_BYTES} bytes (512 KiB)`, {
      details: { size, limit: MAX_CHECKSUMS_BYTES },
    });
  }
  const out: ChecksumLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    if (raw.trim() === '') continue;
    out.push(parseChecksumLine(raw, i + 1, what));
  }
  if (out.length === 0) {
    throw new CodedError('NO_SUBJECTS', `${what} holds no checksum lines (expected "<sha256 hex>  <file name>")`);
  }
  return out;
}

function parseChecksumLine(raw: string, line: number, what: string): ChecksumLine {
  const fail = (problem: string): never => {
    throw new CodedError('INVALID_FIELD', `${what} line ${line}: ${problem}`, { details: { path: what, line } });
  };
  if (/^[A-Z0-9-]+ \(.*\) = [0-9a-fA-F]+$/.test(raw)) {
    fail('BSD tag format ("SHA256 (file) = hex") is not supported; write it with `sha256sum` (GNU format)');
  }
  const m = LINE.exec(raw);
  if (m === null) return fail('expected "<sha256 hex>  <file name>" or "<sha256 hex> *<file name>"');
  const [, escaped = '', hex = '', , rawName = ''] = m;
  if (hex.length !== 64) {
    return fail(
      `digest has ${hex.length} hex characters; only SHA-256 (64) is accepted${hex.length === 128 ? ' (this looks like sha512sum output)' : ''}`,
    );
  }
  const name = escaped === '\\' ? unescapeName(rawName, fail) : rawName;
  if (name.trim() === '') fail('file name is empty');
  return { name, sha256: hex.toLowerCase(), line };
}

/** GNU coreutils escaping: only `\\` and `\n` are produced (and `\r` by newer versions). */
function unescapeName(name: string, fail: (problem: string) => never): string {
  return name.replace(/\\(.?)/g, (_all, c: string) => {
    if (c === '\\') return '\\';
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    return fail(`unknown escape "\\${c}" in file name`);
  });
}
