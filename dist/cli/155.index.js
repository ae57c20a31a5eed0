export const id = 155;
export const ids = [155];
export const modules = {

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V$: () => (/* binding */ formatDemoJson),
/* harmony export */   Yn: () => (/* binding */ allVerified),
/* harmony export */   kg: () => (/* binding */ formatDemoHuman)
/* harmony export */ });
/* unused harmony export DEMO_JSON_SCHEMA */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _verify_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3747);
/**
 * How `provlog demo` reports (pure formatting): a short human walk-through (log, key, subjects, log entry,
 * inclusion proof, each verification check with ✔/✘, the tampering demonstration, and a last line starting
 * `verified:`) and a JSON form:
 *
 *   { "schema": "https://provlog.dev/demo/v1", "verified": boolean, "verifiedCount": n, "artifactCount": n,
 *     "log": {url, logId, treeId, trustedRootPath}, "signer": {fingerprint, algorithm},
 *     "buildContext": {source, repository, ref, sha}, "subjects": [{name, digest}],
 *     "entry": {uuid, logIndex, integratedTime, entryUrl, inclusionProof: {logIndex, treeSize, rootHash, hashes,
 *               checkpoint}},
 *     "bundlePath", "results": [{artifact, digest, verified, checks: [{name, ok, detail}], error}],
 *     "tamper": {artifact, offset, rejected, error: {code, message} | null}, "dir": string | null }
 *
 * `dir` is set only with --keep (otherwise the temp dir is gone when the command returns).
 */


const DEMO_JSON_SCHEMA = 'https://provlog.dev/demo/v1';
/** The demo's verdict: every artifact verified and the tampered copy rejected. */
function allVerified(r) {
    return r.verifiedCount === r.results.length && !r.tamper.result.verified;
}
function formatDemoJson(r) {
    const json = {
        schema: DEMO_JSON_SCHEMA,
        verified: allVerified(r),
        verifiedCount: r.verifiedCount,
        artifactCount: r.results.length,
        log: r.log,
        signer: r.signer,
        buildContext: {
            source: r.context.source,
            repository: r.context.repository,
            ref: r.context.ref,
            sha: r.context.sha,
        },
        subjects: r.subjects,
        entry: {
            uuid: r.entry.uuid,
            logIndex: r.entry.logIndex,
            integratedTime: r.entry.integratedTime,
            entryUrl: r.entry.entryUrl,
            inclusionProof: r.entry.inclusionProof,
        },
        bundlePath: r.bundlePath,
        results: r.results.map((a) => ({
            artifact: a.artifact,
            digest: a.digest,
            verified: a.verified,
            checks: a.checks.map((c) => ({ name: c.name, ok: c.ok, detail: c.detail })),
            error: a.error ?? null,
        })),
        tamper: {
            artifact: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(r.tamper.original),
            offset: r.tamper.offset,
            rejected: !r.tamper.result.verified,
            error: r.tamper.result.error ?? null,
        },
        dir: r.keptDir ?? null,
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
function contextLine(c) {
    const where = c.source === 'git' ? 'this git checkout' : 'a sample project: no git checkout with a remote here';
    return `${c.repository} @ ${c.ref}, commit ${c.sha.slice(0, 12)} (${where})`;
}
function formatDemoHuman(r, color) {
    const c = (0,_verify_output_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .nI)(color);
    const e = r.entry;
    const p = e.inclusionProof;
    const width = Math.max(8, ...r.results.flatMap((a) => a.checks.map((k) => k.name.length))) + 2;
    const lines = [
        'provlog demo: a transparency log, a signing key and a release, all on this machine.',
        '',
        `log         provlog serve at ${r.log.url} (log ID ${r.log.logId.slice(0, 16)}…, tree ${r.log.treeId})`,
        `trust       ${c.dim(r.log.trustedRootPath)}`,
        `signer      ${r.signer.algorithm} key sha256:${r.signer.fingerprint}`,
        `source      ${contextLine(r.context)}`,
        '',
        `subjects (${r.subjects.length}):`,
        ...r.subjects.map((s) => `  ${c.dim(`sha256:${s.digest.sha256 ?? ''}`)}  ${s.name}`),
        '',
        'attest: SLSA v1 provenance, signed (DSSE), recorded in the log, answer verified',
        `  log index   ${e.logIndex}`,
        `  entry UUID  ${e.uuid}`,
        `  entry URL   ${e.entryUrl}`,
        `  proof       tree size ${p.treeSize}, root ${p.rootHash}, path length ${p.hashes.length}`,
        `  bundle      ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(r.bundlePath)}`,
        '',
        'verify: offline, with the log’s trusted_root.json and the signer’s public key',
    ];
    // Every check of the first artifact in full; the others in one line each unless something failed.
    r.results.forEach((a, i) => {
        const mark = a.verified ? c.ok('✔') : c.bad('✘');
        if (i > 0 && a.verified) {
            lines.push(`  ${mark} ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(a.artifact)}: the same ${a.checks.length} checks passed`);
            return;
        }
        lines.push(`  ${mark} ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(a.artifact)}`);
        for (const k of a.checks)
            lines.push(`      ${k.ok ? c.ok('✔') : c.bad('✘')} ${k.name.padEnd(width)}${k.detail}`);
        if (!a.verified && a.error !== undefined)
            lines.push(`      ${c.bad(a.error.code)} ${a.error.message}`);
    });
    const t = r.tamper.result;
    lines.push('', `tamper: one bit flipped at byte ${r.tamper.offset} of a copy of ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(r.tamper.original)}`, t.verified
        ? `  ${c.bad('✘ the tampered copy VERIFIED: this is a bug')}`
        : `  ${c.ok('✔')} rejected: ${t.error?.code ?? 'NOT_VERIFIED'} ${shortReason(t.error?.message ?? '')}`.trimEnd());
    if (r.keptDir !== undefined)
        lines.push('', `kept: ${r.keptDir} (log data, keys, artifacts, bundle)`);
    // The last line starts with `verified:` even in colour (scripts and the README test look for it).
    const counts = `${r.verifiedCount} of ${r.results.length} artifacts`;
    lines.push('', `verified: ${allVerified(r) ? c.ok(counts) : c.bad(counts)}`);
    return `${lines.join('\n')}\n`;
}
/** The verifier lists every subject of the statement after the reason; the demo keeps the reason itself. */
function shortReason(message) {
    return message.replace(/ \(subjects: .*\)$/s, '');
}


/***/ }),

/***/ 1155:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_SPEC: () => (/* binding */ DEMO_SPEC),
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _adapters_client_rekor_v1_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2427);
/* harmony import */ var _adapters_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9825);
/* harmony import */ var _adapters_files_trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9922);
/* harmony import */ var _adapters_github_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3589);
/* harmony import */ var _adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3223);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8670);
/* harmony import */ var _flows_attest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3236);
/* harmony import */ var _flows_reporter_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7628);
/* harmony import */ var _flows_subjects_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4957);
/* harmony import */ var _flows_verify_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5186);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7593);
/* harmony import */ var _demo_output_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4213);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(8551);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(1604);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_8__]);
_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_8__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * `provlog demo` (issue 7): the whole product on one machine in a few seconds, with no network and no GitHub.
 * It starts an embedded `provlog serve` on 127.0.0.1 (free port, temp dir), creates a signing key, builds a
 * few sample artifacts (or takes the files named on the command line), runs the REAL attest flow
 * (flows/attest.ts) and the REAL verify flow (flows/verify.ts) with the log's trusted_root.json and the key,
 * then shows that a copy of an artifact with one flipped byte is rejected.
 *
 * A few "neighbour" entries, signed by other throwaway keys, are recorded first so the log looks like a shared
 * log and the inclusion proof has a real audit path (an entry alone in a tree has an empty one).
 */



















const DEMO_SPEC = {
    name: 'demo',
    usage: 'provlog demo [--json] [--keep] [-- FILE...]',
    summary: 'Run the whole product locally, with no network and no GitHub: start a transparency log on 127.0.0.1 in a ' +
        'temp dir, create a signing key, build sample artifacts (or use FILE...), attest them, verify them offline, ' +
        'and show that a tampered copy is rejected. Exit 0 when every artifact verified and the tampered copy failed.',
    options: {
        json: { type: 'boolean', help: 'print the report as JSON (schema https://provlog.dev/demo/v1) on stdout' },
        keep: { type: 'boolean', help: 'keep the temp dir (log data, key, artifacts, bundle) and print its path' },
    },
};
/** Entries by other signers recorded before ours, so our inclusion proof has a 3-hash audit path. */
const NEIGHBOUR_ENTRIES = 7;
/** Used when the demo does not run inside a git checkout (provenance needs some source to describe). */
const SAMPLE_CONTEXT = {
    serverUrl: 'https://github.com',
    repository: 'provlog-demo/app',
    repositoryId: '1',
    repositoryOwnerId: '1',
    ref: 'refs/tags/v1.0.0',
    sha: '0'.repeat(40),
    workflowRef: 'provlog-demo/app/.github/workflows/release.yml@refs/tags/v1.0.0',
    eventName: 'release',
    runId: '1',
    runAttempt: '1',
    runnerEnvironment: 'local',
    source: 'env',
};
async function runDemo(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_15__/* .parseCommandArgs */ .Qx)(DEMO_SPEC, argv);
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_15__/* .booleanValue */ .eC)(args, 'help')) {
        io.stdout((0,_args_js__WEBPACK_IMPORTED_MODULE_15__/* .formatHelp */ .B2)(DEMO_SPEC));
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_17__/* .EXIT_OK */ .Ij;
    }
    const json = (0,_args_js__WEBPACK_IMPORTED_MODULE_15__/* .booleanValue */ .eC)(args, 'json');
    const keep = (0,_args_js__WEBPACK_IMPORTED_MODULE_15__/* .booleanValue */ .eC)(args, 'keep');
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'provlog-demo-'));
    let server;
    try {
        server = await (0,_adapters_http_log_server_js__WEBPACK_IMPORTED_MODULE_8__/* .startLogServer */ .kB)({ dataDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'log'), host: '127.0.0.1', port: 0 });
        const report = await runDemoIn(dir, server, args.positionals, io);
        if (keep)
            report.keptDir = dir;
        io.stdout(json ? (0,_demo_output_js__WEBPACK_IMPORTED_MODULE_16__/* .formatDemoJson */ .V$)(report) : (0,_demo_output_js__WEBPACK_IMPORTED_MODULE_16__/* .formatDemoHuman */ .kg)(report, (0,_io_js__WEBPACK_IMPORTED_MODULE_18__/* .useColor */ .b)(io)));
        return (0,_demo_output_js__WEBPACK_IMPORTED_MODULE_16__/* .allVerified */ .Yn)(report) ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_17__/* .EXIT_OK */ .Ij : _exit_codes_js__WEBPACK_IMPORTED_MODULE_17__/* .EXIT_NOT_VERIFIED */ .yW;
    }
    finally {
        await server?.close();
        if (!keep)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
}
async function runDemoIn(dir, server, files, io) {
    const trustedRoot = await (0,_adapters_files_trust_js__WEBPACK_IMPORTED_MODULE_6__/* .readTrustedRoot */ .gv)(server.trustedRootPath);
    const client = new _adapters_client_rekor_v1_js__WEBPACK_IMPORTED_MODULE_4__/* .RekorClient */ .h({ baseUrl: server.url });
    const log = { client, url: server.url, trustedRoot };
    const keyPem = (0,_adapters_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .generatePrivateKeyPem */ .Ai)('ecdsa-p256');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'signing-key.pem'), keyPem, { mode: 0o600 });
    const signer = (0,_adapters_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .signerFromPem */ .jM)(keyPem, 'demo signing key');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'signing-key.pub'), (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .formatPublicKeyPem */ ._i)(signer.publicKey));
    // Subject names are relative to where the files are: the working directory, or the sample artifacts' dir.
    const baseDir = files.length > 0 ? io.cwd : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'artifacts');
    const artifacts = files.length > 0 ? files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, f)) : buildSampleArtifacts(baseDir);
    const subjects = await (0,_flows_subjects_js__WEBPACK_IMPORTED_MODULE_13__/* .resolveSubjects */ .G)({ paths: artifacts.join('\n') }, { baseDir });
    const context = await demoContext(io.cwd);
    await recordNeighbours(log);
    const attested = await (0,_flows_attest_js__WEBPACK_IMPORTED_MODULE_11__/* .attest */ .s)({
        subjects,
        predicate: { kind: 'slsa', context },
        signer,
        log,
        now: () => Date.now(),
        reporter: _flows_reporter_js__WEBPACK_IMPORTED_MODULE_12__/* .silentReporter */ .P,
    });
    const bundlePath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'provenance.sigstore.json');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(bundlePath, attested.bundleJson);
    const requirements = { repositories: [context.repository], refs: [context.ref] };
    const verify = (paths) => (0,_flows_verify_js__WEBPACK_IMPORTED_MODULE_14__/* .verifyArtifacts */ .Fr)({
        artifacts: paths.map((path) => ({ kind: 'file', path })),
        bundles: [{ kind: 'file', path: bundlePath, name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(bundlePath) }],
        trustedRoot,
        keys: [signer.publicKey],
        requirements,
        now: Math.floor(Date.now() / 1000),
    });
    const verified = await verify(artifacts);
    const tamper = await tamperedCopy(dir, artifacts[0] ?? '', verify);
    return {
        dir,
        log: { url: server.url, logId: server.logIdHex, treeId: server.treeId, trustedRootPath: server.trustedRootPath },
        signer: { fingerprint: attested.keyFingerprint, algorithm: signer.publicKey.algorithm },
        context,
        subjects: attested.statement.subject,
        entry: attested.entry,
        bundlePath,
        results: verified.results,
        verifiedCount: verified.results.filter((r) => r.verified).length,
        tamper,
    };
}
/** Three small files standing in for a release: two binaries and a checksums file. */
function buildSampleArtifacts(out) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(out);
    const files = {
        'app-linux-amd64.tar.gz': sampleBytes('app-linux-amd64', 48 * 1024),
        'app-darwin-arm64.tar.gz': sampleBytes('app-darwin-arm64', 40 * 1024),
    };
    const sums = Object.entries(files)
        .map(([name, data]) => `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}  ${name}\n`)
        .join('');
    files['SHA256SUMS.txt'] = new TextEncoder().encode(sums);
    return Object.entries(files).map(([name, data]) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(out, name);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, data);
        return path;
    });
}
/** Deterministic filler (a SHA-256 counter stream), so sample digests are the same on every run. */
function sampleBytes(seed, size) {
    const out = new Uint8Array(size);
    for (let i = 0; i * 32 < size; i++) {
        out.set((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(`${seed}/${i}`)
            .digest()
            .subarray(0, Math.min(32, size - i * 32)), i * 32);
    }
    return out;
}
/**
 * The local checkout when it has a remote (as `provlog attest` does; a fresh clone has `origin`), else a clearly
 * named sample project. A checkout without a remote is described as `file://` + `local/<dir>`, which the
 * verifier reads back as a different repository name, so the demo's repository requirement could not pass.
 */
async function demoContext(cwd) {
    try {
        const context = await (0,_adapters_github_context_js__WEBPACK_IMPORTED_MODULE_7__/* .readBuildContextFromGit */ .O$)(cwd);
        return context.serverUrl.startsWith('https://') ? context : SAMPLE_CONTEXT;
    }
    catch {
        return SAMPLE_CONTEXT;
    }
}
async function recordNeighbours(log) {
    const other = (0,_adapters_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .signerFromPem */ .jM)((0,_adapters_crypto_node_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .generatePrivateKeyPem */ .Ai)('ecdsa-p256'), 'neighbour key');
    for (let i = 0; i < NEIGHBOUR_ENTRIES; i++) {
        await (0,_flows_attest_js__WEBPACK_IMPORTED_MODULE_11__/* .attest */ .s)({
            subjects: [{ name: `other-project-${i + 1}.zip`, digest: { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex') } }],
            predicate: { kind: 'custom', type: 'https://provlog.dev/demo/neighbour/v1', value: { note: 'another signer' } },
            signer: other,
            log,
            now: () => Date.now(),
            reporter: _flows_reporter_js__WEBPACK_IMPORTED_MODULE_12__/* .silentReporter */ .P,
        });
    }
}
/** Copies the artifact, flips one bit of its middle byte, and verifies the copy against the same bundle. */
async function tamperedCopy(dir, original, verify) {
    const tamperDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'tampered');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(tamperDir);
    const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tamperDir, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(original));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(original, copy);
    const read = new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(copy));
    // An empty file has no byte to flip: the tampered copy then gains one.
    const bytes = read.length === 0 ? new Uint8Array(1) : read;
    const offset = Math.floor(bytes.length / 2);
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(copy, bytes);
    const result = (await verify([copy])).results[0];
    if (result === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .CodedError */ .AK('INTERNAL', 'the verify flow returned no result for the tampered copy');
    return { original, copy, offset, result };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ silentReporter)
/* harmony export */ });
/* unused harmony export recordingReporter */
/** A Reporter that drops everything (library use) — flows never require one to print. */
const silentReporter = {
    info() { },
    warning() { },
    error() { },
    notice() { },
};
/** A Reporter that records every call, for tests and for building summaries after the fact. */
function recordingReporter() {
    const events = [];
    const push = (level) => (message, where) => {
        events.push(where === undefined ? { level, message } : { level, message, where });
    };
    return { events, info: push('info'), warning: push('warning'), error: push('error'), notice: push('notice') };
}


/***/ })

};
