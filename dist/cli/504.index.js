export const id = 504;
export const ids = [504];
export const modules = {

/***/ 3589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   O$: () => (/* binding */ readBuildContextFromGit)
/* harmony export */ });
/* unused harmony exports isActionsEnv, readEventPayload, parseBuildContextFromEnv, parseWorkflowInputs, parseRepositoryVisibility, parseReleaseTag, parseRunContext, parseGitRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1462);
/**
 * The build context for provenance when no verified OIDC token is available (research/formats.md §3.3,
 * "env var source" column): from the runner's `GITHUB_*` variables plus the event payload, or — for
 * `provlog attest` on a laptop — from the local git checkout. The env record is a parameter (never
 * process.env) so the action, the CLI and tests pass what they have.
 */






const DEFAULT_SERVER = 'https://github.com';
/** True when this looks like a GitHub Actions run (or an emulation of one, like act). */
function isActionsEnv(env) {
    return env.GITHUB_ACTIONS === 'true' || (env.GITHUB_REPOSITORY ?? '') !== '';
}
/** Reads and parses `GITHUB_EVENT_PATH`; `{}` when unset (as @actions/github does). */
async function readEventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (file === undefined || file === '')
        return {};
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('FILE_UNREADABLE', `GITHUB_EVENT_PATH ${file} cannot be read`, { cause });
    }
    return (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(text, 'event payload');
}
/**
 * BuildContext from `GITHUB_*` and the payload (source 'env'). Repository and owner IDs fall back to the
 * payload's `repository.id` / `repository.owner.id`; `RUNNER_ENVIRONMENT` (unset under act) to "unknown".
 * Throws INVALID_FIELD naming the first missing variable.
 */
function parseBuildContextFromEnv(env, payload) {
    const need = (name) => {
        const v = env[name];
        if (v === undefined || v === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('INVALID_FIELD', `${name} is not set; it is needed for the build provenance`, {
                details: { path: name },
            });
        }
        return v;
    };
    const repo = payloadRepository(payload);
    const ctx = {
        serverUrl: (env.GITHUB_SERVER_URL || DEFAULT_SERVER).replace(/\/+$/, ''),
        repository: need('GITHUB_REPOSITORY'),
        repositoryId: env.GITHUB_REPOSITORY_ID || repo.id || need('GITHUB_REPOSITORY_ID'),
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID || repo.ownerId || need('GITHUB_REPOSITORY_OWNER_ID'),
        ref: need('GITHUB_REF'),
        sha: need('GITHUB_SHA'),
        workflowRef: need('GITHUB_WORKFLOW_REF'),
        eventName: need('GITHUB_EVENT_NAME'),
        runId: need('GITHUB_RUN_ID'),
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        runnerEnvironment: env.RUNNER_ENVIRONMENT || 'unknown',
        source: 'env',
    };
    const inputs = parseWorkflowInputs(ctx.eventName, payload);
    if (inputs !== undefined)
        ctx.workflowInputs = inputs;
    return ctx;
}
/** workflow_dispatch inputs as the payload carries them (`inputs`: strings, booleans, numbers). */
function parseWorkflowInputs(eventName, payload) {
    if (eventName !== 'workflow_dispatch' || typeof payload !== 'object' || payload === null)
        return undefined;
    const inputs = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4)(payload, 'INVALID_FIELD', 'event payload').optional('inputs');
    if (inputs === undefined)
        return undefined;
    const out = {};
    for (const [key, node] of inputs.entries()) {
        const v = node.value;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[key] = v;
        else if (v !== null && v !== undefined)
            out[key] = JSON.stringify(v);
    }
    return out;
}
function payloadRepository(payload) {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        return {};
    const root = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4)(payload, 'INVALID_FIELD', 'event payload');
    const repo = root.optional('repository');
    if (repo === undefined || typeof repo.value !== 'object' || Array.isArray(repo.value))
        return {};
    const id = repo.optional('id')?.value;
    const ownerId = repo.optional('owner')?.optional('id')?.value;
    const visibility = repo.optional('visibility')?.value;
    const isPrivate = repo.optional('private')?.value;
    const out = {};
    if (typeof id === 'number' || typeof id === 'string')
        out.id = String(id);
    if (typeof ownerId === 'number' || typeof ownerId === 'string')
        out.ownerId = String(ownerId);
    if (visibility === 'public' || visibility === 'private' || visibility === 'internal')
        out.visibility = visibility;
    else if (typeof isPrivate === 'boolean')
        out.visibility = isPrivate ? 'private' : 'public';
    return out;
}
/** `repository.visibility` (or `repository.private`) from the event payload. */
function parseRepositoryVisibility(payload) {
    return payloadRepository(payload).visibility;
}
/** The release event's `release.tag_name`, else the tag in GITHUB_REF (`refs/tags/<tag>`). */
function parseReleaseTag(env, payload) {
    if (typeof payload === 'object' && payload !== null) {
        const tag = (0,_core_json_decode_js__WEBPACK_IMPORTED_MODULE_5__/* .decode */ .D4)(payload, 'INVALID_FIELD', 'event payload').optional('release')?.optional('tag_name')?.value;
        if (typeof tag === 'string' && tag !== '')
            return tag;
    }
    const ref = env.GITHUB_REF ?? '';
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
function parseRunContext(env, payload, build) {
    const out = { build, apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') };
    const tag = parseReleaseTag(env, payload);
    if (tag !== undefined)
        out.releaseTag = tag;
    const visibility = parseRepositoryVisibility(payload);
    if (visibility !== undefined)
        out.visibility = visibility;
    return out;
}
const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function runGit(args, cwd) {
    return (await execFileAsync('git', args, { cwd })).stdout.trim();
}
/** From `remote.<name>.url <url>` lines: origin's URL, else the first remote's. */
function pickRemoteUrl(lines) {
    const remotes = (lines ?? '')
        .split('\n')
        .map((line) => /^remote\.(.+)\.url\s+(.+)$/.exec(line.trim()))
        .filter((m) => m !== null)
        .map((m) => ({ name: m[1], url: m[2] }));
    return (remotes.find((r) => r.name === 'origin') ?? remotes[0])?.url;
}
/**
 * BuildContext from the local checkout (source 'git', runner environment 'local'): HEAD's commit, the
 * branch (`refs/heads/x`) or an exact tag (`refs/tags/v1`) or, detached, the commit itself; repository and
 * server from the `origin` remote (https, ssh and scp-style URLs). Without a remote the repository is
 * `local/<directory name>` on server `file://localhost`. IDs and run numbers do not exist locally: "0" / "1".
 */
async function readBuildContextFromGit(cwd) {
    const attempt = async (args) => {
        try {
            const out = await runGit(args, cwd);
            return out === '' ? undefined : out;
        }
        catch {
            return undefined;
        }
    };
    // Two git processes, run together (each spawn costs ~5-10 ms of CPU in a CLI that is hashing on every core):
    // one rev-parse prints the top level, HEAD's commit and its symbolic name ("HEAD" when detached); one
    // config query lists every remote's URL.
    const [head, remotes] = await Promise.all([
        attempt(['rev-parse', '--show-toplevel', 'HEAD', '--symbolic-full-name', 'HEAD']),
        attempt(['config', '--get-regexp', '^remote\\..*\\.url$']),
    ]);
    const [top = cwd, sha, symbolic] = head?.split('\n') ?? [];
    if (sha === undefined || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .AK('USAGE', `${cwd} is not a git checkout with a commit, and no GITHUB_* environment is set: provenance needs a source ` +
            'commit (run inside the repository, or set GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, ...)');
    }
    const branch = symbolic?.startsWith('refs/heads/') ? symbolic : undefined;
    const tag = branch === undefined ? await attempt(['describe', '--exact-match', '--tags', 'HEAD']) : undefined;
    const ref = branch ?? (tag !== undefined ? `refs/tags/${tag}` : sha);
    const remote = pickRemoteUrl(remotes);
    const parsed = remote === undefined ? undefined : parseGitRemote(remote);
    const serverUrl = parsed?.serverUrl ?? 'file://localhost';
    const repository = parsed?.repository ?? `local/${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(top)}`;
    return {
        serverUrl,
        repository,
        repositoryId: '0',
        repositoryOwnerId: '0',
        ref,
        sha,
        workflowRef: `${repository}/local@${ref}`,
        eventName: 'local',
        runId: '0',
        runAttempt: '1',
        runnerEnvironment: 'local',
        source: 'git',
    };
}
/**
 * `https://github.com/o/r(.git)`, `git@github.com:o/r.git`, `ssh://git@host[:port]/o/r.git` ->
 * `{serverUrl: https://host, repository: o/r}`. Credentials in the URL are dropped, never reported.
 */
function parseGitRemote(url) {
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(url);
    if (scp !== null && !/^[a-z]+:\/\//i.test(url))
        return pack(scp[1], scp[2]);
    try {
        const u = new URL(url);
        if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol))
            return undefined;
        return pack(u.hostname, u.pathname
            .replace(/^\/+/, '')
            .replace(/\.git\/?$/, '')
            .replace(/\/+$/, ''));
    }
    catch {
        return undefined;
    }
}
function pack(host, repoPath) {
    if (host === undefined || repoPath === undefined || !/^[^/]+\/[^/]+$/.test(repoPath))
        return undefined;
    return { serverUrl: `https://${host}`, repository: repoPath };
}
/**
 * The context the attest flow uses when there is no OIDC token: env + payload inside Actions, else the
 * local git checkout.
 */
async function readRunContext(env, opts) {
    if (!isActionsEnv(env)) {
        return parseRunContext(env, {}, await readBuildContextFromGit(opts.cwd));
    }
    const payload = await readEventPayload(env);
    return parseRunContext(env, payload, parseBuildContextFromEnv(env, payload));
}


/***/ }),

/***/ 3236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ prepareAttest),
/* harmony export */   s: () => (/* binding */ attest)
/* harmony export */ });
/* harmony import */ var _adapters_client_rekor_v1_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2427);
/* harmony import */ var _adapters_files_trust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9922);
/* harmony import */ var _core_bundle_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8170);
/* harmony import */ var _core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6651);
/* harmony import */ var _core_bundle_public_good_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(246);
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9596);
/* harmony import */ var _core_dsse_envelope_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6017);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4296);
/* harmony import */ var _core_intoto_slsa_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1480);
/* harmony import */ var _core_intoto_statement_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5234);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8670);
/* harmony import */ var _core_rekor_dsse_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1986);
/* harmony import */ var _core_verify_tlog_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7415);
/* harmony import */ var _subjects_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4957);
/**
 * The attest pipeline, shared by the GitHub Action and `provlog attest`:
 *   subjects -> in-toto Statement v1 (SLSA v1 or a custom predicate) -> DSSE envelope signed with the user's key
 *   -> Rekor v1 `dsse` 0.0.1 entry -> the log's response verified in full (SET, inclusion proof, signed
 *   checkpoint, body binds exactly this envelope) -> Sigstore bundle v0.3.
 * Nothing is reported as done before the verification passes. Release attachment is a separate step
 * (attest-release.ts) because the CLI has no release.
 */














/** Clock skew tolerated between this machine and the log when checking integratedTime. */
const MAX_LOG_CLOCK_SKEW_SECONDS = 300;
/**
 * What attest needs before it can sign, fetched together because hashing dominates: the trust root (built in
 * for the public-good log, else the pinned file), the subjects (hashed), and the log's tree head, so an
 * unreachable log fails the run before the hashing is wasted (and the open connection is reused for the entry).
 */
async function prepareAttest(args) {
    const [trustedRoot, subjects] = await Promise.all([
        args.trustedRootPath === undefined ? (0,_core_bundle_public_good_root_js__WEBPACK_IMPORTED_MODULE_4__/* .publicGoodTrustedRoot */ .c)() : (0,_adapters_files_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrustedRoot */ .gv)(args.trustedRootPath),
        (0,_subjects_js__WEBPACK_IMPORTED_MODULE_13__/* .resolveSubjects */ .G)(args.subjects, {
            baseDir: args.baseDir,
            ...(args.onProgress === undefined ? {} : { onProgress: args.onProgress }),
        }),
        args.client.getLogInfo(),
    ]);
    return { log: { client: args.client, url: args.url, trustedRoot }, subjects };
}
async function attest(req) {
    const { signer, reporter } = req;
    const predicateType = req.predicate.kind === 'slsa' ? _core_intoto_slsa_js__WEBPACK_IMPORTED_MODULE_8__/* .SLSA_PREDICATE_TYPE */ .Zk : req.predicate.type;
    const predicate = req.predicate.kind === 'slsa' ? (0,_core_intoto_slsa_js__WEBPACK_IMPORTED_MODULE_8__/* .buildSlsaPredicate */ .Fq)(req.predicate.context) : req.predicate.value;
    const statement = (0,_core_intoto_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .buildStatement */ .Y5)(req.subjects, predicateType, predicate);
    const keyFingerprint = (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .fingerprint */ .Rj)(signer.publicKey);
    const certificate = req.certificate;
    // The bundle's key hint must equal the DSSE keyid (Sigstore bundle spec), so both carry the fingerprint;
    // a keyless envelope has no hint to match and an empty keyid, as sigstore-js writes it.
    const keyid = certificate === undefined ? keyFingerprint : '';
    const envelope = (0,_core_dsse_envelope_js__WEBPACK_IMPORTED_MODULE_6__/* .signEnvelope */ .Yj)(_core_intoto_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .IN_TOTO_PAYLOAD_TYPE */ .T4, (0,_core_intoto_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .serializeStatement */ .US)(statement), signer, keyid);
    (0,_core_dsse_envelope_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyEnvelope */ .FY)(envelope, signer.publicKey);
    // Rekor's envelopeHash is the SHA-256 of exactly this string: submit it and keep it in the bundle unchanged.
    const envelopeJson = (0,_core_dsse_envelope_js__WEBPACK_IMPORTED_MODULE_6__/* .formatEnvelope */ .MG)(envelope);
    reporter.info(`Recording the signed statement (${req.subjects.length} subject(s)) in ${req.log.url}`);
    const created = await req.log.client.createEntry((0,_core_rekor_dsse_js__WEBPACK_IMPORTED_MODULE_11__/* .proposeDsseEntry */ .IX)(envelopeJson, certificate === undefined ? (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .formatPublicKeyPem */ ._i)(signer.publicKey) : (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .formatPem */ .uy)('CERTIFICATE', certificate)));
    if (created.adopted)
        reporter.notice(`The log already held this entry (${created.uuid}); using it.`);
    const tlogEntry = (0,_core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .tlogEntryFromRekor */ .ay)(created.uuid, created.entry);
    const bundle = {
        mediaType: _core_bundle_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        version: '0.3',
        verificationMaterial: {
            content: certificate === undefined ? { kind: 'publicKey', hint: keyFingerprint } : { kind: 'certificate', certificate },
            tlogEntries: [tlogEntry],
            rfc3161Timestamps: [],
        },
        content: { kind: 'dsseEnvelope', envelope, rawEnvelope: envelopeJson },
    };
    const verified = (0,_core_verify_tlog_js__WEBPACK_IMPORTED_MODULE_12__/* .verifyTlogEntry */ .Y)(tlogEntry, {
        trustedRoot: req.log.trustedRoot,
        bundleVersion: '0.3',
        now: Math.floor(req.now() / 1000) + MAX_LOG_CLOCK_SKEW_SECONDS,
        signedContent: { content: bundle.content, key: signer.publicKey },
    });
    if (!verified.checks.inclusion || !verified.checks.checkpoint || !verified.checks.body) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', `the log's answer lacks an inclusion proof with a signed checkpoint (checks: ${JSON.stringify(verified.checks)}); refusing to report the entry as recorded`);
    }
    const entryUrl = (0,_adapters_client_rekor_v1_js__WEBPACK_IMPORTED_MODULE_0__/* .entryUrl */ .Y)(req.log.url, created.uuid);
    reporter.info(`Log entry ${verified.logIndex} verified: SET, inclusion proof, checkpoint signature, body`);
    return {
        statement,
        bundle,
        bundleJson: `${(0,_core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeBundle */ .fP)(bundle)}\n`,
        entry: {
            uuid: created.uuid,
            logIndex: verified.logIndex,
            integratedTime: verified.integratedTime,
            logUrl: req.log.url,
            entryUrl,
            adopted: created.adopted,
            inclusionProof: summarizeProof(tlogEntry),
        },
        keyFingerprint,
        verified,
    };
}
function summarizeProof(entry) {
    const proof = entry.inclusionProof;
    if (proof === undefined || proof.checkpoint === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .CodedError */ .AK('LOG_RESPONSE_INVALID', 'the log returned no inclusion proof with a checkpoint');
    }
    return {
        logIndex: proof.logIndex,
        treeSize: proof.treeSize,
        rootHash: (0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .toHex */ .nj)(proof.rootHash),
        hashes: proof.hashes.map(_core_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .toHex */ .nj),
        checkpoint: proof.checkpoint,
    };
}


/***/ }),

/***/ 4957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ resolveSubjects)
});

// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
;// CONCATENATED MODULE: ./src/core/intoto/checksums.ts
/**
 * Parser for `sha256sum` / `shasum -a 256` output, the `subject-checksums` input of the attest action
 * (actions/attest accepts the same format; research/action-anchors.md §1.2).
 *
 * A line is `<64 hex> <mode><name>` where mode is a space (text) or `*` (binary) — GNU coreutils prints
 * exactly one separator space before the mode character. GNU escapes names holding a backslash or a
 * newline: the line then starts with `\` and the name uses `\\` and `\n`. Blank lines are skipped; LF and
 * CRLF line ends are both accepted. Only SHA-256 (64 hex characters) is accepted: it is the one digest the
 * verifier matches on, and a 128-hex line is more likely a sha512sum file passed by mistake.
 */


/** Same cap as actions/attest: a checksums file is a list of names, not an artifact. */
const MAX_CHECKSUMS_BYTES = 512 * 1024;
const LINE = /^(\\?)([0-9a-fA-F]+) ([ *])(.+)$/;
/**
 * Parses checksums text. Errors: TOO_LARGE over the cap, INVALID_FIELD naming the first bad line
 * (details.line), NO_SUBJECTS when the text holds no checksum line at all.
 */
function parseChecksums(text, what = 'subject-checksums') {
    const size = (0,bytes/* utf8 */.As)(text).byteLength;
    if (size > MAX_CHECKSUMS_BYTES) {
        throw new errors/* CodedError */.AK('TOO_LARGE', `${what} is ${size} bytes; the limit is ${MAX_CHECKSUMS_BYTES} bytes (512 KiB)`, {
            details: { size, limit: MAX_CHECKSUMS_BYTES },
        });
    }
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = (lines[i] ?? '').replace(/\r$/, '');
        if (raw.trim() === '')
            continue;
        out.push(parseChecksumLine(raw, i + 1, what));
    }
    if (out.length === 0) {
        throw new errors/* CodedError */.AK('NO_SUBJECTS', `${what} holds no checksum lines (expected "<sha256 hex>  <file name>")`);
    }
    return out;
}
function parseChecksumLine(raw, line, what) {
    const fail = (problem) => {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `${what} line ${line}: ${problem}`, { details: { path: what, line } });
    };
    if (/^[A-Z0-9-]+ \(.*\) = [0-9a-fA-F]+$/.test(raw)) {
        fail('BSD tag format ("SHA256 (file) = hex") is not supported; write it with `sha256sum` (GNU format)');
    }
    const m = LINE.exec(raw);
    if (m === null)
        return fail('expected "<sha256 hex>  <file name>" or "<sha256 hex> *<file name>"');
    const [, escaped = '', hex = '', , rawName = ''] = m;
    if (hex.length !== 64) {
        return fail(`digest has ${hex.length} hex characters; only SHA-256 (64) is accepted${hex.length === 128 ? ' (this looks like sha512sum output)' : ''}`);
    }
    const name = escaped === '\\' ? unescapeName(rawName, fail) : rawName;
    if (name.trim() === '')
        fail('file name is empty');
    return { name, sha256: hex.toLowerCase(), line };
}
/** GNU coreutils escaping: only `\\` and `\n` are produced (and `\r` by newer versions). */
function unescapeName(name, fail) {
    return name.replace(/\\(.?)/g, (_all, c) => {
        if (c === '\\')
            return '\\';
        if (c === 'n')
            return '\n';
        if (c === 'r')
            return '\r';
        return fail(`unknown escape "\\${c}" in file name`);
    });
}

// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
;// CONCATENATED MODULE: ./src/adapters/files/glob.ts
/**
 * A small, dependency-free glob for `subject-path`. Why not @actions/glob: it logs through @actions/core
 * (`::debug::` lines on stdout, which would corrupt `provlog attest --json`), and its directory matches pull
 * in every descendant of `*`. Why not minimatch: it is only a transitive dependency here.
 *
 * Syntax, per path segment: `*` (any run of characters except `/`), `?` (one character), `[abc]`, `[a-z]`,
 * `[!a]` / `[^a]`; a whole segment `**` matches zero or more directories. Dotfiles ARE matched by `*`
 * (a release often ships `.sig` / `.intoto.jsonl` files; skipping them silently leaves artifacts unsigned).
 * Backslash escapes the next character. Patterns are relative to a base directory unless absolute.
 */

const MAGIC = /[*?[]/;
/** Compiles one pattern (without its `!` prefix) against a base directory. */
function compilePattern(source, baseDir) {
    // On Windows a backslash is a separator; elsewhere it escapes the next character.
    const normalized = (external_node_path_default()).sep === '\\' ? source.replaceAll('\\', '/') : source;
    const absolute = external_node_path_default().isAbsolute(normalized);
    const parts = normalized.split('/').filter((p) => p !== '' && p !== '.');
    let root = absolute ? external_node_path_default().parse(external_node_path_default().resolve(normalized)).root : baseDir;
    let i = 0;
    for (; i < parts.length; i++) {
        const part = parts[i] ?? '';
        if (hasMagic(part))
            break;
        root = external_node_path_default().resolve(root, unescapeLiteral(part));
    }
    const segments = parts.slice(i).map(compileSegment);
    return { source, root, segments, recursive: segments.some((s) => s.kind === 'globstar') };
}
function hasMagic(segment) {
    let escaped = false;
    for (const c of segment) {
        if (escaped)
            escaped = false;
        else if (c === '\\')
            escaped = true;
        else if (MAGIC.test(c))
            return true;
    }
    return false;
}
function unescapeLiteral(segment) {
    return segment.replace(/\\(.)/g, '$1');
}
function compileSegment(segment) {
    if (segment === '**')
        return { kind: 'globstar' };
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charAt(i);
        if (c === '\\' && i + 1 < segment.length) {
            re += escapeRegex(segment.charAt(++i));
        }
        else if (c === '*') {
            while (segment.charAt(i + 1) === '*')
                i++; // `a**b` inside a segment behaves like `a*b`
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close === -1) {
                re += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = close;
        }
        else {
            re += escapeRegex(c);
        }
    }
    return { kind: 'regex', regex: new RegExp(`^${re}$`, 'u') };
}
function escapeRegex(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * Does the path (segments relative to the pattern's root) match? `**` may absorb zero or more segments.
 * Iterative with a single backtrack point per globstar, the classic wildcard algorithm lifted to segments,
 * so hostile patterns like `**` `/` `**` `/…` stay linear-ish rather than exponential.
 */
function matchSegments(matchers, parts) {
    let m = 0;
    let p = 0;
    let starM = -1;
    let starP = 0;
    while (p < parts.length) {
        const matcher = matchers[m];
        if (matcher?.kind === 'globstar') {
            starM = m++;
            starP = p;
        }
        else if (matcher?.regex.test(parts[p] ?? '')) {
            m++;
            p++;
        }
        else if (starM !== -1) {
            m = starM + 1;
            p = ++starP;
        }
        else {
            return false;
        }
    }
    while (matchers[m]?.kind === 'globstar')
        m++;
    return m === matchers.length;
}
/**
 * Could a directory at `parts` (relative to the root) contain a match? Used to prune the walk: without a
 * globstar the walk never goes deeper than the pattern; with one it may.
 */
function mayDescend(pattern, parts) {
    if (pattern.recursive)
        return true;
    if (parts.length >= pattern.segments.length)
        return false;
    return matchSegments(pattern.segments.slice(0, parts.length), parts);
}

;// CONCATENATED MODULE: ./src/adapters/files/subjects.ts
/**
 * Subjects of an attestation from the three inputs of the attest action (issue 4): `subject-path` globs,
 * `subject-digest` + `subject-name`, or a `subject-checksums` file.
 *
 * Subject names are the file's path RELATIVE TO THE BASE DIRECTORY (the workspace in the action, the cwd
 * in the CLI), with `/` separators — e.g. `dist/linux/app`. actions/attest uses the basename instead; we do
 * not, because two artifacts with one basename (`linux/app`, `darwin/app`) would become indistinguishable
 * subjects, and the path is what a reader of the provenance needs to find the file. Verifiers match on the
 * digest, so the longer name costs nothing. A file outside the base directory (an absolute pattern or
 * `../`) gets its basename, so no runner directory layout leaks into a public log.
 */







/**
 * Splits the input on newlines and commas (as actions/attest does), trims, drops empties; `!x` excludes.
 * Excludes apply to every include regardless of order (a file is in when some include matches it and no
 * exclude does), so the result never depends on how the YAML list happens to be ordered.
 */
function parseSubjectPatterns(text) {
    const include = [];
    const exclude = [];
    for (const raw of text.split(/[\r\n,]+/)) {
        const p = raw.trim();
        if (p === '')
            continue;
        if (p.startsWith('!')) {
            const rest = p.slice(1).trim();
            if (rest !== '')
                exclude.push(rest);
        }
        else
            include.push(p);
    }
    return { include, exclude };
}
/**
 * Resolves `subject-path` to files (never directories), sorted by name (UTF-16 code unit order, so the
 * statement is byte-identical across machines). A literal pattern naming a directory means every file below
 * it. Symlinked files are followed; symlinked directories are not descended (no cycles).
 * Throws NO_SUBJECTS listing the patterns when nothing matches.
 */
async function findSubjectFiles(patternsText, opts) {
    const baseDir = external_node_path_default().resolve(opts.baseDir);
    const { include, exclude } = parseSubjectPatterns(patternsText);
    if (include.length === 0) {
        throw new errors/* CodedError */.AK('NO_SUBJECTS', 'subject-path holds no patterns (only excludes or blanks)', {
            details: { patterns: [...include, ...exclude.map((e) => `!${e}`)] },
        });
    }
    const excludes = exclude.map((p) => compilePattern(p, baseDir));
    // Patterns are resolved concurrently: a release listing 1,000 files by name is 1,000 independent stats.
    const found = new Set((await Promise.all(include.map((p) => walkPattern(compilePattern(p, baseDir))))).flat());
    const files = [...found]
        .filter((f) => !excludes.some((e) => patternMatches(e, f)))
        .map((f) => ({ path: f, name: subjectName(f, baseDir) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : 1));
    if (files.length === 0) {
        const listed = [...include, ...exclude.map((e) => `!${e}`)];
        throw new errors/* CodedError */.AK('NO_SUBJECTS', `no files matched subject-path (${listed.map((p) => `"${p}"`).join(', ')}) under ${baseDir}; ` +
            'check that the build step ran first and that the paths are relative to the workspace', { details: { patterns: listed, baseDir } });
    }
    return files;
}
function subjectName(file, baseDir) {
    const rel = external_node_path_default().relative(baseDir, file);
    if (rel === '' || isOutside(rel))
        return external_node_path_default().basename(file);
    return rel.split((external_node_path_default()).sep).join('/');
}
function patternMatches(pattern, file) {
    const rel = external_node_path_default().relative(pattern.root, file);
    if (rel === '')
        return pattern.segments.length === 0;
    if (isOutside(rel))
        return false;
    if (pattern.segments.length === 0)
        return true; // literal directory: everything below it
    return matchSegments(pattern.segments, rel.split((external_node_path_default()).sep));
}
async function walkPattern(pattern) {
    // Synchronous: a release naming 1,000 files is 1,000 of these, ~5 µs each, where promise stats cost
    // ~30 ms of thread-pool round trips and CPU that the hashing workers want.
    const rootStat = statSyncOrUndefined(pattern.root);
    if (rootStat === undefined)
        return [];
    if (pattern.segments.length === 0) {
        if (rootStat.isFile())
            return [pattern.root];
        return rootStat.isDirectory()
            ? walkDir(pattern.root, [], () => true, () => true)
            : [];
    }
    if (!rootStat.isDirectory())
        return [];
    return walkDir(pattern.root, [], (parts) => mayDescend(pattern, parts), (parts) => matchSegments(pattern.segments, parts));
}
async function walkDir(dir, parts, descend, accept) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('FILE_UNREADABLE', `cannot list directory ${dir}: ${cause.message}`, { cause });
    }
    const out = [];
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        const childParts = [...parts, entry.name];
        let isFile = entry.isFile();
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink()) {
            const target = await statOrUndefined(full);
            isFile = target?.isFile() ?? false;
            isDir = false; // never descend through links: no cycles, no escaping the tree
        }
        if (isFile && accept(childParts))
            out.push(full);
        else if (isDir && descend(childParts))
            out.push(...(await walkDir(full, childParts, descend, accept)));
    }
    return out;
}
function statSyncOrUndefined(p) {
    try {
        return (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
async function statOrUndefined(p) {
    try {
        return await (0,promises_.stat)(p);
    }
    catch {
        return undefined;
    }
}
const DIGEST = /^(sha256|sha384|sha512):([0-9a-f]+)$/;
/** `subject-digest` (`sha256:<hex>`, also sha384/sha512) + `subject-name` -> one subject. */
function parseSubjectDigest(digest, name) {
    const trimmed = digest.trim();
    const m = DIGEST.exec(trimmed.toLowerCase());
    const fail = (problem) => {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `subject-digest ${problem}`, { details: { path: 'subject-digest' } });
    };
    if (m === null)
        return fail(`must look like "sha256:<64 hex characters>", got "${trimmed}"`);
    const [, alg = '', hex = ''] = m;
    const length = 2 * keys/* DIGEST_BYTES */.x4[alg]; // the regex admits only sha256/sha384/sha512
    if (hex.length !== length)
        fail(`${alg} needs ${length} hex characters, got ${hex.length}`);
    if (name.trim() === '') {
        throw new errors/* CodedError */.AK('INVALID_FIELD', 'subject-name is required with subject-digest', {
            details: { path: 'subject-name' },
        });
    }
    return { name: name.trim(), digest: { [alg]: hex } };
}
/**
 * `subject-checksums`: a path to a sha256sum file, or (as actions/attest allows) the checksum lines
 * themselves. Names are kept as written in the file: they describe the artifacts, not files on this disk.
 */
async function readChecksumsSubjects(value, opts) {
    const trimmed = value.trim();
    if (/^[0-9a-fA-F]{64}[ \t]/.test(trimmed))
        return checksumsToSubjects(parseChecksums(value));
    const file = external_node_path_default().resolve(opts.baseDir, trimmed);
    let info;
    try {
        info = await (0,promises_.stat)(file); // follows a symlink, as reading it will
    }
    catch (cause) {
        throw new errors/* CodedError */.AK('FILE_UNREADABLE', `subject-checksums file ${trimmed} cannot be read`, { cause });
    }
    if (!info.isFile())
        throw new errors/* CodedError */.AK('FILE_UNREADABLE', `subject-checksums ${trimmed} is not a file`);
    if (info.size > MAX_CHECKSUMS_BYTES) {
        throw new errors/* CodedError */.AK('TOO_LARGE', `subject-checksums file is ${info.size} bytes; the limit is 512 KiB`, {
            details: { size: info.size, limit: MAX_CHECKSUMS_BYTES },
        });
    }
    const text = await (0,promises_.readFile)(file, 'utf8');
    return checksumsToSubjects(parseChecksums(text, `subject-checksums (${trimmed})`));
}
function checksumsToSubjects(lines) {
    return dedupeSubjects(lines.map((l) => ({ name: l.name, digest: { sha256: l.sha256 } })));
}
/** Drops exact repeats (same name and same digests), keeping the first; order otherwise unchanged. */
function dedupeSubjects(subjects) {
    const seen = new Set();
    const out = [];
    for (const s of subjects) {
        const key = JSON.stringify([s.name, Object.entries(s.digest).sort(([a], [b]) => (a < b ? -1 : 1))]);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(s);
    }
    return out;
}
function isOutside(rel) {
    return rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel);
}

;// CONCATENATED MODULE: ./src/flows/subjects.ts
/**
 * Turns what the user named (globs, a checksums file, or a digest + name) into in-toto subjects. Files are hashed
 * with streamed node:crypto SHA-256 spread over the cores. Shared by the action and `provlog attest`.
 */



async function resolveSubjects(spec, opts) {
    const out = [];
    if (spec.paths !== undefined && spec.paths.trim() !== '') {
        const files = await findSubjectFiles(spec.paths, { baseDir: opts.baseDir });
        const digests = await (0,hash/* hashFiles */.yQ)(files.map((f) => f.path), opts.onProgress === undefined ? {} : { onProgress: opts.onProgress });
        files.forEach((f, i) => {
            out.push({ name: f.name, digest: { sha256: digests[i] ?? '' } });
        });
    }
    if (spec.checksums !== undefined && spec.checksums.trim() !== '') {
        out.push(...(await readChecksumsSubjects(spec.checksums, { baseDir: opts.baseDir })));
    }
    if (spec.digest !== undefined)
        out.push(parseSubjectDigest(spec.digest.digest, spec.digest.name));
    if (out.length === 0) {
        throw new errors/* CodedError */.AK('NO_SUBJECTS', 'nothing to attest: give subject-path (globs), subject-checksums, or subject-digest with subject-name');
    }
    return dedupeSubjects(out);
}


/***/ })

};
