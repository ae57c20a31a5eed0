/**
 * Rekor v2 write path (research/tiles-perf.md §1.2): `POST /api/v2/log/entries` with a hashedRekordRequestV002,
 * answered with a protobuf-specs `TransparencyLogEntry` in proto3 JSON (int64 as strings, bytes as base64). As
 * in Rekor v2 there is no SET and integratedTime is 0: clients take time from a timestamp authority and the
 * tree from the checkpoint. Duplicates: 409 with `x-log-index`.
 */
import { formatTlogEntry, tlogEntryFromRekor } from '../../core/bundle/codec.js';
import { CodedError } from '../../core/errors.js';
import type { AdmittedEntry } from '../../core/rekor/entry.js';
import type { LogApi, LogEntryView } from './log-api.js';
import type { HttpRequest, Router } from './router.js';
import { jsonResponse } from './server.js';
import { errorResponse, type HttpResponse } from './status.js';

export interface RekorV2Options {
  /** Admits a CreateEntryRequest body (on worker threads: admission-pool.ts); must behave as admitV2EntryBody. */
  admit: (body: Uint8Array) => Promise<AdmittedEntry>;
}

export function registerRekorV2(router: Router, log: LogApi, options: RekorV2Options): void {
  router.post('/api/v2/log/entries', (req) => createEntryV2(log, req, options.admit));
}

async function createEntryV2(log: LogApi, req: HttpRequest, admit: RekorV2Options['admit']): Promise<HttpResponse> {
  const admitted = await admit(req.body);
  let view: LogEntryView;
  try {
    view = await log.add(admitted);
  } catch (error) {
    if (error instanceof CodedError && error.code === 'DUPLICATE_ENTRY') {
      const index = error.details?.index;
      const response = errorResponse(409, 'an equivalent entry already exists in the log', 'DUPLICATE_ENTRY');
      return { ...response, headers: { ...response.headers, 'x-log-index': String(index ?? '') } };
    }
    throw error;
  }
  return jsonResponse(201, formatTransparencyLogEntryV2(view));
}

/**
 * The Rekor v2 `TransparencyLogEntry` for a stored entry: the bundle form of the v1 entry (core/bundle), minus
 * what v2 does not promise (no SET; integratedTime 0 and therefore omitted, as proto3 JSON omits defaults).
 */
export function formatTransparencyLogEntryV2(view: LogEntryView): Record<string, unknown> {
  const entry = tlogEntryFromRekor(view.uuid, view.entry);
  if (entry.inclusionProof === undefined) {
    throw new CodedError('INTERNAL', 'the log returned an entry without an inclusion proof');
  }
  const { inclusionPromise: _set, ...rest } = entry;
  return formatTlogEntry({ ...rest, integratedTime: 0 });
}
