/**
 * DSSE Pre-Authentication Encoding (secure-systems-lab/dsse protocol.md v1.0.2): the bytes a DSSE signature
 * covers. Binding the payload type into the signed bytes stops a signature over one kind of document from
 * being replayed as another.
 *
 *   PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
 *
 * LEN is the byte length (UTF-8 for the type) in ASCII decimal without leading zeros; nothing follows body.
 */
import { concat, utf8 } from '../bytes.js';

export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = utf8(payloadType);
  return concat(utf8(`DSSEv1 ${type.byteLength} `), type, utf8(` ${payload.byteLength} `), payload);
}
