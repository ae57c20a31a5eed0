/**
 * A local GitHub stand-in for tests (node:http on 127.0.0.1, port 0). It speaks the documented REST shapes
 * (research/formats.md §4.6–4.8) closely enough for our adapters and for e2e runs of dist/ files.
 *
 *   const gh = await startGitHubStandin();           // gh.url = REST base (pass as GITHUB_API_URL / baseUrl)
 *   const rel = gh.seedRelease('o', 'r', { tag: 'v1', draft: true, body: 'notes' });
 *   gh.seedPullFiles('o', 'r', 7, [{ filename: 'a.txt' }]);
 *   gh.failNext({ method: 'POST', path: /assets/ }, 502);  // fault injection (any status, optional headers)
 *   gh.requests                                       // every request: {method, path, query, headers, body}
 *   gh.releases('o', 'r')                             // current state, assets with their bytes
 *   await gh.close();
 *
 * Auth: `Authorization: Bearer <token>`. Tokens are registered with a contents permission:
 * `gh.token` (default "ghs_standin_write") has `contents: write`; `gh.addToken(t, 'read')` adds a read-only one.
 * Missing/unknown token -> 401 "Bad credentials". Writes with a read token -> 403 "Resource not accessible by
 * integration". Read-only tokens do not see drafts (as on GitHub).
 *
 * Routes:
 *   GET    /repos/{o}/{r}/releases                  paginated (per_page default 30, max 100 — both settable with
 *                                                   opts.perPage / opts.maxPerPage; Link rel="next"/"last")
 *   GET    /repos/{o}/{r}/releases/tags/{tag}       published releases only (draft -> 404)
 *   GET    /repos/{o}/{r}/releases/{id}             PATCH same path: {body?, name?, draft?, tag_name?}
 *   GET    /repos/{o}/{r}/releases/{id}/assets      paginated
 *   POST   /repos/{o}/{r}/releases/{id}/assets?name=&label=   raw body; 201; duplicate name -> 422 already_exists
 *   GET    /repos/{o}/{r}/releases/assets/{id}      DELETE same path -> 204
 *   GET    /repos/{o}/{r}/pulls/{n}                 {number, state, changed_files, base: {ref, sha}, head: {ref, sha}}
 *                                                   (seedPull; else changed_files = the seeded files, base sha
 *                                                   DEFAULT_BASE_SHA on main)
 *   GET    /repos/{o}/{r}/pulls/{n}/files           paginated; like GitHub, lists at most the first 3,000 files
 *   GET    /repos/{o}/{r}/contents/{path}?ref={sha} a file at a commit (seedContents): {type: "file", encoding:
 *                                                   "base64", content (wrapped at 60 columns), size, sha, ...};
 *                                                   a directory -> an array of entries; absent -> 404
 *   GET    /download/{asset id}                     the asset bytes (browser_download_url points here)
 * Each release's `upload_url` is `${url}/repos/{o}/{r}/releases/{id}/assets{?name,label}`.
 * Immutable releases: seed `immutable: true`, or `immutableOnPublish: true` (publishing a draft via PATCH makes
 * it immutable). A published immutable release answers 422 "Cannot modify an immutable release" to asset
 * uploads and deletes.
 *
 * OIDC issuer at `${gh.issuer}` (= `${url}/oidc`): `/.well-known/openid-configuration`, `/.well-known/jwks`
 * (an RSA-2048 key made at start), and the runner's token endpoint `/token?api-version=2.0&audience=…`
 * (bearer `gh.idTokenRequestToken`) minting an RS256 JWT with `gh.idTokenClaims` + iss/aud/iat/nbf/exp.
 * `gh.oidcEnv()` gives ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. `gh.mintIdToken(claims, opts)` signs any claims
 * (tests of expiry/tampering); `opts.key: 'other'` signs with a key not in the JWKS.
 */
import { createHash, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decode } from '../../src/core/json/decode.js';

export interface StandinAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  state: 'uploaded' | 'starter';
}

export interface StandinRelease {
  id: number;
  owner: string;
  repo: string;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  assets: StandinAsset[];
}

export interface PullFile {
  filename: string;
  status?: string;
  sha?: string;
  additions?: number;
  deletions?: number;
  previous_filename?: string;
}

/** The base commit of seeded pull requests unless seedPull says otherwise. */
export const DEFAULT_BASE_SHA = 'b'.repeat(40);

export interface PullInfo {
  baseSha?: string;
  baseRef?: string;
  /** `changed_files` (default: how many files were seeded), e.g. 3001 to exceed the files API. */
  changedFiles?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** Marks a handled response (handlers return it so every path ends in exactly one reply). */
type Sent = true;

export interface FaultMatch {
  method?: string;
  path?: RegExp;
}

export interface GitHubStandin {
  url: string;
  issuer: string;
  token: string;
  idTokenRequestToken: string;
  idTokenClaims: Record<string, unknown>;
  requests: RecordedRequest[];
  addToken(token: string, contents: 'read' | 'write'): void;
  seedRelease(
    owner: string,
    repo: string,
    r: { tag: string; draft?: boolean; prerelease?: boolean; immutable?: boolean; body?: string | null; name?: string },
  ): StandinRelease;
  releases(owner: string, repo: string): StandinRelease[];
  setImmutableOnPublish(value: boolean): void;
  seedPullFiles(owner: string, repo: string, pull: number, files: PullFile[]): void;
  seedPull(owner: string, repo: string, pull: number, info: PullInfo): void;
  /** Files of the repository at commit `ref` (path -> text), for the contents API. */
  seedContents(owner: string, repo: string, ref: string, files: Record<string, string>): void;
  failNext(
    match: FaultMatch,
    status: number,
    opts?: { headers?: Record<string, string>; times?: number; body?: unknown },
  ): void;
  mintIdToken(claims: Record<string, unknown>, opts?: { key?: 'issuer' | 'other'; kid?: string; alg?: string }): string;
  oidcEnv(): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  close(): Promise<void>;
}

export async function startGitHubStandin(opts: { perPage?: number; maxPerPage?: number } = {}): Promise<GitHubStandin> {
  const defaultPerPage = opts.perPage ?? 30;
  const maxPerPage = opts.maxPerPage ?? 100;
  const tokens = new Map<string, 'read' | 'write'>([['ghs_standin_write', 'write']]);
  const releases: StandinRelease[] = [];
  const pulls = new Map<string, PullFile[]>();
  const pullInfo = new Map<string, PullInfo>();
  const contents = new Map<string, Map<string, string>>();
  const faults: { match: FaultMatch; status: number; headers: Record<string, string>; times: number; body: unknown }[] =
    [];
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  let immutableOnPublish = false;
  const issuerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let otherKey: KeyObject | undefined; // made on first use: RSA key generation is slow
  const kid = 'standin-key-1';
  let url = '';

  const releaseJson = (r: StandinRelease): Record<string, unknown> => ({
    url: `${url}/repos/${r.owner}/${r.repo}/releases/${r.id}`,
    html_url: `${url}/${r.owner}/${r.repo}/releases/${r.draft ? `untagged-${r.id}` : `tag/${r.tag_name}`}`,
    assets_url: `${url}/repos/${r.owner}/${r.repo}/releases/${r.id}/assets`,
    upload_url: `${url}/repos/${r.owner}/${r.repo}/releases/${r.id}/assets{?name,label}`,
    id: r.id,
    node_id: `RE_${r.id}`,
    tag_name: r.tag_name,
    target_commitish: 'main',
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.created_at,
    published_at: r.draft ? null : r.created_at,
    assets: r.assets.map(assetJson),
  });
  const assetJson = (a: StandinAsset): Record<string, unknown> => ({
    url: `${url}/repos/x/y/releases/assets/${a.id}`,
    id: a.id,
    name: a.name,
    label: a.label,
    content_type: a.contentType,
    state: a.state,
    size: a.data.byteLength,
    digest: null,
    download_count: 0,
    browser_download_url: `${url}/download/${a.id}`,
  });

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks));
      } catch (error) {
        send(res, 500, { message: `stand-in error: ${(error as Error).message}` });
      }
    });
  });

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): Sent {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
    return true;
  }

  function paginate(res: ServerResponse, u: URL, items: unknown[]): Sent {
    const perPage = Math.min(Number(u.searchParams.get('per_page') ?? defaultPerPage) || defaultPerPage, maxPerPage);
    const page = Math.max(Number(u.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (p: number): string => {
      const next = new URL(u.toString());
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return `${url}${next.pathname}${next.search}`;
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return send(
      res,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Sent {
    const u = new URL(req.url ?? '/', 'http://standin');
    const method = req.method ?? 'GET';
    requests.push({ method, path: u.pathname, query: u.searchParams, headers: req.headers, body });
    const fault = faults.find(
      (f) => f.times > 0 && (f.match.method ?? method) === method && (f.match.path?.test(u.pathname) ?? true),
    );
    if (fault !== undefined) {
      fault.times--;
      return send(res, fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
    }
    if (u.pathname.startsWith('/oidc/')) return handleOidc(req, res, u);
    if (u.pathname.startsWith('/download/')) {
      const asset = releases.flatMap((r) => r.assets).find((a) => String(a.id) === u.pathname.slice(10));
      if (asset === undefined) return send(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': asset.contentType });
      res.end(asset.data);
      return true;
    }
    const auth = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? '');
    const permission = auth?.[1] === undefined ? undefined : tokens.get(auth[1]);
    if (permission === undefined) {
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (method !== 'GET' && permission !== 'write') {
      return send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/releases/releases',
        status: '403',
      });
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/(.+)$/.exec(u.pathname);
    if (m === null) return send(res, 404, { message: 'Not Found' });
    const [, owner = '', repo = '', rest = ''] = m;
    const visible = releases
      .filter((r) => r.owner === owner && r.repo === repo && (permission === 'write' || !r.draft))
      .sort((a, b) => b.id - a.id);
    const byId = (id: string): StandinRelease | undefined => visible.find((r) => String(r.id) === id);
    if (rest === 'releases' && method === 'GET') return paginate(res, u, visible.map(releaseJson));
    const tagMatch = /^releases\/tags\/(.+)$/.exec(rest);
    if (tagMatch !== null && method === 'GET') {
      const tag = decodeURIComponent(tagMatch[1] ?? '');
      const r = visible.find((x) => x.tag_name === tag && !x.draft);
      return r === undefined ? send(res, 404, { message: 'Not Found' }) : send(res, 200, releaseJson(r));
    }
    const assetMatch = /^releases\/assets\/(\d+)$/.exec(rest);
    if (assetMatch !== null) {
      const id = Number(assetMatch[1]);
      const r = visible.find((x) => x.assets.some((a) => a.id === id));
      const asset = r?.assets.find((a) => a.id === id);
      if (r === undefined || asset === undefined) return send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return send(res, 200, assetJson(asset));
      if (method === 'DELETE') {
        if (r.immutable && !r.draft) return send(res, 422, immutableError());
        r.assets = r.assets.filter((a) => a.id !== id);
        return send(res, 204);
      }
    }
    const releaseMatch = /^releases\/(\d+)$/.exec(rest);
    if (releaseMatch !== null) {
      const r = byId(releaseMatch[1] ?? '');
      if (r === undefined) return send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return send(res, 200, releaseJson(r));
      if (method === 'PATCH') {
        const fields = decode(JSON.parse(body.toString('utf8') || '{}'), 'BAD_REQUEST', 'release patch').record();
        if (typeof fields.body === 'string' || fields.body === null) r.body = fields.body;
        if (typeof fields.name === 'string') r.name = fields.name;
        if (typeof fields.tag_name === 'string') r.tag_name = fields.tag_name;
        if (typeof fields.draft === 'boolean') {
          if (r.draft && !fields.draft && immutableOnPublish) r.immutable = true;
          r.draft = fields.draft;
        }
        return send(res, 200, releaseJson(r));
      }
    }
    const assetsMatch = /^releases\/(\d+)\/assets$/.exec(rest);
    if (assetsMatch !== null) {
      const r = byId(assetsMatch[1] ?? '');
      if (r === undefined) return send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return paginate(res, u, r.assets.map(assetJson));
      if (method === 'POST') {
        const name = u.searchParams.get('name');
        if (name === null || name === '')
          return send(res, 422, { message: 'Validation Failed', errors: [{ field: 'name', code: 'missing' }] });
        if (req.headers['content-type'] === undefined) return send(res, 422, { message: 'Content-Type is required' });
        if (r.immutable && !r.draft) return send(res, 422, immutableError());
        if (r.assets.some((a) => a.name === name)) {
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
          });
        }
        const asset: StandinAsset = {
          id: nextId++,
          name,
          label: u.searchParams.get('label'),
          contentType: String(req.headers['content-type']),
          data: body,
          state: 'uploaded',
        };
        r.assets.push(asset);
        return send(res, 201, assetJson(asset));
      }
    }
    const pullGet = /^pulls\/(\d+)$/.exec(rest);
    if (pullGet !== null && method === 'GET') {
      const key = `${owner}/${repo}#${pullGet[1]}`;
      const files = pulls.get(key);
      const info = pullInfo.get(key);
      if (files === undefined && info === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, {
        url: `${url}/repos/${owner}/${repo}/pulls/${pullGet[1]}`,
        number: Number(pullGet[1]),
        state: 'open',
        changed_files: info?.changedFiles ?? files?.length ?? 0,
        base: { ref: info?.baseRef ?? 'main', sha: info?.baseSha ?? DEFAULT_BASE_SHA, label: `${owner}:main` },
        head: { ref: 'feature', sha: 'c'.repeat(40), label: `fork:feature` },
      });
    }
    const contentsMatch = /^contents\/(.+)$/.exec(rest);
    if (contentsMatch !== null && method === 'GET') {
      const path = decodeURIComponent(contentsMatch[1] ?? '');
      const tree = contents.get(`${owner}/${repo}@${u.searchParams.get('ref') ?? ''}`);
      const text = tree?.get(path);
      if (text !== undefined) {
        const data = Buffer.from(text, 'utf8');
        return send(res, 200, {
          type: 'file',
          encoding: 'base64',
          size: data.byteLength,
          name: path.split('/').pop(),
          path,
          sha: createHash('sha1').update(`blob ${data.byteLength}\0`).update(data).digest('hex'),
          content: `${(data.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`,
        });
      }
      const below = [...(tree?.keys() ?? [])].filter((p) => p.startsWith(`${path}/`));
      if (below.length > 0) {
        return send(
          res,
          200,
          below.map((p) => ({ type: 'file', name: p.split('/').pop(), path: p })),
        );
      }
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents' });
    }
    const pullMatch = /^pulls\/(\d+)\/files$/.exec(rest);
    if (pullMatch !== null && method === 'GET') {
      const files = pulls.get(`${owner}/${repo}#${pullMatch[1]}`);
      if (files === undefined) return send(res, 404, { message: 'Not Found' });
      return paginate(
        res,
        u,
        files.slice(0, 3000).map((f) => ({
          sha: f.sha ?? '0'.repeat(40),
          status: 'modified',
          additions: 1,
          deletions: 0,
          changes: 1,
          ...f,
        })),
      );
    }
    return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  function immutableError(): unknown {
    return {
      message: 'Cannot modify an immutable release',
      errors: [{ resource: 'Release', code: 'immutable', message: 'Cannot modify an immutable release' }],
    };
  }

  function handleOidc(req: IncomingMessage, res: ServerResponse, u: URL): Sent {
    const issuer = `${url}/oidc`;
    if (u.pathname === '/oidc/.well-known/openid-configuration') {
      return send(res, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'repository_id'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (u.pathname === '/oidc/.well-known/jwks') {
      const jwk = issuerKey.publicKey.export({ format: 'jwk' });
      return send(res, 200, { keys: [{ ...jwk, kid, use: 'sig', alg: 'RS256' }] });
    }
    if (u.pathname === '/oidc/token') {
      if (req.headers.authorization !== `Bearer ${standin.idTokenRequestToken}`) {
        return send(res, 401, { message: 'Unauthorized' });
      }
      const aud = u.searchParams.get('audience') ?? `${url}/owner`;
      return send(res, 200, { count: 1, value: standin.mintIdToken({ ...standin.idTokenClaims, aud }) });
    }
    return send(res, 404, { message: 'Not Found' });
  }

  function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject): string {
    const enc = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
    const input = `${enc(header)}.${enc(claims)}`;
    const sig = createSign('sha256').update(input).sign(key);
    return `${input}.${sig.toString('base64url')}`;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standin: GitHubStandin = {
    url,
    issuer: `${url}/oidc`,
    token: 'ghs_standin_write',
    idTokenRequestToken: 'standin-id-token-request',
    idTokenClaims: {},
    requests,
    addToken: (token, contents) => void tokens.set(token, contents),
    seedRelease(owner, repo, r) {
      const release: StandinRelease = {
        id: nextId++,
        owner,
        repo,
        tag_name: r.tag,
        name: r.name ?? r.tag,
        body: r.body === undefined ? '' : r.body,
        draft: r.draft ?? false,
        prerelease: r.prerelease ?? false,
        immutable: r.immutable ?? false,
        created_at: new Date(Date.UTC(2026, 0, 1) + nextId * 1000).toISOString(),
        assets: [],
      };
      releases.push(release);
      return release;
    },
    releases: (owner, repo) => releases.filter((r) => r.owner === owner && r.repo === repo),
    setImmutableOnPublish: (value) => {
      immutableOnPublish = value;
    },
    seedPullFiles: (owner, repo, pull, files) => void pulls.set(`${owner}/${repo}#${pull}`, files),
    seedPull: (owner, repo, pull, info) => void pullInfo.set(`${owner}/${repo}#${pull}`, info),
    seedContents: (owner, repo, ref, files) => {
      const key = `${owner}/${repo}@${ref}`;
      const tree = contents.get(key) ?? new Map<string, string>();
      for (const [path, text] of Object.entries(files)) tree.set(path, text);
      contents.set(key, tree);
    },
    failNext: (match, status, o = {}) =>
      void faults.push({ match, status, headers: o.headers ?? {}, times: o.times ?? 1, body: o.body }),
    mintIdToken(claims, o = {}) {
      const now = Math.floor(Date.now() / 1000);
      const full = { iss: `${url}/oidc`, iat: now, nbf: now - 5, exp: now + 300, ...claims };
      if (o.key === 'other') otherKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      const key = o.key === 'other' && otherKey !== undefined ? otherKey : issuerKey.privateKey;
      return signJwt({ typ: 'JWT', alg: o.alg ?? 'RS256', kid: o.kid ?? kid }, full, key);
    },
    oidcEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: standin.idTokenRequestToken,
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
  return standin;
}

/** Claims as GitHub mints them for a tag-push release workflow (values are strings, IDs included). */
export function sampleGitHubClaims(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3',
    ref: 'refs/tags/v1.2.3',
    sha: 'a'.repeat(40),
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    repository_owner_id: '1001',
    repository_id: '2002',
    repository_visibility: 'public',
    run_id: '9001',
    run_number: '7',
    run_attempt: '2',
    actor: 'octocat',
    actor_id: '3003',
    workflow: 'release',
    workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
    workflow_sha: 'a'.repeat(40),
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
    job_workflow_sha: 'a'.repeat(40),
    event_name: 'push',
    ref_type: 'tag',
    runner_environment: 'github-hosted',
    ...over,
  };
}
