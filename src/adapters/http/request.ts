/** Decoding of request parts shared by the route modules: JSON bodies (depth-capped) and strict query integers. */
import { fromUtf8 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { parseJson } from '../../core/json/decode.js';
import type { HttpRequest } from './router.js';

/** Parses a request body as JSON: strict UTF-8, depth-capped before JSON.parse (INVALID_ENCODING / INVALID_JSON). */
export function readJsonBody(request: HttpRequest): unknown {
  return parseJsonBody(request.body);
}

/** readJsonBody on the raw bytes (what an admission worker receives). */
export function parseJsonBody(body: Uint8Array): unknown {
  if (body.byteLength === 0) throw new CodedError('INVALID_JSON', 'request body is empty; expected JSON');
  const text = fromUtf8(body, 'request body');
  return parseJson(text, 'request body');
}

/**
 * A decimal query parameter (`^[0-9]+$`, a safe integer, at least `min`), as Rekor's swagger declares them.
 * Returns undefined when absent and not required.
 */
export function queryInt(
  request: HttpRequest,
  name: string,
  options: { required?: boolean; min?: number } = {},
): number | undefined {
  const all = request.query.getAll(name);
  if (all.length === 0) {
    if (options.required) throw new CodedError('BAD_REQUEST', `query parameter ${name} is required`);
    return undefined;
  }
  const [raw] = all;
  if (all.length > 1 || raw === undefined) throw new CodedError('BAD_REQUEST', `query parameter ${name} is repeated`);
  if (!/^[0-9]{1,16}$/.test(raw)) {
    throw new CodedError('BAD_REQUEST', `query parameter ${name} must be a non-negative decimal integer`);
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new CodedError('BAD_REQUEST', `query parameter ${name} is too large`);
  const min = options.min ?? 0;
  if (value < min) throw new CodedError('BAD_REQUEST', `query parameter ${name} must be at least ${min}`);
  return value;
}

/** Re-raises a coded error with a prefix on its message (Rekor: "error processing entry: …"). */
export function withPrefix(error: unknown, prefix: string): never {
  if (error instanceof CodedError) {
    throw new CodedError(error.code, `${prefix}${error.message}`, { cause: error, details: error.details });
  }
  throw new CodedError('INTERNAL', `${prefix}${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });
}
