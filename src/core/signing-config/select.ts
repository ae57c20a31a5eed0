/**
 * Choosing services from a SigningConfig by the spec's rules (protobuf-specs `SigningConfig` field comments,
 * research/formats.md §1.11), deterministically (core draws no randomness; a caller that wants to spread load
 * can shuffle the list it gets back for ANY):
 *
 * 1. only services whose `validFor` holds at the given time (both ends inclusive) and whose `majorApiVersion`
 *    the client supports;
 * 2. the highest such version wins: services of lower versions are dropped even from other operators;
 * 3. grouped by `operator`, at most one service per operator: the one with the newest `validFor.start`
 *    (the first listed on a tie, as lists are written newest first);
 * 4. the selector: ALL = every operator's pick, ANY = one, EXACT(count) = `count` of them (fewer is an error).
 *
 * CAs and OIDC providers have no selector: exactly one is used (`selectOneService`).
 */
import { CodedError } from '../errors.js';
import type { Service, ServiceConfiguration } from './config.js';

export interface SelectionOptions {
  /** Unix seconds. */
  readonly now: number;
  /** Major API versions the client speaks, e.g. [1] or [1, 2]. */
  readonly supportedVersions: readonly number[];
  /** What the list is, for messages: "transparency log", "timestamp authority"... */
  readonly what: string;
}

function usable(service: Service, options: SelectionOptions): boolean {
  const { start, end } = service.validFor;
  return (
    options.supportedVersions.includes(service.majorApiVersion) &&
    start <= options.now &&
    (end === undefined || options.now <= end)
  );
}

/** Steps 1-3: one candidate per operator, all of the highest usable version, in list order. */
export function candidateServices(services: readonly Service[], options: SelectionOptions): Service[] {
  const current = services.filter((s) => usable(s, options));
  if (current.length === 0) return [];
  const version = Math.max(...current.map((s) => s.majorApiVersion));
  const byOperator = new Map<string, Service>();
  for (const service of current) {
    if (service.majorApiVersion !== version) continue;
    const chosen = byOperator.get(service.operator);
    if (chosen === undefined || service.validFor.start > chosen.validFor.start) {
      byOperator.set(service.operator, service);
    }
  }
  return [...byOperator.values()];
}

/** Steps 1-4 for transparency logs and timestamp authorities; SIGNING_CONFIG_NO_SERVICE when none (or too few). */
export function selectServices(
  services: readonly Service[],
  config: ServiceConfiguration,
  options: SelectionOptions,
): Service[] {
  const candidates = candidateServices(services, options);
  if (candidates.length === 0) throw noService(services, options);
  switch (config.selector) {
    case 'ALL':
      return candidates;
    case 'ANY':
      return candidates.slice(0, 1);
    case 'EXACT':
      if (candidates.length < config.count) {
        throw new CodedError(
          'SIGNING_CONFIG_NO_SERVICE',
          `the signing config asks for ${config.count} ${options.what}s from different operators, but only ${candidates.length} are usable now`,
          { details: { usable: candidates.map((s) => s.url) } },
        );
      }
      return candidates.slice(0, config.count);
    case 'SERVICE_SELECTOR_UNDEFINED':
      throw new CodedError('SIGNING_CONFIG_MALFORMED', `the signing config gives no selector for its ${options.what}s`);
  }
}

/** CAs and OIDC providers: the single service of the highest usable version with the newest start. */
export function selectOneService(services: readonly Service[], options: SelectionOptions): Service {
  const current = services.filter((s) => usable(s, options));
  const version = Math.max(...current.map((s) => s.majorApiVersion));
  let best: Service | undefined;
  for (const service of current) {
    if (service.majorApiVersion !== version) continue;
    if (best === undefined || service.validFor.start > best.validFor.start) best = service;
  }
  if (best === undefined) throw noService(services, options);
  return best;
}

function noService(services: readonly Service[], options: SelectionOptions): CodedError {
  const listed = services.length === 0 ? 'none is listed' : `none of the ${services.length} listed is`;
  return new CodedError(
    'SIGNING_CONFIG_NO_SERVICE',
    `no ${options.what} to use: ${listed} valid at ${new Date(options.now * 1000).toISOString()} with a supported API version (${options.supportedVersions.join(', ')})`,
  );
}
