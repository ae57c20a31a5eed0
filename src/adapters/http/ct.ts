/**
 * RFC 6962 §4 routes of the CA's Certificate Transparency log under /ct/v1/: add-pre-chain, get-sth,
 * get-sth-consistency, get-proof-by-hash, get-entries. JSON shapes as the RFC gives them (binary fields base64).
 * Errors use the log server's `{code, message}` body and status table.
 */
import { fromBase64, toBase64 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';
import { type CtLog, MAX_ENTRIES_PER_GET } from '../../log/ct-log.js';
import { queryInt, readJsonBody } from './request.js';
import type { Router } from './router.js';
import { jsonResponse } from './server.js';

/** The CA logs its own precertificates; the chain is short (leaf, intermediate, root). */
const MAX_CHAIN_CERTIFICATES = 5;

export function registerCt(router: Router, ctLog: CtLog): void {
  router.post('/ct/v1/add-pre-chain', async (request) => {
    const root = decode(readJsonBody(request), 'INVALID_FIELD', 'request');
    root.onlyKeys(['chain']);
    const chain = root.get('chain').array();
    if (chain.length > MAX_CHAIN_CERTIFICATES) {
      throw new CodedError('BAD_REQUEST', `chain holds more than ${MAX_CHAIN_CERTIFICATES} certificates`);
    }
    const added = await ctLog.addPreChain(chain.map((c, i) => fromBase64(c.nonEmptyString(), `chain[${i}]`)));
    // The SCT's fields, as RFC 6962 §4.1 returns them (signature = TLS DigitallySigned, base64).
    const sct = added.sct;
    return jsonResponse(200, {
      sct_version: 0,
      id: toBase64(sct.subarray(1, 33)),
      timestamp: added.timestamp,
      extensions: '',
      signature: toBase64(sct.subarray(1 + 32 + 8 + 2)),
    });
  });
  router.get('/ct/v1/get-sth', () => jsonResponse(200, ctLog.sth()));
  router.get('/ct/v1/get-sth-consistency', (request) => {
    const first = queryInt(request, 'first', { required: true }) ?? 0;
    const second = queryInt(request, 'second', { required: true }) ?? 0;
    return jsonResponse(200, { consistency: ctLog.consistency(first, second).map(toBase64) });
  });
  router.get('/ct/v1/get-proof-by-hash', (request) => {
    const raw = request.query.get('hash');
    if (raw === null) throw new CodedError('BAD_REQUEST', 'query parameter hash is required');
    const hash = fromBase64(raw, 'hash');
    if (hash.byteLength !== 32) throw new CodedError('BAD_REQUEST', 'hash must be a base64 SHA-256 leaf hash');
    const treeSize = queryInt(request, 'tree_size', { required: true, min: 1 }) ?? 1;
    const proof = ctLog.proofByHash(hash, treeSize);
    return jsonResponse(200, { leaf_index: proof.leafIndex, audit_path: proof.auditPath.map(toBase64) });
  });
  router.get('/ct/v1/get-entries', (request) => {
    const start = queryInt(request, 'start', { required: true }) ?? 0;
    const end = queryInt(request, 'end', { required: true }) ?? 0;
    if (end < start) throw new CodedError('BAD_REQUEST', 'end must not be before start');
    return jsonResponse(200, { entries: ctLog.entries(start, Math.min(end, start + MAX_ENTRIES_PER_GET - 1)) });
  });
}
