/**
 * C2SP tlog-tiles read path (research/tiles-perf.md §1.3, §2): `/checkpoint`, `/tile/<L>/<N>[.p/<W>]`,
 * `/tile/entries/<N>[.p/<W>]`. Full tiles never change, so they are cacheable forever; the checkpoint and partial
 * tiles are short-lived by nature (the spec asks for at most a few seconds of caching on the checkpoint).
 */
import { gzipSync } from 'node:zlib';
import { CodedError } from '../../core/errors.js';
import { parseTilePath } from '../../core/tiles/layout.js';
import { acceptsEncoding } from './accept-encoding.js';
import type { LogApi } from './log-api.js';
import type { HttpRequest, Router } from './router.js';
import type { HttpResponse } from './status.js';

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const SHORT_CACHE = 'public, max-age=2';

export function registerTiles(router: Router, log: LogApi): void {
  router.get('/checkpoint', () => ({
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': SHORT_CACHE },
    body: log.head().checkpoint,
  }));
  router.get(/^\/tile\/(.+)$/, (req) => getTile(log, req));
}

function getTile(log: LogApi, req: HttpRequest): HttpResponse {
  const path = req.path.slice(1);
  let tile: ReturnType<typeof parseTilePath>;
  try {
    tile = parseTilePath(path);
  } catch (cause) {
    throw new CodedError('BAD_REQUEST', `${path} is not a tlog-tiles path`, { cause });
  }
  // The path's coordinates are valid (parseTilePath); a tile beyond the tree (or a partial tile wider than what
  // exists) is NOT_FOUND from the log: simply not there yet.
  const bytes =
    tile.kind === 'hash' ? log.hashTile(tile.level, tile.index, tile.width) : log.entryBundle(tile.index, tile.width);
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'cache-control': tile.width === undefined ? IMMUTABLE_CACHE : SHORT_CACHE,
    vary: 'Accept-Encoding',
  };
  // Entry bundles are JSON bodies and compress well; the spec says they SHOULD be gzipped at the HTTP layer.
  // Only when the client says it accepts gzip, so plain clients (and caches keyed without Vary) get raw bytes.
  if (tile.kind === 'entries' && acceptsGzip(req)) {
    return { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: gzipSync(bytes) };
  }
  return { status: 200, headers, body: bytes };
}

function acceptsGzip(req: HttpRequest): boolean {
  return acceptsEncoding(req.headers['accept-encoding'], 'gzip');
}
