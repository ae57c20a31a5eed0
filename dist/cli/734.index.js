export const id = 734;
export const ids = [734];
export const modules = {

/***/ 4734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_RELEASE_SPEC: () => (/* binding */ VERIFY_RELEASE_SPEC),
  VERIFY_SPEC: () => (/* binding */ VERIFY_SPEC),
  runVerify: () => (/* binding */ runVerify),
  runVerifyRelease: () => (/* binding */ runVerifyRelease)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/client/rekor-v1.ts
var rekor_v1 = __webpack_require__(2427);
// EXTERNAL MODULE: ./src/adapters/files/read.ts
var read = __webpack_require__(4402);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var json_decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/adapters/client/retry-after.ts
var retry_after = __webpack_require__(9611);
;// CONCATENATED MODULE: ./src/adapters/github/http.ts
/**
 * A small GitHub REST client over fetch: bearer token, JSON in and out, Link-header pagination, retries
 * with backoff on 5xx / 429 / secondary rate limits honouring `retry-after` and `x-ratelimit-reset`
 * (research/formats.md §4.8), and one place that turns HTTP failures into coded errors. Plain fetch rather
 * than Octokit: uploads go to a per-release `upload_url`, tests point everything at a local stand-in, and
 * the bundle stays small.
 */



/** Per attempt. */
const TIMEOUT_MS = 30_000;
/** Longest wait accepted from retry-after / a rate-limit reset before failing instead. */
const MAX_WAIT_MS = 60_000;
class GitHubApi {
    baseUrl;
    token;
    retries;
    sleep;
    constructor(opts) {
        this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
        this.token = opts.token;
        this.retries = opts.retries ?? 4;
        this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    url(pathOrUrl) {
        return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    }
    async request(req) {
        const method = req.method ?? 'GET';
        const url = this.url(req.url);
        const attempts = req.retry === false ? 1 : this.retries + 1;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await fetch(url, {
                    method,
                    headers: this.headers(req),
                    body: req.body ?? (req.json === undefined ? undefined : JSON.stringify(req.json)),
                    signal: AbortSignal.timeout(TIMEOUT_MS),
                });
            }
            catch (cause) {
                if (attempt < attempts) {
                    await this.sleep(backoffMs(attempt));
                    continue;
                }
                throw new errors/* CodedError */.AK('GITHUB_API_ERROR', `${method} ${url} failed: ${cause.message}`, {
                    cause,
                    details: { retryable: true },
                });
            }
            const text = await res.text();
            if (res.ok || req.allow?.includes(res.status)) {
                return { status: res.status, headers: res.headers, data: text === '' ? undefined : parseBody(text, url) };
            }
            const wait = retryWaitMs(res, attempt);
            if (wait !== undefined && attempt < attempts && wait <= MAX_WAIT_MS) {
                await this.sleep(wait);
                continue;
            }
            throw httpError(method, url, res.status, text, req.permission, wait !== undefined);
        }
    }
    /** Every item over all pages (`per_page=100`, following Link rel="next"), up to maxPages. */
    async paginate(path, opts = {}) {
        const items = [];
        let next = this.url(`${path}${path.includes('?') ? '&' : '?'}per_page=100`);
        for (let page = 0; next !== undefined && page < (opts.maxPages ?? 50); page++) {
            const res = await this.request({ url: next, permission: opts.permission });
            if (!Array.isArray(res.data)) {
                throw new errors/* CodedError */.AK('GITHUB_API_ERROR', `GET ${next} did not return a JSON array`);
            }
            items.push(...res.data);
            next = nextLink(res.headers.get('link'));
        }
        return items;
    }
    headers(req) {
        const h = {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'provlog',
        };
        if (this.token !== undefined && this.token !== '')
            h.authorization = `Bearer ${this.token}`;
        if (req.body !== undefined) {
            h['content-type'] = req.contentType ?? 'application/octet-stream';
            h['content-length'] = String(req.body.byteLength);
        }
        else if (req.json !== undefined)
            h['content-type'] = 'application/json';
        return h;
    }
}
function parseBody(text, url) {
    try {
        return (0,json_decode/* parseJson */.qF)(text, `response of ${url}`);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('GITHUB_API_ERROR', `${url} returned a body that is not JSON`, { cause });
    }
}
/** Parses `Link: <url>; rel="next", <url>; rel="last"` (RFC 8288 as GitHub writes it). */
function nextLink(header) {
    if (header === null)
        return undefined;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m?.[2]?.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}
function backoffMs(attempt) {
    return Math.min(1000 * 2 ** (attempt - 1), 16_000);
}
/**
 * How long to wait before retrying, or undefined when the failure is not retryable. 5xx and 429 retry;
 * 403 only when it is a rate limit (retry-after present, or x-ratelimit-remaining is 0).
 */
function retryWaitMs(res, attempt) {
    const retryAfter = res.headers.get('retry-after');
    const remaining = res.headers.get('x-ratelimit-remaining');
    const rateLimited = res.status === 429 || (res.status === 403 && (retryAfter !== null || remaining === '0'));
    if (!rateLimited && res.status < 500)
        return undefined;
    const after = (0,retry_after/* parseRetryAfter */.m)(retryAfter);
    if (after !== undefined)
        return after;
    const reset = res.headers.get('x-ratelimit-reset');
    if (remaining === '0' && reset !== null && /^\d+$/.test(reset)) {
        return Math.max(0, Number(reset) * 1000 - Date.now()) + 1000;
    }
    return rateLimited && res.status === 403 ? Math.max(60_000, backoffMs(attempt)) : backoffMs(attempt);
}
function messageOf(text) {
    try {
        const v = JSON.parse(text);
        if (typeof v === 'object' && v !== null && 'message' in v && typeof v.message === 'string') {
            const errors = 'errors' in v && Array.isArray(v.errors) ? ` ${JSON.stringify(v.errors)}` : '';
            return `${v.message}${errors}`;
        }
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return text.slice(0, 300);
}
function httpError(method, url, status, text, permission, retryable) {
    const message = messageOf(text);
    const details = { status, url, method, message, retryable };
    if (status === 401 || (status === 403 && !retryable)) {
        const need = permission ?? 'the needed permission';
        const hint = status === 401
            ? 'the token was rejected (expired or wrong `github-token`)'
            : `the token lacks permission; add \`permissions:\n  ${need}\` to the workflow or job`;
        return new errors/* CodedError */.AK('GITHUB_PERMISSION', `${method} ${url} returned ${status} (${message}): ${hint}`, {
            details: { ...details, permission: need },
        });
    }
    return new errors/* CodedError */.AK('GITHUB_API_ERROR', `${method} ${url} returned ${status}: ${message}`, { details });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/adapters/github/releases.ts
/**
 * Attaching provenance to a GitHub release (issue 4, behaviour 5; research/formats.md §4.7):
 * find the release by tag INCLUDING drafts (`GET /releases/tags/{tag}` returns published releases only),
 * upload through the release's own `upload_url` (raw bytes), replace a same-named asset (GitHub answers 422
 * to a duplicate name), and keep one marked "Provenance" section in the notes. Re-runs converge: one asset,
 * one section. A published immutable release cannot take assets: we say how to attach before publishing.
 */



const WRITE = 'contents: write';
function parseRelease(value) {
    const n = (0,json_decode/* decode */.D4)(value, 'GITHUB_API_ERROR', 'release');
    return {
        id: n.get('id').uint(),
        tagName: n.get('tag_name').string(),
        draft: n.optional('draft')?.boolean() ?? false,
        prerelease: n.optional('prerelease')?.boolean() ?? false,
        immutable: n.optional('immutable')?.boolean() ?? false,
        body: n.optional('body')?.string() ?? '',
        uploadUrl: stripUriTemplate(n.get('upload_url').string()),
        htmlUrl: n.optional('html_url')?.string() ?? '',
    };
}
function parseAsset(n) {
    return {
        id: n.get('id').uint(),
        name: n.get('name').string(),
        size: n.optional('size')?.uint() ?? 0,
        state: n.optional('state')?.string() ?? 'uploaded',
        browserDownloadUrl: n.optional('browser_download_url')?.string() ?? '',
    };
}
/** `https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}` -> without the RFC 6570 template. */
function stripUriTemplate(url) {
    return url.replace(/\{[^}]*\}$/, '');
}
/** `/repos/OWNER/REPO`, each part URL-encoded. */
function repoPath(r) {
    return `/repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
}
/**
 * The release for `tag`: a published one from the tags endpoint, else a draft from the full list (newest
 * first, as GitHub lists them). Throws RELEASE_NOT_FOUND, noting that drafts need `contents: write` to be seen.
 */
async function findReleaseByTag(api, repo, tag) {
    const res = await api.request({
        url: `${repoPath(repo)}/releases/tags/${encodeURIComponent(tag)}`,
        allow: [404],
        permission: WRITE,
    });
    if (res.status !== 404)
        return parseRelease(res.data);
    const all = await api.paginate(`${repoPath(repo)}/releases`, { permission: WRITE });
    const matches = all.map(parseRelease).filter((r) => r.tagName === tag);
    const found = matches.find((r) => !r.draft) ?? matches.sort((a, b) => b.id - a.id)[0];
    if (found === undefined) {
        throw new CodedError('RELEASE_NOT_FOUND', `no release (published or draft) for tag "${tag}" in ${repo.owner}/${repo.repo}; create the release first, ` +
            `and grant \`permissions:\n  ${WRITE}\` (drafts are invisible to read-only tokens)`, { details: { tag } });
    }
    return found;
}
async function listReleaseAssets(api, repo, releaseId) {
    const items = await api.paginate(`${repoPath(repo)}/releases/${releaseId}/assets`, { permission: WRITE });
    return items.map((item, i) => parseAsset((0,json_decode/* decode */.D4)(item, 'GITHUB_API_ERROR', `assets[${i}]`)));
}
/** Message for a published immutable release: the order of steps that works. */
function immutableReleaseError(release, cause) {
    return new CodedError('RELEASE_IMMUTABLE', `release ${release.tagName} is published and immutable, so no asset can be added or replaced. ` +
        'Attach provenance before publishing: create the release as a draft (`gh release create TAG --draft` or ' +
        '`draft: true`), run this step with `release-tag: TAG` while it is a draft, then publish it ' +
        '(`gh release edit TAG --draft=false`).', { cause, details: { tag: release.tagName, releaseId: release.id } });
}
function isImmutableRejection(error) {
    if (!isCodedError(error, 'GITHUB_API_ERROR'))
        return false;
    const status = error.details?.status;
    const message = error.details?.message;
    return status === 422 && typeof message === 'string' && /immutable/i.test(message);
}
/**
 * Uploads `data` as asset `name`, deleting an existing asset of that name first (also a half-uploaded
 * `starter` one left by an earlier failure). Upload retries on 5xx re-check for a leftover asset.
 */
async function uploadReleaseAsset(api, repo, release, name, data) {
    if (release.immutable && !release.draft)
        throw immutableReleaseError(release);
    const attempts = 3;
    for (let attempt = 1;; attempt++) {
        try {
            for (const asset of await listReleaseAssets(api, repo, release.id)) {
                if (asset.name === name) {
                    await api.request({
                        method: 'DELETE',
                        url: `${repoPath(repo)}/releases/assets/${asset.id}`,
                        permission: WRITE,
                        allow: [404], // already gone: a retried DELETE that had succeeded
                    });
                }
            }
            const res = await api.request({
                method: 'POST',
                url: `${release.uploadUrl}?name=${encodeURIComponent(name)}`,
                body: data,
                contentType: 'application/json', // what provlog uploads: Sigstore bundles
                permission: WRITE,
                retry: false,
            });
            return parseAsset(decode(res.data, 'GITHUB_API_ERROR', 'uploaded asset'));
        }
        catch (error) {
            if (isImmutableRejection(error))
                throw immutableReleaseError(release, error);
            const retryable = isCodedError(error, 'GITHUB_API_ERROR') && error.details?.retryable === true;
            if (!retryable || attempt >= attempts)
                throw error;
        }
    }
}
/**
 * Puts `section` between the provenance markers in the release notes (replacing an earlier one) and
 * PATCHes the release only when the body changes. Returns the release as the server now has it.
 */
async function updateReleaseNotes(api, repo, release, section) {
    const current = parseRelease((await api.request({ url: `${repoPath(repo)}/releases/${release.id}`, permission: WRITE })).data);
    const body = replaceMarkedSection(current.body, section);
    if (body === current.body)
        return current;
    try {
        const res = await api.request({
            method: 'PATCH',
            url: `${repoPath(repo)}/releases/${release.id}`,
            json: { body },
            permission: WRITE,
        });
        return parseRelease(res.data);
    }
    catch (error) {
        if (isImmutableRejection(error))
            throw immutableReleaseError(current, error);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/release-assets.ts
/**
 * Reading a published GitHub release for `provlog verify-release`: the release by tag, its assets, and each
 * asset's bytes (see openAsset). Artifacts are hashed while they stream — a release of gigabytes never touches the
 * disk or sits in memory; bundles are read as capped text. A token is optional (public repositories).
 */



/** Bundle assets, by the names OpenSSF Scorecard recognises (and the legacy `.sigstore`). */
function isBundleAssetName(name) {
    return /\.(?:sigstore\.json|sigstore|intoto\.jsonl)$/.test(name);
}
/** `OWNER/REPO@TAG` -> parts; USAGE otherwise. */
function parseReleaseRef(text) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@(.+)$/.exec(text);
    if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) {
        throw new errors/* CodedError */.AK('USAGE', `"${text}" is not OWNER/REPO@TAG`);
    }
    return { owner: m[1], repo: m[2], tag: m[3] };
}
/** A published release and its assets; RELEASE_NOT_FOUND when the tag has none (drafts are not looked at). */
async function fetchPublishedRelease(api, repo, tag) {
    const path = repoPath(repo);
    const res = await api.request({ url: `${path}/releases/tags/${encodeURIComponent(tag)}`, allow: [404] });
    if (res.status === 404) {
        throw new errors/* CodedError */.AK('RELEASE_NOT_FOUND', `no published release for tag "${tag}" in ${repo.owner}/${repo.repo}`, {
            details: { tag },
        });
    }
    const release = parseRelease(res.data);
    return { release, assets: await listReleaseAssets(api, repo, release.id) };
}
/** Per download attempt: release assets can be large. */
const DOWNLOAD_TIMEOUT_MS = 300_000;
/** Bundles are small; a bundle asset larger than this is not a bundle. */
const MAX_BUNDLE_ASSET_BYTES = 64 * 1024 * 1024;
/**
 * The asset's bytes: first its `browser_download_url` WITHOUT credentials (public releases; the token never
 * goes to a download host), then — for private repositories, with a token — the REST asset endpoint with
 * `Accept: application/octet-stream`.
 */
async function openAsset(d, repo, asset) {
    const attempts = [];
    if (asset.browserDownloadUrl !== '')
        attempts.push({ url: asset.browserDownloadUrl, headers: { 'user-agent': 'provlog' } });
    if (d.token !== undefined && d.token !== '') {
        attempts.push({
            url: d.api.url(`${repoPath(repo)}/releases/assets/${asset.id}`),
            headers: { accept: 'application/octet-stream', 'user-agent': 'provlog', authorization: `Bearer ${d.token}` },
        });
    }
    let problem = 'no download URL';
    for (const attempt of attempts) {
        let res;
        try {
            res = await fetch(attempt.url, {
                headers: attempt.headers,
                redirect: 'follow',
                signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
            });
        }
        catch (cause) {
            problem = cause.message;
            continue;
        }
        if (res.ok && res.body !== null)
            return res;
        await res.body?.cancel();
        problem = `HTTP ${res.status}`;
    }
    throw new errors/* CodedError */.AK('GITHUB_API_ERROR', `download of release asset ${asset.name} failed: ${problem}`, {
        details: { asset: asset.name },
    });
}
/** Hex SHA-256 of an asset, hashed as it streams. */
async function downloadAssetDigest(d, repo, asset) {
    const res = await openAsset(d, repo, asset);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of res.body ?? [])
        hash.update(chunk);
    return hash.digest('hex');
}
/** An asset as UTF-8 text, refusing more than MAX_BUNDLE_ASSET_BYTES. */
async function downloadAssetText(d, repo, asset) {
    const res = await openAsset(d, repo, asset);
    const chunks = [];
    let total = 0;
    for await (const chunk of res.body ?? []) {
        total += chunk.byteLength;
        if (total > MAX_BUNDLE_ASSET_BYTES) {
            throw new errors/* CodedError */.AK('TOO_LARGE', `${asset.name} is larger than ${MAX_BUNDLE_ASSET_BYTES} bytes; not a bundle`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

// EXTERNAL MODULE: ./src/core/policy/match.ts
var match = __webpack_require__(3943);
// EXTERNAL MODULE: ./src/flows/verify.ts + 7 modules
var verify = __webpack_require__(5186);
// EXTERNAL MODULE: ./src/flows/verify-inputs.ts
var verify_inputs = __webpack_require__(2500);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/merkle/consistency.ts
var consistency = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/core/note/checkpoint.ts
var note_checkpoint = __webpack_require__(2452);
// EXTERNAL MODULE: ./src/core/note/note.ts
var note_note = __webpack_require__(9958);
// EXTERNAL MODULE: ./src/core/bundle/codec.ts + 2 modules
var codec = __webpack_require__(6651);
// EXTERNAL MODULE: ./src/core/merkle/hash.ts
var hash = __webpack_require__(304);
// EXTERNAL MODULE: ./src/core/merkle/inclusion.ts
var inclusion = __webpack_require__(9620);
;// CONCATENATED MODULE: ./src/flows/verify-log-entry.ts





function notProven(log, entry, problem, cause) {
    return new errors/* CodedError */.AK('LOG_ENTRY_NOT_PROVEN', `${log.baseUrl} entry #${entry.logIndex} (bundle with a SET but no inclusion proof): ${problem}`, { cause, details: { logIndex: entry.logIndex } });
}
/**
 * Fetches the log's inclusion proof for `entry` and verifies it against a checkpoint signed by the trusted log
 * key (`verifyCheckpoint`); returns that checkpoint. LOG_ENTRY_NOT_PROVEN when the log does not serve the entry,
 * serves another one at that index, gives no proof, or a proof or checkpoint that does not verify.
 */
async function proveSetOnlyEntry(reader, log, entry, verifyCheckpoint) {
    const served = await reader.getEntryByIndex(entry.logIndex);
    if (served === undefined)
        throw notProven(log, entry, 'the log does not serve this entry');
    let logged;
    try {
        logged = (0,codec/* tlogEntryFromRekor */.ay)(served.uuid, served.entry);
    }
    catch (error) {
        if (!(0,errors/* isCodedError */.IG)(error))
            throw error;
        throw notProven(log, entry, `the log's answer is not a valid entry (${error.message})`, error);
    }
    if (!(0,bytes/* bytesEqual */.O6)(logged.canonicalizedBody, entry.canonicalizedBody)) {
        throw notProven(log, entry, 'the log serves a different entry at this index');
    }
    if (logged.logIndex !== entry.logIndex || logged.integratedTime !== entry.integratedTime) {
        throw notProven(log, entry, "the log's entry has another index or integrated time than the one its SET signs");
    }
    const proof = logged.inclusionProof;
    if (proof?.checkpoint === undefined)
        throw notProven(log, entry, 'the log gives no inclusion proof for it');
    let checkpoint;
    try {
        checkpoint = verifyCheckpoint(proof.checkpoint, log);
    }
    catch (error) {
        if (!(0,errors/* isCodedError */.IG)(error))
            throw error;
        throw notProven(log, entry, `the proof's checkpoint does not verify (${error.message})`, error);
    }
    const { size, rootHash } = checkpoint.checkpoint;
    if (size !== proof.treeSize || !(0,bytes/* bytesEqual */.O6)(rootHash, proof.rootHash)) {
        throw notProven(log, entry, `the proof is for another tree than its checkpoint (size ${size})`);
    }
    try {
        // The bundle's own body: a proof for whatever the log serves would prove nothing about this bundle.
        (0,inclusion/* verifyInclusion */.yR)(proof.logIndex, size, (0,hash/* leafHash */.Jq)(entry.canonicalizedBody), proof.hashes, rootHash);
    }
    catch (error) {
        if (!(0,errors/* isCodedError */.IG)(error))
            throw error;
        throw notProven(log, entry, `the inclusion proof does not verify (${error.message})`, error);
    }
    return checkpoint;
}

;// CONCATENATED MODULE: ./src/flows/verify-log.ts







/** Verifies a signed checkpoint with the log's key (Rekor v1: key hint = first 4 bytes of SHA-256(SPKI)). */
function verifyLogCheckpoint(signedNote, log) {
    const { note, checkpoint } = (0,note_checkpoint/* parseSignedCheckpoint */.Ac)(signedNote);
    const name = (0,note_checkpoint/* parseRekorOrigin */.hA)(checkpoint.origin)?.name ?? checkpoint.origin;
    (0,note_note/* verifyNote */.W4)(note, [(0,note_note/* noteVerifier */.P8)(name, log.publicKey, (0,note_note/* spkiKeyHint */.Uf)(log.publicKey))]);
    return { signedNote, checkpoint };
}
function splitView(what, first, second, cause) {
    return new errors/* CodedError */.AK('SPLIT_VIEW', `split view of log ${first.checkpoint.origin}: ${what} (tree size ${first.checkpoint.size} root ` +
        `${(0,bytes/* toHex */.nj)(first.checkpoint.rootHash)} vs tree size ${second.checkpoint.size} root ` +
        `${(0,bytes/* toHex */.nj)(second.checkpoint.rootHash)}); both checkpoints are signed by the log key`, { cause, details: { evidence: { first: first.signedNote, second: second.signedNote } } });
}
/**
 * Proves `older` is a prefix of `newer` with a proof fetched from the log; SPLIT_VIEW when it is not. A log
 * that now serves a SMALLER tree than one it signed before has rolled back or forked: also SPLIT_VIEW.
 */
async function proveConsistent(reader, older, newer, what) {
    const a = older.checkpoint;
    const b = newer.checkpoint;
    if (a.size > b.size)
        throw splitView(`${what}: the log now serves a smaller tree than it signed before`, older, newer);
    if (a.size === b.size) {
        if (!(0,bytes/* bytesEqual */.O6)(a.rootHash, b.rootHash))
            throw splitView(`${what}: same size, different roots`, older, newer);
        return;
    }
    if (a.size === 0)
        return; // the empty tree is a prefix of every tree
    const treeId = (0,note_checkpoint/* parseRekorOrigin */.hA)(b.origin)?.treeId;
    const proof = await reader.getConsistencyProof(a.size, b.size, treeId);
    try {
        (0,consistency/* verifyConsistency */.K)(a.size, b.size, proof.hashes, a.rootHash, b.rootHash);
    }
    catch (error) {
        if ((0,errors/* isCodedError */.IG)(error, 'CONSISTENCY_PROOF_INVALID')) {
            throw splitView(`${what}: the log's consistency proof does not connect them`, older, newer, error);
        }
        throw error;
    }
}
/** Fetches and verifies the log's current checkpoint; LOG_RESPONSE_INVALID if LogInfo disagrees with it. */
async function fetchCurrentCheckpoint(reader, log) {
    const info = await reader.getLogInfo();
    const current = verifyLogCheckpoint(info.signedTreeHead, log);
    if (current.checkpoint.size !== info.treeSize || !(0,bytes/* bytesEqual */.O6)(current.checkpoint.rootHash, info.rootHash)) {
        throw new errors/* CodedError */.AK('LOG_RESPONSE_INVALID', `${log.baseUrl}: log info disagrees with its own signed tree head`);
    }
    return current;
}
/**
 * Checks one log: the bundle's checkpoint and the remembered one (if any) must both be prefixes of the log's
 * current tree. On success the current checkpoint becomes the remembered one (`state` is updated in place).
 */
async function checkLog(target, reader, state) {
    const logUrl = target.log.baseUrl;
    let origin = '';
    const sizes = {};
    try {
        const current = await fetchCurrentCheckpoint(reader, target.log);
        origin = current.checkpoint.origin;
        sizes.currentSize = current.checkpoint.size;
        const notes = [];
        if (target.bundleCheckpoint !== undefined) {
            const fromBundle = verifyLogCheckpoint(target.bundleCheckpoint, target.log);
            if (fromBundle.checkpoint.origin !== origin) {
                throw new errors/* CodedError */.AK('LOG_RESPONSE_INVALID', `the bundle's checkpoint is for tree "${fromBundle.checkpoint.origin}" but the log now serves ` +
                    `"${origin}" (a new shard?): consistency cannot be checked`);
            }
            sizes.bundleSize = fromBundle.checkpoint.size;
            await proveConsistent(reader, fromBundle, current, 'bundle checkpoint vs current checkpoint');
            notes.push(`bundle tree ${fromBundle.checkpoint.size} is a prefix of current tree ${current.checkpoint.size}`);
        }
        else if (target.setOnlyEntry !== undefined) {
            const entry = target.setOnlyEntry;
            const proven = await proveSetOnlyEntry(reader, target.log, entry, verifyLogCheckpoint);
            if (proven.checkpoint.origin !== origin) {
                throw new errors/* CodedError */.AK('LOG_RESPONSE_INVALID', `the log proved entry #${entry.logIndex} in tree "${proven.checkpoint.origin}" but serves "${origin}"`);
            }
            sizes.bundleSize = proven.checkpoint.size;
            // The proof may be for a tree a little newer than the current checkpoint fetched just before it.
            const [older, newer] = proven.checkpoint.size <= current.checkpoint.size ? [proven, current] : [current, proven];
            await proveConsistent(reader, older, newer, "entry's proof checkpoint vs current checkpoint");
            notes.push(`entry #${entry.logIndex} (SET only) proven in tree ${proven.checkpoint.size} by the log's inclusion ` +
                `proof, consistent with current tree ${current.checkpoint.size}`);
        }
        const remembered = state?.get(origin);
        if (remembered !== undefined) {
            const seen = verifyLogCheckpoint(remembered.signedNote, target.log);
            sizes.rememberedSize = seen.checkpoint.size;
            await proveConsistent(reader, seen, current, 'remembered checkpoint vs current checkpoint');
            notes.push(`remembered tree ${seen.checkpoint.size} is a prefix of it`);
        }
        state?.set(origin, { signedNote: current.signedNote, logUrl });
        if (notes.length === 0)
            notes.push(`current tree ${current.checkpoint.size} verified (nothing to compare yet)`);
        return { logUrl, origin, ok: true, detail: notes.join('; '), ...sizes };
    }
    catch (error) {
        if (!(0,errors/* isCodedError */.IG)(error))
            throw error;
        const evidence = error.details?.evidence;
        return {
            logUrl,
            origin,
            ok: false,
            detail: error.message,
            ...sizes,
            error: {
                code: error.code,
                message: error.message,
                ...(isEvidence(evidence) ? { evidence } : {}),
            },
        };
    }
}
function isEvidence(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return typeof v.first === 'string' && typeof v.second === 'string';
}
/**
 * Split-view checks for a verify report: one check per (log, bundle checkpoint) among the verified results,
 * each added to its results as a `log-consistency` check; a failed check marks them not verified with its error.
 * `state` (the --checkpoint-file memory) is updated in place; the caller persists it.
 */
async function checkReportLogs(report, openReader, state) {
    const out = [];
    const done = new Map();
    for (const r of report.results) {
        const log = r.result?.tlog[0]?.log;
        if (!r.verified || log === undefined || r.logEntry === undefined)
            continue;
        const { checkpoint, logIndex, integratedTime, canonicalizedBody } = r.logEntry;
        const key = `${log.baseUrl}\n${checkpoint ?? `#${logIndex}`}`;
        let check = done.get(key);
        if (check === undefined) {
            const target = checkpoint === undefined
                ? { log, setOnlyEntry: { logIndex, integratedTime, canonicalizedBody } }
                : { log, bundleCheckpoint: checkpoint };
            check = await checkLog(target, openReader(log.baseUrl), state);
            done.set(key, check);
            out.push(check);
        }
        r.checks.push({ name: 'log-consistency', ok: check.ok, detail: check.detail });
        if (!check.ok && check.error !== undefined) {
            r.verified = false;
            r.error = { code: check.error.code, message: check.error.message };
        }
    }
    report.verified = report.results.every((x) => x.verified);
    return out;
}
/** --checkpoint-file content: `{"version":1,"logs":{"<origin>":{"checkpoint":"<signed note>","logUrl":"…"}}}`. */
function parseCheckpointState(text, what = 'checkpoint file') {
    const root = (0,json_decode/* decodeJson */.xO)(text, 'INVALID_FIELD', what);
    root.onlyKeys(['version', 'logs']);
    if (root.get('version').value !== 1)
        root.get('version').fail('must be 1');
    const state = new Map();
    for (const [origin, node] of root.get('logs').entries()) {
        node.onlyKeys(['checkpoint', 'logUrl']);
        const signedNote = node.get('checkpoint').nonEmptyString();
        try {
            if ((0,note_checkpoint/* parseSignedCheckpoint */.Ac)(signedNote).checkpoint.origin !== origin)
                node.fail('origin does not match its key');
        }
        catch (error) {
            if ((0,errors/* isCodedError */.IG)(error, 'INVALID_FIELD'))
                throw error;
            node.get('checkpoint').fail(`is not a signed checkpoint (${(0,errors/* isCodedError */.IG)(error) ? error.message : 'unreadable'})`);
        }
        state.set(origin, { signedNote, logUrl: node.get('logUrl').string() });
    }
    return state;
}
function formatCheckpointState(state) {
    const logs = {};
    for (const [origin, v] of [...state.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        logs[origin] = { checkpoint: v.signedNote, logUrl: v.logUrl };
    }
    return `${JSON.stringify({ version: 1, logs }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/flows/verify-release.ts
/**
 * `provlog verify-release`'s inputs from a published GitHub release: its bundle assets (`*.sigstore.json`,
 * `*.intoto.jsonl`, ...) are the bundles, every other asset (or those matching `--asset` globs) is an artifact,
 * verified by the SHA-256 of its download. The verification itself is the verify flow's.
 */


async function releaseVerifyInputs(downloader, ref, assetPatterns) {
    const { assets } = await fetchPublishedRelease(downloader.api, ref, ref.tag);
    const targets = assets.filter((a) => !isBundleAssetName(a.name) && (assetPatterns.length === 0 || assetPatterns.some((g) => g.test(a.name))));
    if (targets.length === 0) {
        throw new errors/* CodedError */.AK('NO_SUBJECTS', `release ${ref.tag} has no asset to verify${assetPatterns.length > 0 ? ' matching --asset' : ''}`);
    }
    const bundles = [];
    for (const a of assets.filter((x) => isBundleAssetName(x.name))) {
        bundles.push({ kind: 'text', name: a.name, text: await downloadAssetText(downloader, ref, a) });
    }
    const artifacts = [];
    for (const a of targets) {
        artifacts.push({ kind: 'digest', name: a.name, digest: `sha256:${await downloadAssetDigest(downloader, ref, a)}` });
    }
    return { artifacts, bundles };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/verify-output.ts
var verify_output = __webpack_require__(3747);
;// CONCATENATED MODULE: ./src/cli/verify.ts
/**
 * `provlog verify` and `provlog verify-release` (issue 5): flags -> the verify flow -> a report and an exit code
 * (0 verified, 1 not verified / policy violated, 2 usage or unreadable input). Offline unless --check-log.
 *
 * Identity matching: `--cert-identity` and `--cert-oidc-issuer` compare exactly; a value written as `/…/` is a
 * regular expression, as are `--cert-identity-regexp` / `--cert-oidc-issuer-regexp`. A regular expression
 * must match the WHOLE value (it is anchored), so `/https:\/\/github\.com\/acme\/.*` + `/` cannot match a
 * look-alike that merely contains the prefix.
 */















const COMMON_OPTIONS = {
    'trusted-root': {
        type: 'string',
        value: 'R.json',
        help: 'Sigstore trusted root (default: the built-in public-good root)',
    },
    key: {
        type: 'string',
        multiple: true,
        value: 'PUB.pem',
        help: 'trusted public key (PEM SPKI) for key-signed bundles',
    },
    'cert-identity': { type: 'string', value: 'ID', help: 'expected certificate SAN, exact (or /regex/, whole value)' },
    'cert-identity-regexp': { type: 'string', value: 'RE', help: 'expected certificate SAN as a regular expression' },
    'cert-oidc-issuer': { type: 'string', value: 'ISS', help: 'expected OIDC issuer, exact (or /regex/, whole value)' },
    'cert-oidc-issuer-regexp': { type: 'string', value: 'RE', help: 'expected OIDC issuer as a regular expression' },
    policy: { type: 'string', value: 'P.yml', help: 'policy file (signers, logs, requirements); flags add to it' },
    repo: { type: 'string', multiple: true, value: 'OWNER/REPO', help: 'required source repository (glob)' },
    'source-ref': { type: 'string', multiple: true, value: 'REF', help: 'required source ref, e.g. refs/tags/v* (glob)' },
    'signer-workflow': {
        type: 'string',
        multiple: true,
        value: 'PATH',
        help: 'required workflow path, e.g. .github/workflows/release.yml (glob)',
    },
    'deny-self-hosted-runners': { type: 'boolean', help: 'require a GitHub-hosted runner' },
    'max-age': {
        type: 'string',
        value: 'DUR',
        help: 'reject attestations logged longer ago than DUR (90s, 12h, 30d, 2w)',
    },
    json: { type: 'boolean', help: 'print the result as JSON (schema https://provlog.dev/verify/v1) on stdout' },
    'check-log': {
        type: 'boolean',
        help: "online: verify the log's current checkpoint and a consistency proof from the bundle's (split-view check)",
    },
    'checkpoint-file': {
        type: 'string',
        value: 'F',
        help: 'remember the newest verified checkpoint per log in F and fail on an inconsistent one (implies --check-log)',
    },
};
const VERIFY_SPEC = {
    name: 'verify',
    usage: 'provlog verify FILE... | --digest sha256:HEX  --bundle B.json [options]',
    summary: 'Verify that each file (or digest) is a subject of a Sigstore bundle signed by a trusted key or identity, ' +
        'recorded in a trusted transparency log, and that its provenance meets the requirements. Offline unless ' +
        '--check-log. Exit 0 verified, 1 not verified, 2 usage or unreadable input.',
    options: {
        digest: { type: 'string', multiple: true, value: 'sha256:HEX', help: 'verify a digest instead of a file' },
        bundle: { type: 'string', multiple: true, value: 'B.json', help: 'bundle file (JSON, or JSONL: one per line)' },
        ...COMMON_OPTIONS,
    },
};
const VERIFY_RELEASE_SPEC = {
    name: 'verify-release',
    usage: 'provlog verify-release OWNER/REPO@TAG [--asset GLOB]... [--github-url URL] [options]',
    summary: "Download a published GitHub release's assets and its bundles (*.sigstore.json, *.intoto.jsonl) and verify " +
        'every asset. The source repository must be OWNER/REPO unless --repo says otherwise. GITHUB_TOKEN is used ' +
        'when set (optional for public repositories).',
    options: {
        asset: { type: 'string', multiple: true, value: 'GLOB', help: 'verify only assets whose name matches' },
        'github-url': {
            type: 'string',
            value: 'URL',
            help: 'GitHub REST API base (default $GITHUB_API_URL or https://api.github.com; GHES: https://HOST/api/v3)',
        },
        ...COMMON_OPTIONS,
    },
};
/** Exact unless written /…/; the -regexp flag always a regular expression. */
function pattern(args, flag) {
    const re = (0,cli_args/* stringValue */.r$)(args, `${flag}-regexp`);
    const exact = (0,cli_args/* stringValue */.r$)(args, flag);
    if (re !== undefined && exact !== undefined)
        throw new errors/* CodedError */.AK('USAGE', `give --${flag} or --${flag}-regexp, not both`);
    const asRegex = re ?? (exact !== undefined && /^\/.+\/$/.test(exact) ? exact.slice(1, -1) : undefined);
    if (asRegex === undefined)
        return exact;
    try {
        return new RegExp(asRegex);
    }
    catch {
        throw new errors/* CodedError */.AK('USAGE', `--${flag}: "${asRegex}" is not a valid regular expression`);
    }
}
function identityFromFlags(args) {
    const san = pattern(args, 'cert-identity');
    const issuer = pattern(args, 'cert-oidc-issuer');
    if (san === undefined && issuer === undefined)
        return undefined;
    if (san === undefined || issuer === undefined) {
        throw new errors/* CodedError */.AK('USAGE', '--cert-identity and --cert-oidc-issuer go together (exact or regular expression)');
    }
    return { san, issuer };
}
function requirementsFromFlags(args) {
    const req = {};
    const repos = (0,cli_args/* stringList */.Yn)(args, 'repo');
    if (!repos.every(match/* isRepositoryPattern */.Fk))
        throw new errors/* CodedError */.AK('USAGE', '--repo must be OWNER/REPO');
    if (repos.length > 0)
        req.repositories = repos;
    const refs = (0,cli_args/* stringList */.Yn)(args, 'source-ref');
    if (refs.length > 0)
        req.refs = refs;
    const workflows = (0,cli_args/* stringList */.Yn)(args, 'signer-workflow');
    if (workflows.length > 0)
        req.workflows = workflows;
    if ((0,cli_args/* booleanValue */.eC)(args, 'deny-self-hosted-runners'))
        req.runnerEnvironment = 'github-hosted';
    const maxAge = (0,cli_args/* stringValue */.r$)(args, 'max-age');
    if (maxAge !== undefined) {
        const seconds = (0,match/* parseDuration */.E9)(maxAge);
        if (seconds === null)
            throw new errors/* CodedError */.AK('USAGE', `--max-age "${maxAge}" is not a duration like 90s, 12h, 30d, 2w`);
        req.maxAgeSeconds = seconds;
    }
    return req;
}
/** Trust and requirements from flags plus --policy: roots and signers add up; a requirement flag replaces the policy's. */
async function trustFromArgs(args, io, implied = {}) {
    const path = (p) => (0,external_node_path_.resolve)(io.cwd, p);
    const roots = [];
    const keys = [];
    const identities = [];
    let requirements = { ...implied };
    const policyPath = (0,cli_args/* stringValue */.r$)(args, 'policy');
    if (policyPath !== undefined) {
        const policy = await (0,verify_inputs/* loadPolicy */.tb)(path(policyPath));
        roots.push(...policy.trustedRoots);
        keys.push(...policy.keys);
        identities.push(...policy.identities);
        requirements = (0,verify_inputs/* mergeRequirements */.Bv)(requirements, policy.requirements);
    }
    const rootPath = (0,cli_args/* stringValue */.r$)(args, 'trusted-root');
    if (rootPath !== undefined)
        roots.push(await (0,verify_inputs/* loadTrustedRoot */.KE)(path(rootPath)));
    for (const k of (0,cli_args/* stringList */.Yn)(args, 'key'))
        keys.push(await (0,verify_inputs/* loadPublicKey */.fg)(path(k)));
    const identity = identityFromFlags(args);
    if (identity !== undefined)
        identities.push(identity);
    return {
        trustedRoot: (0,verify_inputs/* mergeTrustedRoots */.bg)(roots), // the built-in public-good root when none is given
        keys,
        identities,
        requirements: (0,verify_inputs/* mergeRequirements */.Bv)(requirements, requirementsFromFlags(args)),
    };
}
/** --check-log / --checkpoint-file: one check per (log, bundle checkpoint); failures mark the artifacts. */
async function checkLogs(report, args, io) {
    const statePath = (0,cli_args/* stringValue */.r$)(args, 'checkpoint-file');
    if (!(0,cli_args/* booleanValue */.eC)(args, 'check-log') && statePath === undefined)
        return [];
    const absState = statePath === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, statePath);
    let state;
    if (absState !== undefined) {
        const text = await (0,read/* readOptionalTextFile */.Q3)(absState);
        state = text === undefined ? new Map() : parseCheckpointState(text, absState);
    }
    const out = await checkReportLogs(report, (baseUrl) => new rekor_v1/* RekorClient */.h({ baseUrl, retries: 1, timeoutMs: 15_000 }), state);
    if (state !== undefined && absState !== undefined && out.some((c) => c.ok)) {
        await (0,read/* writeTextFileAtomic */.ol)(absState, formatCheckpointState(state));
    }
    return out;
}
function finish(report, logChecks, args, io) {
    io.stdout((0,cli_args/* booleanValue */.eC)(args, 'json')
        ? (0,verify_output/* formatVerifyJson */.FQ)(report, logChecks)
        : (0,verify_output/* formatVerifyHuman */.OK)(report, logChecks, (0,cli_io/* useColor */.b)(io)));
    const codes = (0,verify/* failureCodes */.Nc)(report);
    // A failed log check marks its results not verified, with its error code: it shows up in `codes`.
    if (codes.length === 0)
        return exit_codes/* EXIT_OK */.Ij;
    return Math.max(...codes.map(exit_codes/* exitCodeForCode */.et));
}
async function runVerify(argv, io) {
    const args = (0,cli_args/* parseCommandArgs */.Qx)(VERIFY_SPEC, argv);
    if (args.values.help === true) {
        io.stdout((0,cli_args/* formatHelp */.B2)(VERIFY_SPEC));
        return exit_codes/* EXIT_OK */.Ij;
    }
    const artifacts = [
        ...args.positionals.map((p) => ({ kind: 'file', path: (0,external_node_path_.resolve)(io.cwd, p) })),
        ...(0,cli_args/* stringList */.Yn)(args, 'digest').map((d) => ({ kind: 'digest', digest: d })),
    ];
    if (artifacts.length === 0) {
        throw new errors/* CodedError */.AK('USAGE', 'nothing to verify: give FILE... or --digest sha256:HEX (see `provlog verify --help`)');
    }
    const bundles = (0,cli_args/* stringList */.Yn)(args, 'bundle').map((b) => ({
        kind: 'file',
        path: (0,external_node_path_.resolve)(io.cwd, b),
        name: b,
    }));
    if (bundles.length === 0)
        throw new errors/* CodedError */.AK('USAGE', '--bundle is required (see `provlog verify --help`)');
    const trust = await trustFromArgs(args, io);
    const request = { artifacts, bundles, ...trust, now: Math.floor(Date.now() / 1000) };
    const report = await (0,verify/* verifyArtifacts */.Fr)(request);
    // Show paths as the user typed them.
    for (const [i, p] of args.positionals.entries()) {
        const r = report.results[i];
        if (r !== undefined)
            r.artifact = p;
    }
    const logChecks = await checkLogs(report, args, io);
    return finish(report, logChecks, args, io);
}
async function runVerifyRelease(argv, io) {
    const args = (0,cli_args/* parseCommandArgs */.Qx)(VERIFY_RELEASE_SPEC, argv);
    if (args.values.help === true) {
        io.stdout((0,cli_args/* formatHelp */.B2)(VERIFY_RELEASE_SPEC));
        return exit_codes/* EXIT_OK */.Ij;
    }
    if (args.positionals.length !== 1 || args.positionals[0] === undefined) {
        throw new errors/* CodedError */.AK('USAGE', 'give exactly one OWNER/REPO@TAG (see `provlog verify-release --help`)');
    }
    const ref = parseReleaseRef(args.positionals[0]);
    const token = io.env.GITHUB_TOKEN === '' ? undefined : io.env.GITHUB_TOKEN;
    const api = new GitHubApi({
        baseUrl: (0,cli_args/* stringValue */.r$)(args, 'github-url') ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
        ...(token === undefined ? {} : { token }),
    });
    const trust = await trustFromArgs(args, io, { repositories: [`${ref.owner}/${ref.repo}`] });
    const downloader = { api, ...(token === undefined ? {} : { token }) };
    const { artifacts, bundles } = await releaseVerifyInputs(downloader, ref, (0,cli_args/* stringList */.Yn)(args, 'asset').map(match/* globToRegExp */.tL));
    const report = await (0,verify/* verifyArtifacts */.Fr)({ artifacts, bundles, ...trust, now: Math.floor(Date.now() / 1000) });
    const logChecks = await checkLogs(report, args, io);
    return finish(report, logChecks, args, io);
}


/***/ }),

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ consistencyProof),
/* harmony export */   K: () => (/* binding */ verifyConsistency)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9596);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(304);
/* harmony import */ var _math_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3566);
/* harmony import */ var _proof_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5369);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6196);
/**
 * Consistency proofs: RFC 6962 §2.1.2 PROOF/SUBPROOF for generation, RFC 9162 §2.1.4.2 for verification.
 * A size-0 old tree is rejected (as Rekor clients do): it proves nothing and is the usual sign of a bug.
 */






function assertSizes(oldSize, newSize, code) {
    (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .assertSize */ .Sl)(oldSize, 'oldSize');
    (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .assertSize */ .Sl)(newSize, 'newSize');
    if (oldSize > newSize || oldSize === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK(code, `no consistency proof between sizes ${oldSize} and ${newSize} (need 1 <= old <= new)`, {
            details: { oldSize, newSize },
        });
    }
}
/**
 * PROOF(m, D[n]) = SUBPROOF(m, D[n], true) (RFC 6962 §2.1.2), from stored nodes. Only the first descent into
 * a left half needs a compact range (the right sibling up to the edge); every other hash is one stored node.
 * Throws INDEX_OUT_OF_RANGE unless 1 <= oldSize <= newSize; equal sizes give an empty proof.
 */
function consistencyProof(oldSize, newSize, reader) {
    assertSizes(oldSize, newSize, 'INDEX_OUT_OF_RANGE');
    const rootToLeaf = [];
    let start = 0;
    let end = newSize;
    let complete = true; // SUBPROOF's b: the old tree is still a node of the subtree being split
    while (end !== oldSize) {
        const k = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .splitPoint */ .bW)(end - start);
        if (oldSize - start <= k) {
            rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start + k, end, reader));
            end = start + k;
        }
        else {
            rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start, start + k, reader));
            start += k;
            complete = false;
        }
    }
    if (!complete)
        rootToLeaf.push((0,_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .subtreeRoot */ .Js)(start, end, reader));
    return rootToLeaf.reverse();
}
/**
 * Throws CONSISTENCY_PROOF_INVALID unless `proof` shows the tree of `oldSize` with root `oldRoot` is a prefix
 * of the tree of `newSize` with root `newRoot` (RFC 9162 §2.1.4.2). Equal sizes need an empty proof and
 * equal roots.
 */
function verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot) {
    assertSizes(oldSize, newSize, 'CONSISTENCY_PROOF_INVALID');
    (0,_proof_input_js__WEBPACK_IMPORTED_MODULE_4__/* .assertProofHashes */ .F)(proof, 'CONSISTENCY_PROOF_INVALID');
    if (oldSize === newSize) {
        if (proof.length !== 0)
            throw invalid('a proof between equal sizes must be empty', oldSize, newSize);
        if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(oldRoot, newRoot))
            throw invalid('roots differ for the same tree size', oldSize, newSize);
        return;
    }
    if (proof.length === 0)
        throw invalid('the proof is empty', oldSize, newSize);
    // Step 2: when the old tree is a complete subtree its root is the first node of the path.
    const path = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isPowerOfTwo */ .r6)(oldSize) ? [oldRoot, ...proof] : proof;
    let fn = oldSize - 1;
    let sn = newSize - 1;
    while ((0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn)) {
        fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
        sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
    }
    const [first, ...rest] = path;
    if (first === undefined)
        throw invalid('the proof is empty', oldSize, newSize);
    let fr = first;
    let sr = first;
    for (const c of rest) {
        if (sn === 0)
            throw invalid('the proof is too long', oldSize, newSize);
        if ((0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn) || fn === sn) {
            fr = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(c, fr);
            sr = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(c, sr);
            if (!(0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn)) {
                do {
                    fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
                    sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
                } while (!(0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .isOdd */ .Aq)(fn) && fn !== 0);
            }
        }
        else {
            sr = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeHash */ .zB)(sr, c);
        }
        fn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(fn);
        sn = (0,_math_js__WEBPACK_IMPORTED_MODULE_3__/* .half */ .MX)(sn);
    }
    if (sn !== 0)
        throw invalid('the proof is too short', oldSize, newSize);
    if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(fr, oldRoot))
        throw invalid('the proof does not lead to the old root', oldSize, newSize);
    if (!(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesEqual */ .O6)(sr, newRoot))
        throw invalid('the proof does not lead to the new root', oldSize, newSize);
}
function invalid(why, oldSize, newSize) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .AK('CONSISTENCY_PROOF_INVALID', `consistency proof ${oldSize} -> ${newSize}: ${why}`, {
        details: { oldSize, newSize },
    });
}


/***/ })

};
