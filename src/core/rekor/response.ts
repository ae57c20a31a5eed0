/**
 * Decoding Rekor v1 REST entry responses (`LogEntry` = {"<entryUUID>": LogEntryAnon}, research/rekor-v1.md §1).
 * The REST form keeps hex and JSON numbers; conversion to bundle form is the bundle codec's job. The UUID key
 * is checked against the body's leaf hash, so a response cannot pair one entry's ID with another's body.
 */
import { toHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import { decode, type Node } from '../json/decode.js';
import { leafHash } from '../merkle/hash.js';

export interface LogEntryAnon {
  /** Standard base64 of the canonical body. */
  body: string;
  integratedTime: number;
  /** Lowercase hex SHA-256 of the log key's DER SPKI. */
  logID: string;
  /** Virtual (global) index: what the SET covers. */
  logIndex: number;
  verification: {
    inclusionProof?: {
      /** Tree-local index. */
      logIndex: number;
      treeSize: number;
      rootHash: string;
      hashes: string[];
      checkpoint: string;
    };
    /** Standard base64 of the DER signature. */
    signedEntryTimestamp?: string;
  };
  attestation?: { data: string };
}

const UUID_RE = /^(?:[0-9a-f]{64}|[0-9a-f]{80})$/;

/** Strictly decodes a `LogEntry` map with exactly one entry. Errors: LOG_RESPONSE_INVALID with the path. */
export function decodeLogEntryResponse(json: unknown): { uuid: string; entry: LogEntryAnon } {
  const root = decode(json, 'LOG_RESPONSE_INVALID', 'response');
  const keys = root.keys();
  const uuid = keys.length === 1 ? keys[0] : undefined;
  if (uuid === undefined) return root.fail(`expected exactly one entry, got ${keys.length}`);
  if (!UUID_RE.test(uuid)) root.fail('entry key is not a 64- or 80-character lowercase hex UUID');
  const node = root.get(uuid);
  const bodyNode = node.get('body');
  const body = bodyNode.string();
  const bodyBytes = bodyNode.base64();
  const verification = node.get('verification');
  const proofNode = verification.optional('inclusionProof');
  const setNode = verification.optional('signedEntryTimestamp');
  const attestationNode = node.optional('attestation')?.optional('data');
  const entry: LogEntryAnon = {
    body,
    integratedTime: node.get('integratedTime').uint(),
    logID: hex(node.get('logID')),
    logIndex: node.get('logIndex').uint(),
    verification: {
      ...(proofNode === undefined
        ? {}
        : {
            inclusionProof: {
              logIndex: proofNode.get('logIndex').uint(),
              treeSize: proofNode.get('treeSize').uint(),
              rootHash: hex(proofNode.get('rootHash')),
              hashes: proofNode.get('hashes').array().map(hex),
              checkpoint: proofNode.get('checkpoint').nonEmptyString(),
            },
          }),
      ...(setNode === undefined ? {} : { signedEntryTimestamp: base64Text(setNode) }),
    },
    ...(attestationNode === undefined ? {} : { attestation: { data: base64Text(attestationNode) } }),
  };
  const proof = entry.verification.inclusionProof;
  if (proof !== undefined && proof.logIndex >= proof.treeSize) {
    proofNode?.get('logIndex').fail('is not below treeSize');
  }
  if (uuid.slice(-64) !== toHex(leafHash(bodyBytes))) {
    throw new CodedError('LOG_RESPONSE_INVALID', 'response entry UUID does not match the leaf hash of its body', {
      details: { path: 'response', uuid },
    });
  }
  return { uuid, entry };
}

/** A 32-byte lowercase hex field, kept as text. */
function hex(n: Node): string {
  n.hex(32);
  return n.string();
}

/** A standard-base64 field, validated and kept as text. */
function base64Text(n: Node): string {
  n.base64();
  return n.string();
}
