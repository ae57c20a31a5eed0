/**
 * SigningConfig v0.2: strict decoding (field paths in errors) and service selection by the spec's rules.
 *
 * Vectors: test/vectors/trust/signing_config.production.v0.2.json is the public-good file byte for byte
 * (sigstore/root-signing `targets/signing_config.v0.2.json`, see test/vectors/README.md). REKOR_V2_OPT_IN is
 * built by hand from research/tiles-perf.md (root-signing's opt-in `signing_config_rekor_v2.v0.2.json`, 2026-05:
 * log2025-1.rekor.sigstore.dev, majorApiVersion 2, validFor.start 2026-01-01) in the production file's shape.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRfc3339 } from '../../../../src/core/bundle/timestamp.js';
import { type CodedError, isCodedError } from '../../../../src/core/errors.js';
import {
  formatSigningConfig,
  parseSigningConfig,
  type Service,
  SIGNING_CONFIG_MEDIA_TYPE,
} from '../../../../src/core/signing-config/config.js';
import { selectOneService, selectServices } from '../../../../src/core/signing-config/select.js';
import { buildServerSigningConfig } from '../../../../src/core/signing-config/server.js';

const PRODUCTION = JSON.parse(
  readFileSync(new URL('../../../vectors/trust/signing_config.production.v0.2.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const REKOR_V2_OPT_IN = {
  ...PRODUCTION,
  rekorTlogUrls: [
    {
      url: 'https://log2025-1.rekor.sigstore.dev',
      majorApiVersion: 2,
      validFor: { start: '2026-01-01T00:00:00Z' },
      operator: 'sigstore.dev',
    },
    ...(PRODUCTION.rekorTlogUrls as unknown[]),
  ],
};

const at = (text: string): number => parseRfc3339(text) ?? Number.NaN;
const NOW = at('2026-12-04T12:00:00Z');

function failure(fn: () => unknown): CodedError {
  try {
    fn();
  } catch (error) {
    if (isCodedError(error)) return error;
    throw error;
  }
  throw new Error('expected a CodedError');
}

function svc(url: string, version: number, start: string, operator: string, end?: string): Service {
  return {
    url,
    majorApiVersion: version,
    validFor: end === undefined ? { start: at(start) } : { start: at(start), end: at(end) },
    operator,
  };
}

describe('parseSigningConfig', () => {
  it('reads the public-good SigningConfig and writes it back unchanged', () => {
    const config = parseSigningConfig(JSON.stringify(PRODUCTION));
    expect(config.rekorTlogUrls.map((s) => [s.url, s.majorApiVersion, s.operator])).toEqual([
      ['https://rekor.sigstore.dev', 1, 'sigstore.dev'],
    ]);
    expect(config.tsaUrls[0]?.url).toBe('https://timestamp.sigstore.dev/api/v1/timestamp');
    expect(config.caUrls[0]?.validFor.start).toBe(at('2022-04-13T20:06:15Z'));
    expect(config.rekorTlogConfig).toEqual({ selector: 'ANY' });
    expect(parseSigningConfig(formatSigningConfig(config))).toEqual(config);
  });

  it("accepts cosign's no-services config and snake_case field names", () => {
    const empty = parseSigningConfig({ mediaType: SIGNING_CONFIG_MEDIA_TYPE, rekorTlogConfig: {}, tsaConfig: {} });
    expect(empty.rekorTlogUrls).toEqual([]);
    const snake = parseSigningConfig({
      media_type: SIGNING_CONFIG_MEDIA_TYPE,
      rekor_tlog_urls: [
        { url: 'https://log.example', major_api_version: '2', valid_for: { start: '2025-01-01T00:00:00Z' } },
      ],
      rekor_tlog_config: { selector: 'EXACT', count: 1 },
    });
    expect(snake.rekorTlogUrls[0]?.majorApiVersion).toBe(2);
    expect(snake.rekorTlogConfig).toEqual({ selector: 'EXACT', count: 1 });
  });

  const service = { url: 'https://log.example', majorApiVersion: 1, validFor: { start: '2025-01-01T00:00:00Z' } };
  const base = { mediaType: SIGNING_CONFIG_MEDIA_TYPE, rekorTlogUrls: [service], rekorTlogConfig: { selector: 'ANY' } };
  it.each([
    [
      'a v0.1 media type',
      { ...base, mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json' },
      'signingConfig.mediaType',
    ],
    ['an unknown member', { ...base, tlogUrls: [] }, 'signingConfig.tlogUrls'],
    [
      'an unknown service member',
      { ...base, rekorTlogUrls: [{ ...service, apiVersion: 1 }] },
      'signingConfig.rekorTlogUrls[0].apiVersion',
    ],
    [
      'a service without url',
      { ...base, rekorTlogUrls: [{ ...service, url: undefined }] },
      'signingConfig.rekorTlogUrls[0].url',
    ],
    ['a relative url', { ...base, rekorTlogUrls: [{ ...service, url: '/api' }] }, 'signingConfig.rekorTlogUrls[0].url'],
    [
      'a url with credentials',
      { ...base, rekorTlogUrls: [{ ...service, url: 'https://u:p@log.example' }] },
      'signingConfig.rekorTlogUrls[0].url',
    ],
    [
      'a file: url',
      { ...base, rekorTlogUrls: [{ ...service, url: 'file:///etc/passwd' }] },
      'signingConfig.rekorTlogUrls[0].url',
    ],
    [
      'a negative version',
      { ...base, rekorTlogUrls: [{ ...service, majorApiVersion: -1 }] },
      'signingConfig.rekorTlogUrls[0].majorApiVersion',
    ],
    [
      'a version over uint32',
      { ...base, rekorTlogUrls: [{ ...service, majorApiVersion: 2 ** 32 }] },
      'signingConfig.rekorTlogUrls[0].majorApiVersion',
    ],
    [
      'no validFor',
      { ...base, rekorTlogUrls: [{ ...service, validFor: undefined }] },
      'signingConfig.rekorTlogUrls[0].validFor',
    ],
    [
      'validFor without start',
      { ...base, rekorTlogUrls: [{ ...service, validFor: { end: '2026-01-01T00:00:00Z' } }] },
      'signingConfig.rekorTlogUrls[0].validFor.start',
    ],
    [
      'end before start',
      {
        ...base,
        rekorTlogUrls: [{ ...service, validFor: { start: '2025-01-01T00:00:00Z', end: '2024-01-01T00:00:00Z' } }],
      },
      'signingConfig.rekorTlogUrls[0].validFor.end',
    ],
    [
      'a bad time',
      { ...base, rekorTlogUrls: [{ ...service, validFor: { start: 'yesterday' } }] },
      'signingConfig.rekorTlogUrls[0].validFor.start',
    ],
    ['services without a selector', { ...base, rekorTlogConfig: {} }, 'signingConfig.rekorTlogConfig'],
    ['services without any config', { ...base, rekorTlogConfig: undefined }, 'signingConfig'],
    [
      'an unknown selector',
      { ...base, rekorTlogConfig: { selector: 'SOME' } },
      'signingConfig.rekorTlogConfig.selector',
    ],
    ['EXACT without count', { ...base, rekorTlogConfig: { selector: 'EXACT' } }, 'signingConfig.rekorTlogConfig'],
    [
      'EXACT over the list',
      { ...base, rekorTlogConfig: { selector: 'EXACT', count: 2 } },
      'signingConfig.rekorTlogConfig',
    ],
    ['count with ANY', { ...base, rekorTlogConfig: { selector: 'ANY', count: 1 } }, 'signingConfig.rekorTlogConfig'],
  ])('refuses %s', (_name, json, path) => {
    const error = failure(() => parseSigningConfig(json));
    expect(error.code).toBe('SIGNING_CONFIG_MALFORMED');
    expect(error.details?.path).toBe(path);
  });

  it('refuses text that is not JSON with INVALID_JSON', () => {
    expect(failure(() => parseSigningConfig('{')).code).toBe('INVALID_JSON');
  });
});

describe('service selection', () => {
  const opts = (supportedVersions: number[], now = NOW) => ({ now, supportedVersions, what: 'transparency log' });

  it('public good: Rekor v1 by default, and the v2 shard for a client that speaks v2 (opt-in config)', () => {
    const prod = parseSigningConfig(PRODUCTION);
    expect(selectServices(prod.rekorTlogUrls, prod.rekorTlogConfig, opts([1, 2])).map((s) => s.url)).toEqual([
      'https://rekor.sigstore.dev',
    ]);
    const optIn = parseSigningConfig(REKOR_V2_OPT_IN);
    expect(selectServices(optIn.rekorTlogUrls, optIn.rekorTlogConfig, opts([1, 2])).map((s) => s.url)).toEqual([
      'https://log2025-1.rekor.sigstore.dev',
    ]);
    // a v1-only client keeps v1; before the shard's start even a v2 client does
    expect(selectServices(optIn.rekorTlogUrls, optIn.rekorTlogConfig, opts([1]))[0]?.majorApiVersion).toBe(1);
    const before = at('2025-12-31T23:59:59Z');
    expect(selectServices(optIn.rekorTlogUrls, optIn.rekorTlogConfig, opts([1, 2], before))[0]?.majorApiVersion).toBe(
      1,
    );
    expect(selectOneService(prod.caUrls, { ...opts([1]), what: 'CA' }).url).toBe('https://fulcio.sigstore.dev');
    expect(selectServices(prod.tsaUrls, prod.tsaConfig, opts([1]))[0]?.url).toBe(
      'https://timestamp.sigstore.dev/api/v1/timestamp',
    );
  });

  it('validFor is inclusive at both ends', () => {
    const s = [svc('https://a', 1, '2026-01-01T00:00:00Z', 'a', '2026-06-30T00:00:00Z')];
    const sel = (now: string) => selectServices(s, { selector: 'ALL' }, opts([1], at(now)));
    expect(sel('2026-01-01T00:00:00Z')).toHaveLength(1);
    expect(sel('2026-06-30T00:00:00Z')).toHaveLength(1);
    expect(failure(() => sel('2026-06-30T00:00:01Z')).code).toBe('SIGNING_CONFIG_NO_SERVICE');
    expect(failure(() => sel('2025-12-31T23:59:59Z')).code).toBe('SIGNING_CONFIG_NO_SERVICE');
  });

  it('one service per operator, the newest start; the highest version drops lower ones from every operator', () => {
    const services = [
      svc('https://a-old', 2, '2025-01-01T00:00:00Z', 'a.example'),
      svc('https://a-new', 2, '2026-06-01T00:00:00Z', 'a.example'),
      svc('https://a-future', 2, '2027-01-01T00:00:00Z', 'a.example'),
      svc('https://b-v1', 1, '2026-01-01T00:00:00Z', 'b.example'),
      svc('https://c', 2, '2025-01-01T00:00:00Z', 'c.example', '2026-01-01T00:00:00Z'), // expired
      svc('https://d', 2, '2025-01-01T00:00:00Z', 'd.example'),
      svc('https://e-unreleased', 0, '2025-01-01T00:00:00Z', 'e.example'),
    ];
    expect(selectServices(services, { selector: 'ALL' }, opts([1, 2])).map((s) => s.url)).toEqual([
      'https://a-new',
      'https://d',
    ]);
    expect(selectServices(services, { selector: 'ALL' }, opts([1])).map((s) => s.url)).toEqual(['https://b-v1']);
    expect(selectServices(services, { selector: 'ANY' }, opts([1, 2])).map((s) => s.url)).toEqual(['https://a-new']);
    expect(selectServices(services, { selector: 'EXACT', count: 2 }, opts([1, 2]))).toHaveLength(2);
  });

  it('EXACT fails when fewer operators are usable than asked for, even if the list is long enough', () => {
    const services = [
      svc('https://a1', 1, '2025-01-01T00:00:00Z', 'a.example'),
      svc('https://a2', 1, '2025-02-01T00:00:00Z', 'a.example'),
      svc('https://b', 1, '2025-01-01T00:00:00Z', 'b.example', '2025-06-01T00:00:00Z'),
    ];
    const error = failure(() => selectServices(services, { selector: 'EXACT', count: 2 }, opts([1])));
    expect(error.code).toBe('SIGNING_CONFIG_NO_SERVICE');
  });

  it('no supported version, an empty list, or an undefined selector is an error, never a guess', () => {
    const services = [svc('https://a', 3, '2025-01-01T00:00:00Z', 'a')];
    expect(failure(() => selectServices(services, { selector: 'ANY' }, opts([1, 2]))).code).toBe(
      'SIGNING_CONFIG_NO_SERVICE',
    );
    expect(failure(() => selectServices([], { selector: 'ANY' }, opts([1]))).code).toBe('SIGNING_CONFIG_NO_SERVICE');
    expect(failure(() => selectOneService([], { ...opts([1]), what: 'CA' })).code).toBe('SIGNING_CONFIG_NO_SERVICE');
    const ok = [svc('https://a', 1, '2025-01-01T00:00:00Z', 'a')];
    expect(failure(() => selectServices(ok, { selector: 'SERVICE_SELECTOR_UNDEFINED' }, opts([1]))).code).toBe(
      'SIGNING_CONFIG_MALFORMED',
    );
  });

  it('services without an operator count as one operator', () => {
    const services = [svc('https://x', 1, '2025-01-01T00:00:00Z', ''), svc('https://y', 1, '2025-03-01T00:00:00Z', '')];
    expect(selectServices(services, { selector: 'ALL' }, opts([1])).map((s) => s.url)).toEqual(['https://y']);
  });
});

describe('buildServerSigningConfig', () => {
  it('lists log v2 and v1 at one base URL, the TSA endpoint, and decodes under the strict reader', () => {
    const config = buildServerSigningConfig({
      logUrl: 'https://log.example.com',
      logStart: 1_760_000_000.7,
      logV2: true,
      tsa: { url: 'https://log.example.com/api/v1/timestamp', start: 1_760_000_100 },
      operator: 'log.example.com',
    });
    const json = formatSigningConfig(config);
    const back = parseSigningConfig(JSON.parse(JSON.stringify(json)));
    expect(back).toEqual(config);
    expect(back.rekorTlogUrls.map((s) => s.majorApiVersion)).toEqual([2, 1]);
    expect(back.rekorTlogUrls[0]?.validFor.start).toBe(1_760_000_000);
    expect(
      selectServices(back.rekorTlogUrls, back.rekorTlogConfig, {
        now: 1_770_000_000,
        supportedVersions: [1],
        what: 'log',
      })[0]?.majorApiVersion,
    ).toBe(1);
    expect(back.tsaUrls[0]?.url).toBe('https://log.example.com/api/v1/timestamp');
    expect(back.caUrls).toEqual([]);
  });

  it('without a TSA lists none and leaves tsaConfig empty', () => {
    const config = buildServerSigningConfig({
      logUrl: 'http://127.0.0.1:3000',
      logStart: 0,
      logV2: false,
      operator: 'x',
    });
    const json = formatSigningConfig(config);
    expect(json.tsaUrls).toBeUndefined();
    expect(json.tsaConfig).toEqual({});
    expect(parseSigningConfig(json).rekorTlogUrls.map((s) => s.majorApiVersion)).toEqual([1]);
  });
});
