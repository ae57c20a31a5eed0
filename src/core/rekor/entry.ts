/**
 * Rekor v1 entries: IDs (research/rekor-v1.md §3) and decoding of stored canonical bodies for verifiers.
 * Kind-specific rules live in hashedrekord.ts, dsse.ts and intoto.ts; this file dispatches on (kind,
 * apiVersion). The log's admission of a ProposedEntry (§2) is in admit.ts.
 */
import { fromUtf8, toHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import { decodeJson, type Node } from '../json/decode.js';
import { leafHash } from '../merkle/hash.js';
import { type DsseBody, decodeDsseBody } from './dsse.js';
import { decodeHashedRekordBody, type HashedRekordBody } from './hashedrekord.js';
import { decodeIntotoBody, type IntotoBody } from './intoto.js';

export { decodeLogEntryResponse, type LogEntryAnon } from './response.js';

export type EntryKind = 'hashedrekord' | 'dsse' | 'intoto';

/** The API version each kind is accepted in (Rekor v1's current ones). */
export const SUPPORTED_KINDS: Readonly<Record<EntryKind, string>> = {
  hashedrekord: '0.0.1',
  dsse: '0.0.1',
  intoto: '0.0.2',
};

/** Entry UUID (the bare form): hex of the RFC 6962 leaf hash SHA-256(0x00 || body). */
export function entryUuid(body: Uint8Array): string {
  return toHex(leafHash(body));
}

const INT64_MAX = (1n << 63n) - 1n;

/** Rekor tree IDs are int64 > 2^53: decimal strings in, BigInt for arithmetic. 0 is not a valid tree. */
function parseTreeId(treeId: string): bigint {
  if (!/^[1-9][0-9]{0,18}$/.test(treeId) || BigInt(treeId) > INT64_MAX) {
    throw new CodedError('ENTRY_ID_MALFORMED', `tree ID "${treeId}" is not a decimal integer in 1..2^63-1`);
  }
  return BigInt(treeId);
}

/** `%016x` of a decimal tree ID: the first 16 hex characters of every 80-hex entry ID of that tree. */
export function treeIdHex(treeId: string): string {
  return parseTreeId(treeId).toString(16).padStart(16, '0');
}

/** The 80-hex entry ID Rekor returns: %016x of the tree ID, then the leaf hash. */
export function entryId(treeId: string, body: Uint8Array): string {
  return treeIdHex(treeId) + entryUuid(body);
}

/** Parses a 64-hex UUID or an 80-hex entry ID (any case, as Rekor's route accepts); returns lowercase. */
export function parseEntryId(id: string): { treeId?: string; leafHash: string } {
  if (!/^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{80})$/.test(id)) {
    throw new CodedError('ENTRY_ID_MALFORMED', 'an entry ID is 64 hex characters (UUID) or 80 (tree ID + UUID)', {
      details: { id: id.slice(0, 100) },
    });
  }
  const lower = id.toLowerCase();
  if (lower.length === 64) return { leafHash: lower };
  const tree = BigInt(`0x${lower.slice(0, 16)}`);
  if (tree === 0n || tree > INT64_MAX) {
    throw new CodedError('ENTRY_ID_MALFORMED', `entry ID names tree ${tree}, which is not a valid tree ID`);
  }
  return { treeId: tree.toString(10), leafHash: lower.slice(16) };
}

export interface AdmitOptions {
  /** Attestations (DSSE envelopes) larger than this are not stored; default 1 MiB. */
  maxAttestationBytes?: number | undefined;
}

export interface AdmittedEntry {
  kind: EntryKind;
  apiVersion: string;
  /** JCS canonical body: the leaf value. */
  body: Uint8Array;
  /** 'sha256:<hex>' subject/artifact/payload digests, plus hex SHA-256 of each canonical PEM key. */
  indexKeys: string[];
  /** The DSSE envelope bytes for dsse/intoto, when within the size cap. */
  attestation?: Uint8Array;
}

function isEntryKind(kind: string): kind is EntryKind {
  return Object.hasOwn(SUPPORTED_KINDS, kind);
}

export function entryKindOf(root: Node): { kind: EntryKind; apiVersion: string } {
  const kindNode = root.get('kind');
  const kind = kindNode.string();
  const apiVersion = root.get('apiVersion').string();
  if (!isEntryKind(kind)) {
    throw new CodedError('ENTRY_KIND_UNSUPPORTED', `entry kind "${kind.slice(0, 64)}" is not supported`, {
      details: { path: kindNode.path, supported: SUPPORTED_KINDS },
    });
  }
  const k = kind;
  if (SUPPORTED_KINDS[k] !== apiVersion) {
    throw new CodedError(
      'ENTRY_KIND_UNSUPPORTED',
      `${k} apiVersion "${apiVersion.slice(0, 32)}" is not supported (use ${SUPPORTED_KINDS[k]})`,
      { details: { path: `${root.path}.apiVersion`, supported: SUPPORTED_KINDS } },
    );
  }
  return { kind: k, apiVersion };
}

export type CanonicalBody = HashedRekordBody | DsseBody | IntotoBody;
export type { DsseBody, HashedRekordBody, IntotoBody };

/** Decodes a stored canonical body (bundle `canonicalizedBody`, REST `body`) into its kind's fields. */
export function decodeEntryBody(body: Uint8Array): CanonicalBody {
  let text: string;
  try {
    text = fromUtf8(body, 'entry body');
  } catch (cause) {
    throw new CodedError('ENTRY_MALFORMED', 'entry body is not UTF-8', { cause });
  }
  let root: Node;
  try {
    root = decodeJson(text, 'ENTRY_MALFORMED', 'body');
  } catch (cause) {
    throw new CodedError('ENTRY_MALFORMED', 'entry body is not JSON', { cause });
  }
  const { kind } = entryKindOf(root);
  const spec = root.get('spec');
  switch (kind) {
    case 'hashedrekord':
      return decodeHashedRekordBody(spec);
    case 'dsse':
      return decodeDsseBody(spec);
    case 'intoto':
      return decodeIntotoBody(spec);
  }
}
