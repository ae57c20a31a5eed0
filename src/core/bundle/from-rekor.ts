/**
 * Rekor v1 REST entry -> bundle TransparencyLogEntry, as sigstore-js `witness/tlog` converts it
 * (research/formats.md §1.6): hex logID / rootHash / hashes become bytes, the base64 body becomes
 * canonicalizedBody, kind and version come from the body itself. The entry UUID is checked against the body
 * so a response cannot pair one entry's ID with another's body.
 */
import { fromBase64, fromHex, fromUtf8, toHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import { decodeJson } from '../json/decode.js';
import { leafHash } from '../merkle/hash.js';
import type { LogEntryAnon } from '../rekor/response.js';
import type { TransparencyLogEntry } from './bundle.js';

const CODE = 'LOG_RESPONSE_INVALID';

/**
 * `uuid` is the response map key: 64 hex (leaf hash) or 80 hex (16-hex tree ID + leaf hash). Throws
 * LOG_RESPONSE_INVALID when it does not name this body or a field is not what Rekor sends.
 */
export function tlogEntryFromRekor(uuid: string, entry: LogEntryAnon): TransparencyLogEntry {
  const fail = (problem: string): never => {
    throw new CodedError(CODE, `log entry ${uuid}: ${problem}`, { details: { uuid } });
  };
  let body: Uint8Array;
  try {
    body = fromBase64(entry.body, 'entry body');
  } catch (cause) {
    throw new CodedError(CODE, `log entry ${uuid}: body is not standard base64`, { cause });
  }
  if (!/^([0-9a-f]{16})?[0-9a-f]{64}$/.test(uuid)) fail('the entry UUID is not 64 or 80 lowercase hex digits');
  if (uuid.slice(-64) !== toHex(leafHash(body))) fail('the entry UUID does not match the leaf hash of the body');

  const kinds = decodeJson(fromUtf8(body, 'entry body'), CODE, 'entry body');
  const out: TransparencyLogEntry = {
    logIndex: entry.logIndex,
    logId: hex(entry.logID, 'logID', uuid),
    kind: kinds.get('kind').string(),
    version: kinds.get('apiVersion').string(),
    integratedTime: entry.integratedTime,
    canonicalizedBody: body,
  };
  const v = entry.verification;
  if (v.signedEntryTimestamp !== undefined) {
    out.inclusionPromise = { signedEntryTimestamp: b64(v.signedEntryTimestamp, 'signedEntryTimestamp', uuid) };
  }
  const p = v.inclusionProof;
  if (p !== undefined) {
    out.inclusionProof = {
      logIndex: p.logIndex,
      rootHash: hex(p.rootHash, 'inclusionProof.rootHash', uuid),
      treeSize: p.treeSize,
      hashes: p.hashes.map((h, i) => hex(h, `inclusionProof.hashes[${i}]`, uuid)),
      checkpoint: p.checkpoint,
    };
  }
  return out;
}

function hex(text: string, what: string, uuid: string): Uint8Array {
  try {
    return fromHex(text, what);
  } catch (cause) {
    throw new CodedError(CODE, `log entry ${uuid}: ${what} is not lowercase hex`, { cause });
  }
}

function b64(text: string, what: string, uuid: string): Uint8Array {
  try {
    return fromBase64(text, what);
  } catch (cause) {
    throw new CodedError(CODE, `log entry ${uuid}: ${what} is not standard base64`, { cause });
  }
}
