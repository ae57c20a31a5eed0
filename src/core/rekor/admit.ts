/**
 * The log's admission of a POSTed Rekor v1 ProposedEntry (research/rekor-v1.md §2), dispatched on (kind,
 * apiVersion) to each kind's rules. Apart from entry.ts because admission verifies signatures, and
 * hashedrekord's needs @noble/curves: clients that only decode entries do not load it.
 */
import { decode } from '../json/decode.js';
import { admitDsse } from './dsse.js';
import { type AdmitOptions, type AdmittedEntry, entryKindOf } from './entry.js';
import { admitHashedRekord } from './hashedrekord-admit.js';
import { admitIntoto } from './intoto.js';

/**
 * The log's admission check for a POSTed ProposedEntry (already JSON-parsed): strict decoding, every signature
 * verified, and the canonical body Rekor would store. Errors: ENTRY_MALFORMED (with details.path),
 * ENTRY_KIND_UNSUPPORTED, ENTRY_SIGNATURE_INVALID, INVALID_KEY, UNSUPPORTED_KEY.
 */
export function admitProposedEntry(json: unknown, opts: AdmitOptions = {}): AdmittedEntry {
  const root = decode(json, 'ENTRY_MALFORMED', 'entry');
  root.onlyKeys(['apiVersion', 'kind', 'spec']);
  const { kind } = entryKindOf(root);
  const spec = root.get('spec');
  switch (kind) {
    case 'hashedrekord':
      return admitHashedRekord(spec);
    case 'dsse':
      return admitDsse(spec, opts);
    case 'intoto':
      return admitIntoto(spec, opts);
  }
}
