/**
 * A tiny router: exact paths and regular-expression paths, one handler per (method, path). Unknown paths are
 * 404 and known paths with another method 405, both with Rekor's `{code, message}` body, so a client mistake
 * never reaches a handler it was not written for.
 */
import { CodedError } from '../../core/errors.js';
import type { HttpResponse } from './status.js';

export interface HttpRequest {
  readonly method: string;
  /** The decoded path without the query string, e.g. `/api/v1/log/entries/ab12…`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The whole request body (already size-capped by the server); empty for GET. */
  readonly body: Uint8Array;
  /** Capture groups of a pattern route. */
  readonly params: readonly string[];
}

export type Handler = (request: HttpRequest) => HttpResponse | Promise<HttpResponse>;

interface Route {
  readonly method: string;
  readonly path: string | RegExp;
  readonly handler: Handler;
}

export interface Match {
  readonly handler: Handler;
  readonly params: readonly string[];
}

export class Router {
  private readonly routes: Route[] = [];

  get(path: string | RegExp, handler: Handler): this {
    this.routes.push({ method: 'GET', path, handler });
    return this;
  }

  post(path: string | RegExp, handler: Handler): this {
    this.routes.push({ method: 'POST', path, handler });
    return this;
  }

  /** Finds the handler; throws NOT_FOUND / METHOD_NOT_ALLOWED (mapped to 404 / 405 by status.ts). */
  match(method: string, path: string): Match {
    let pathKnown = false;
    const effective = method === 'HEAD' ? 'GET' : method;
    for (const route of this.routes) {
      const params = matchPath(route.path, path);
      if (params === undefined) continue;
      pathKnown = true;
      if (route.method === effective) return { handler: route.handler, params };
    }
    if (pathKnown) throw new CodedError('METHOD_NOT_ALLOWED', `method ${method} is not allowed on ${path}`);
    throw new CodedError('NOT_FOUND', `path ${path} not found`);
  }
}

function matchPath(pattern: string | RegExp, path: string): string[] | undefined {
  if (typeof pattern === 'string') return pattern === path ? [] : undefined;
  const m = pattern.exec(path);
  if (m === null) return undefined;
  return m.slice(1).map((g) => g ?? '');
}
