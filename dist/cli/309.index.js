export const id = 309;
export const ids = [309];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ useColor)
/* harmony export */ });
/** Colour only on a TTY and only when NO_COLOR is unset (https://no-color.org). */
function useColor(io) {
    return io.isTTY && (io.env.NO_COLOR ?? '') === '';
}


/***/ }),

/***/ 3747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ formatVerifyJson),
/* harmony export */   OK: () => (/* binding */ formatVerifyHuman),
/* harmony export */   nI: () => (/* binding */ paint)
/* harmony export */ });
/* unused harmony export VERIFY_JSON_SCHEMA */
/**
 * How `provlog verify` reports: a human form (one line per check with ✔/✘, then signer, source and log entry;
 * colour only when useColor allows) and a JSON form whose shape is a public contract:
 *
 *   {
 *     "schema": "https://provlog.dev/verify/v1",
 *     "verified": boolean,                         // every artifact verified (and every log check passed)
 *     "results": [{
 *       "artifact": string, "digest": "sha256:<hex>", "verified": boolean, "bundle": string | null,
 *       "checks": [{ "name": string, "ok": boolean, "detail": string }],   // in the order they ran
 *       "signer": { "kind": "key", "fingerprint": hex } | { "kind": "certificate", "san", "issuer" } | null,
 *       "provenance": { "factsSource": "certificate" | "statement",   // who vouches for the facts below:
 *                       //   the Fulcio certificate, or only the key holder who signed the statement
 *                       "predicateType"?, "repositoryUrl"?, "repository"?, "ref"?, "workflowPath"?, "sha"?,
 *                       "runnerEnvironment"?, "eventName"?, "buildType"?, "builderId"?, "invocationId"?,
 *                       "unreadable"? } | null,
 *       "verifiedTime": { "source": "tlog" | "rfc3161", "time" (unix s) } | null,   // earliest proven time
 *       "logEntry": { "logIndex", "uuid", "integratedTime" (unix s), "integratedTimeVerified" (a SET signs it),
 *                     "logUrl" } | null,
 *       "error": { "code": string, "message": string } | null
 *     }],
 *     "logChecks": [{ "logUrl", "origin", "ok", "detail", "bundleSize"?, "rememberedSize"?, "currentSize"?,
 *                     "error"?: { "code", "message", "evidence"?: { "first", "second" } } }]
 *   }
 *
 * Check names: bundle, tlog, timestamp, key | certificate + sct + identity, artifact, signature, tlog-body,
 * provenance (where the facts come from; PROVENANCE_MISMATCH), policy:<requirement>, log-consistency.
 */
const VERIFY_JSON_SCHEMA = 'https://provlog.dev/verify/v1';
function formatVerifyJson(report, logChecks) {
    const results = report.results.map((r) => ({
        artifact: r.artifact,
        digest: r.digest,
        verified: r.verified,
        bundle: r.bundle ?? null,
        checks: r.checks.map((c) => ({ name: c.name, ok: c.ok, detail: c.detail })),
        signer: r.signer ?? null,
        provenance: r.provenance ?? null,
        verifiedTime: r.verifiedTime ?? null,
        logEntry: r.logEntry === undefined
            ? null
            : {
                logIndex: r.logEntry.logIndex,
                uuid: r.logEntry.uuid,
                integratedTime: r.logEntry.integratedTime,
                integratedTimeVerified: r.logEntry.integratedTimeVerified,
                logUrl: r.logEntry.logUrl,
            },
        error: r.error ?? null,
    }));
    const verified = report.verified && logChecks.every((c) => c.ok);
    return `${JSON.stringify({ schema: VERIFY_JSON_SCHEMA, verified, results, logChecks }, null, 2)}\n`;
}
function paint(color) {
    const wrap = (code) => (s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2') };
}
function iso(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
function signerLine(r) {
    if (r.signer === undefined)
        return undefined;
    return r.signer.kind === 'key' ? `key ${r.signer.fingerprint}` : `${r.signer.san} (issuer ${r.signer.issuer})`;
}
function sourceLine(r) {
    const p = r.provenance;
    if (p === undefined)
        return undefined;
    const claimed = p.factsSource === 'statement' ? ' (claimed by the key holder)' : ' (from the certificate)';
    if (p.repository === undefined) {
        // No source facts: only the predicate type, which is the statement's own (never the certificate's).
        const facts = p.factsSource === 'certificate' ? ' (the certificate states no source repository)' : claimed;
        return `${p.predicateType ?? 'no statement'}${p.unreadable ? ` (${p.unreadable})` : ''}${facts}`;
    }
    const parts = [`${p.repository} @ ${p.ref ?? '?'}`];
    if (p.sha !== undefined)
        parts.push(`commit ${p.sha.slice(0, 12)}`);
    if (p.workflowPath !== undefined)
        parts.push(`workflow ${p.workflowPath}`);
    if (p.runnerEnvironment !== undefined)
        parts.push(`runner ${p.runnerEnvironment}`);
    if (p.eventName !== undefined)
        parts.push(`event ${p.eventName}`);
    return parts.join(', ') + claimed;
}
function timeSource(source) {
    return source === 'tlog' ? 'signed entry timestamp' : 'RFC 3161 timestamp';
}
function logLine(r) {
    const e = r.logEntry;
    if (e === undefined)
        return undefined;
    const time = e.integratedTimeVerified ? iso(e.integratedTime) : `${iso(e.integratedTime)} (unproven: no SET)`;
    return `${e.logUrl} #${e.logIndex} uuid ${e.uuid} at ${time}`;
}
function formatVerifyHuman(report, logChecks, color) {
    const c = paint(color);
    const lines = [];
    const width = Math.max(8, ...report.results.flatMap((r) => r.checks.map((k) => k.name.length))) + 2;
    for (const r of report.results) {
        lines.push(`${r.artifact}  ${c.dim(r.digest)}`);
        for (const check of r.checks) {
            const mark = check.ok ? c.ok('✔') : c.bad('✘');
            lines.push(`  ${mark} ${check.name.padEnd(width)}${check.detail}`);
        }
        const facts = [
            ['signer', signerLine(r)],
            ['source', sourceLine(r)],
            [
                'time',
                r.verifiedTime === undefined
                    ? undefined
                    : `${iso(r.verifiedTime.time)} (earliest proven time: ${timeSource(r.verifiedTime.source)})`,
            ],
            ['log', logLine(r)],
        ];
        for (const [label, value] of facts)
            if (value !== undefined)
                lines.push(`    ${label.padEnd(8)}${value}`);
        lines.push(r.verified
            ? `  ${c.ok('VERIFIED')}`
            : `  ${c.bad('NOT VERIFIED')}: ${r.error?.code ?? 'UNKNOWN'} ${r.error?.message ?? ''}`.trimEnd());
        lines.push('');
    }
    for (const l of logChecks) {
        const mark = l.ok ? c.ok('✔') : c.bad('✘');
        lines.push(`${mark} log ${l.logUrl} ${l.origin}: ${l.detail}`);
        if (l.error?.evidence !== undefined) {
            lines.push('  evidence (two checkpoints signed by the log key that no consistency proof connects):');
            lines.push(...indent(l.error.evidence.first), '', ...indent(l.error.evidence.second));
        }
    }
    const ok = report.results.filter((r) => r.verified).length;
    const allOk = ok === report.results.length && logChecks.every((l) => l.ok);
    const summary = `${ok} of ${report.results.length} artifact(s) verified`;
    lines.push(allOk ? c.ok(summary) : c.bad(summary + (logChecks.some((l) => !l.ok) ? '; log check failed' : '')));
    return `${lines.join('\n')}\n`;
}
function indent(text) {
    return text
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `    ${l}`);
}


/***/ }),

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fk: () => (/* binding */ isRepositoryPattern),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Glob patterns for policy values (repositories, refs, workflow paths): `*` matches within one path segment,
 * `**` across segments, `?` one character; everything else is literal. Anchored at both ends, so
 * `refs/tags/v*` never matches `refs/heads/x/refs/tags/v1`.
 */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob.charAt(i);
        if (c === '*') {
            if (glob.charAt(i + 1) === '*') {
                re += '.*';
                i++;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/**
 * Compiled policy globs (a policy has a handful, checked for every bundle). The regexes carry no `g`/`y` flag, so
 * `test` keeps no state and one object can be shared; the cache starts over when full rather than grow unbounded.
 */
const compiled = new Map();
const COMPILED_LIMIT = 256;
function compiledGlob(glob) {
    let re = compiled.get(glob);
    if (re === undefined) {
        if (compiled.size >= COMPILED_LIMIT)
            compiled.clear();
        re = globToRegExp(glob);
        compiled.set(glob, re);
    }
    return re;
}
function matchesAny(value, globs) {
    return globs.some((g) => compiledGlob(g).test(value));
}
const UNITS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
/** An OWNER/REPO pattern (either part may be a glob): the shape `--repo` and the policy's `repositories` take. */
function isRepositoryPattern(text) {
    return /^[^/\s]+\/[^/\s]+$/.test(text);
}
/** `90s`, `15m`, `12h`, `30d`, `2w` -> seconds; anything else is null. */
function parseDuration(text) {
    const m = /^([1-9][0-9]{0,8})([smhdw])$/.exec(text.trim());
    if (m === null)
        return null;
    return Number(m[1]) * (UNITS[m[2] ?? ''] ?? 0);
}


/***/ }),

/***/ 2500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ parseDigestArgument),
/* harmony export */   Bv: () => (/* binding */ mergeRequirements),
/* harmony export */   KE: () => (/* binding */ loadTrustedRoot),
/* harmony export */   WJ: () => (/* binding */ loadBundles),
/* harmony export */   bg: () => (/* binding */ mergeTrustedRoots),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony export parseBundleText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_files_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4402);
/* harmony import */ var _adapters_files_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9922);
/* harmony import */ var _core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6651);
/* harmony import */ var _core_bundle_public_good_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(246);
/* harmony import */ var _core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8585);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4296);
/* harmony import */ var _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8670);
/**
 * Loading what `verify` needs — bundles (JSON or JSONL), the trust root, trusted keys, a policy file — into
 * decoded values. Every error names the file it came from and keeps the code of
 * the decoder that failed (BUNDLE_MALFORMED with the field path, INVALID_JSON, TRUST_ROOT_MALFORMED,
 * INVALID_KEY, POLICY_MALFORMED, FILE_UNREADABLE), so the CLI prints one actionable line and exits 2.
 */








/**
 * A bundle file is one JSON bundle, or JSON Lines with one bundle per line (`*.intoto.jsonl`, as attest
 * actions append one bundle per build). Text that parses as a whole is one bundle; otherwise, if it has more
 * than one non-empty line, each line is a bundle.
 */
function parseBundleText(name, text) {
    let lines;
    try {
        return [{ name, bundle: (0,_core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBundle */ .QN)(text) }];
    }
    catch (error) {
        lines = text.split('\n').filter((l) => l.trim() !== '');
        if (!((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isCodedError */ .IG)(error, 'INVALID_JSON') && lines.length > 1))
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inSource */ .hR)(name, error);
    }
    return lines.map((line, i) => {
        const lineName = `${name}:${i + 1}`;
        try {
            return { name: lineName, bundle: (0,_core_bundle_codec_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBundle */ .QN)(line) };
        }
        catch (error) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inSource */ .hR)(lineName, error);
        }
    });
}
async function loadBundles(sources) {
    const out = [];
    for (const source of sources) {
        if (source.kind === 'text')
            out.push(...parseBundleText(source.name, source.text));
        else if (source.kind === 'parsed')
            out.push({ name: source.name, bundle: source.bundle });
        else
            out.push(...parseBundleText(source.name ?? source.path, await (0,_adapters_files_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(source.path)));
    }
    return out;
}
async function loadTrustedRoot(path) {
    return (0,_adapters_files_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .readTrustedRoot */ .gv)(path, (p) => (0,_adapters_files_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(p));
}
/** One root trusting everything the given roots trust (policy files may list several logs). */
function mergeTrustedRoots(roots) {
    const [first] = roots;
    if (first === undefined)
        return (0,_core_bundle_public_good_root_js__WEBPACK_IMPORTED_MODULE_4__/* .publicGoodTrustedRoot */ .c)();
    if (roots.length === 1)
        return first;
    return {
        mediaType: first.mediaType,
        tlogs: roots.flatMap((r) => r.tlogs),
        certificateAuthorities: roots.flatMap((r) => r.certificateAuthorities),
        ctlogs: roots.flatMap((r) => r.ctlogs),
        timestampAuthorities: roots.flatMap((r) => r.timestampAuthorities),
    };
}
/** A PEM public key given inline (starts with -----BEGIN) or as a path relative to `baseDir`. */
async function loadPublicKey(ref, baseDir) {
    if (ref.includes('-----BEGIN'))
        return (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKeyPem */ .Wz)(ref, 'inline public key');
    const path = baseDir === undefined || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(ref) ? ref : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, ref);
    const text = await (0,_adapters_files_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(path);
    return (0,_core_keys_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePublicKeyPem */ .Wz)(text, path);
}
/** `source` names the file in errors (the policy check shows workspace-relative paths). */
async function loadPolicy(path, source = path) {
    // Loaded here, not at start-up: the YAML parser costs ~20-35 ms, and most verifications have no policy file.
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 9863));
    const policy = parsePolicy(await (0,_adapters_files_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(path), source);
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path);
    const trustedRoots = [];
    for (const log of policy.logs) {
        if (log.kind === 'trusted-root') {
            trustedRoots.push(await loadTrustedRoot((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(log.path) ? log.path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, log.path)));
        }
        else {
            // A log named by URL + key: the policy author vouches for the key for all time (start 0).
            const publicKey = await loadPublicKey(log.publicKey, baseDir);
            trustedRoots.push((0,_core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTrustedRoot */ .t1)((0,_core_bundle_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .buildTrustedRootForLog */ .lQ)({ baseUrl: log.url, publicKey, start: 0 })));
        }
    }
    const keys = [];
    const identities = [];
    for (const signer of policy.signers) {
        if (signer.kind === 'key')
            keys.push(await loadPublicKey(signer.key, baseDir));
        else {
            identities.push({
                san: signer.subjectRegex === undefined ? (signer.subject ?? '') : new RegExp(signer.subjectRegex),
                issuer: signer.issuer,
            });
        }
    }
    return {
        trustedRoots,
        keys,
        identities,
        requirements: policy.require,
        logs: policy.logs,
        exceptions: policy.exceptions,
    };
}
/**
 * `sha256:<hex>` (also sha384/sha512, which some in-toto subjects carry only) -> algorithm + lowercase hex;
 * USAGE otherwise.
 */
function parseDigestArgument(text) {
    const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
    const algorithm = m?.[1];
    const hex = m?.[2]?.toLowerCase();
    if (algorithm === undefined || hex === undefined || hex.length !== 2 * _core_keys_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .DIGEST_BYTES */ .x4[algorithm]) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .CodedError */ .AK('USAGE', `digest "${text}" is not sha256:<64 hex> (or sha384:/sha512:)`);
    }
    return { algorithm, hex };
}
/** Flags/policy requirements combined: a flag replaces the policy's value for the same field. */
function mergeRequirements(base, override) {
    return { ...base, ...override };
}


/***/ }),

/***/ 5186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nc: () => (/* binding */ failureCodes),
  Fr: () => (/* binding */ verifyArtifacts)
});

// UNUSED EXPORTS: claimedDigests, loadVerifierSupport

// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/core/bundle/bundle.ts
var bundle_bundle = __webpack_require__(8170);
// EXTERNAL MODULE: ./src/core/bytes.ts
var bytes = __webpack_require__(9596);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/intoto/statement.ts
var intoto_statement = __webpack_require__(5234);
// EXTERNAL MODULE: ./src/core/note/checkpoint.ts
var note_checkpoint = __webpack_require__(2452);
// EXTERNAL MODULE: ./src/core/rekor/entry.ts + 1 modules
var rekor_entry = __webpack_require__(2974);
// EXTERNAL MODULE: ./src/core/bundle/codec.ts + 2 modules
var codec = __webpack_require__(6651);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/dsse/envelope.ts
var envelope = __webpack_require__(6017);
;// CONCATENATED MODULE: ./src/core/verify/support.ts

/** Which parts of VerifierSupport verifying this bundle can call. */
function supportNeeded(bundle) {
    const material = bundle.verificationMaterial;
    return {
        keyless: material.content.kind !== 'publicKey',
        rfc3161: material.rfc3161Timestamps.length > 0,
        digestSignature: bundle.content.kind === 'messageSignature',
    };
}
/** A caller bug, not a verdict on the bundle: the engine was given a bundle without the support it needs. */
function requireSupport(part, what) {
    if (part === undefined) {
        throw new errors/* CodedError */.AK('INTERNAL', `verification support for ${what} was not loaded (see core/verify/support.ts)`);
    }
    return part;
}

;// CONCATENATED MODULE: ./src/core/verify/signature.ts
/**
 * The signature layer of bundle verification: does the artifact match what was signed, and does the
 * signature verify with the signer's key (a trusted key given by the caller, or the verified certificate's)?
 *
 * - DSSE: the signature covers PAE(payloadType, payload); the artifact matches when its SHA-256 is the digest
 *   of a subject of the in-toto statement in the payload (in-toto matches subjects by digest only).
 * - Message signature (hashedrekord): the signature covers the artifact itself. The bundle's `messageDigest` is
 *   an unauthenticated hint (protobuf-specs: "MUST NOT be used to verify"): it must equal the artifact's digest
 *   (conformance `message-digest-mismatch_fail`), and the signature is verified over the artifact's REAL digest.
 */







/** Per algorithm: lowercase hex of its digest length, compiled once. */
const DIGEST_HEX = new Map(Object.entries(keys/* DIGEST_BYTES */.x4).map(([algorithm, length]) => [algorithm, new RegExp(`^[0-9a-f]{${length * 2}}$`)]));
function artifactBytes(artifact) {
    const hex = DIGEST_HEX.get(artifact.algorithm);
    if (hex === undefined || !hex.test(artifact.hex)) {
        throw new errors/* CodedError */.AK('INVALID_FIELD', `artifact digest must be sha256, sha384 or sha512 as lowercase hex of the right length (got ${artifact.algorithm})`);
    }
    return (0,bytes/* fromHex */.aD)(artifact.hex, 'artifact digest');
}
/** The bytes a timestamp authority stamps and the log stores: the DSSE signature or the message signature. */
function signatureBytes(content) {
    if (content.kind === 'messageSignature')
        return content.signature;
    const [first] = content.envelope.signatures;
    if (first === undefined)
        throw new errors/* CodedError */.AK('SIGNATURE_INVALID', 'the DSSE envelope carries no signature');
    return first.sig;
}
/**
 * ARTIFACT_DIGEST_MISMATCH unless the artifact is what the bundle signs. For DSSE returns the in-toto
 * statement (parsed from the exact payload bytes that are signed).
 */
function verifyArtifactMatches(content, artifact) {
    const digest = artifactBytes(artifact);
    if (content.kind === 'messageSignature') {
        if ((0,bundle_bundle/* hashAlgorithmOf */.FH)(content.digest.algorithm) !== artifact.algorithm ||
            !(0,bytes/* bytesEqual */.O6)(content.digest.digest, digest)) {
            throw new errors/* CodedError */.AK('ARTIFACT_DIGEST_MISMATCH', `the bundle signs ${content.digest.algorithm} ${(0,bytes/* toHex */.nj)(content.digest.digest)}, ` +
                `but the artifact is ${artifact.algorithm} ${artifact.hex}`, { details: { expected: artifact.hex } });
        }
        return {};
    }
    const { payloadType, payload } = content.envelope;
    if (payloadType !== intoto_statement/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new errors/* CodedError */.AK('ARTIFACT_DIGEST_MISMATCH', `the DSSE payload type is "${payloadType}", not an in-toto statement, so it names no artifact`);
    }
    const statement = (0,intoto_statement/* parseStatement */.By)(payload);
    const alg = artifact.algorithm;
    if (!statement.subject.some((s) => s.digest[alg] === artifact.hex)) {
        const names = statement.subject.slice(0, 5).map((s) => `${s.name || '_'} ${alg}:${s.digest[alg] ?? '-'}`);
        throw new errors/* CodedError */.AK('ARTIFACT_DIGEST_MISMATCH', `${alg}:${artifact.hex} is not a subject of the attestation (subjects: ${names.join(', ')}` +
            `${statement.subject.length > 5 ? ', …' : ''})`, { details: { expected: artifact.hex, subjects: statement.subject.length } });
    }
    return { statement };
}
/**
 * Verifies the bundle's signature with `key`: DSSE over PAE (DSSE_SIGNATURE_INVALID), or a message signature
 * over the artifact's digest (SIGNATURE_INVALID).
 */
function verifyContentSignature(content, key, artifact, digestSignature) {
    if (content.kind === 'dsseEnvelope') {
        (0,envelope/* verifyEnvelope */.FY)(content.envelope, key);
        return;
    }
    if (key.algorithm === 'ed25519') {
        throw new errors/* CodedError */.AK('SIGNATURE_INVALID', 'an Ed25519 message signature covers the artifact bytes, which cannot be checked from a digest alone');
    }
    const verifyDigest = requireSupport(digestSignature, 'message-signature bundles');
    if (!verifyDigest(key, artifactBytes(artifact), artifact.algorithm, content.signature)) {
        throw new errors/* CodedError */.AK('SIGNATURE_INVALID', `the message signature does not verify over ${artifact.algorithm}:${artifact.hex} with key ${(0,keys/* fingerprint */.Rj)(key)}`);
    }
}
/** Whether the bundle's key hint names `key`: its key ID in base64 or (any case) hex. */
function keyMatchesHint(key, hint) {
    if (hint === '')
        return false;
    const id = (0,keys/* keyId */.xs)(key);
    return hint === (0,bytes/* toBase64 */.nk)(id) || hint.toLowerCase() === (0,bytes/* toHex */.nj)(id);
}
/**
 * Picks the trusted key that verifies the bundle (`publicKey` verification material). The bundle's `hint` is
 * unauthenticated, so it only orders the attempt; every key given by the caller is tried.
 * KEY_UNTRUSTED when no key is given or none verifies; SIGNATURE_INVALID when the key the hint names is given
 * but its signature does not verify.
 */
function verifyWithTrustedKeys(content, hint, keys, artifact, digestSignature) {
    if (keys.length === 0) {
        throw new errors/* CodedError */.AK('KEY_UNTRUSTED', `the bundle is signed with a public key${hint === '' ? '' : ` (hint ${hint})`}, but no trusted key was given (--key)`);
    }
    // Hinted keys first (a stable sort keeps the caller's order otherwise); each key is hashed once.
    const ordered = keys
        .map((key) => ({ key, named: keyMatchesHint(key, hint) }))
        .sort((a, b) => Number(b.named) - Number(a.named));
    let hinted;
    for (const { key, named } of ordered) {
        try {
            verifyContentSignature(content, key, artifact, digestSignature);
            return key;
        }
        catch (error) {
            if (!(error instanceof errors/* CodedError */.AK))
                throw error;
            if (named)
                hinted ??= error;
        }
    }
    if (hinted !== undefined)
        throw hinted;
    throw new errors/* CodedError */.AK('KEY_UNTRUSTED', `the bundle's signature does not verify with any of the ${keys.length} trusted key(s)` +
        `${hint === '' ? '' : ` (bundle key hint ${hint})`}`);
}

// EXTERNAL MODULE: ./src/core/verify/tlog.ts
var verify_tlog = __webpack_require__(7415);
;// CONCATENATED MODULE: ./src/core/verify/times.ts




/** Verifies every tlog entry (each must pass) and requires at least one. */
function verifyTlogEntries(bundle, trust, latest) {
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.length === 0) {
        throw new errors/* CodedError */.AK('TLOG_ENTRY_MISSING', 'the bundle has 0 transparency-log entries, 1 required');
    }
    return entries.map((entry) => {
        const verified = (0,verify_tlog/* verifyTlogEntry */.Y)(entry, { trustedRoot: trust, bundleVersion: bundle.version, now: latest });
        return {
            logIndex: verified.logIndex,
            integratedTime: verified.integratedTime,
            integratedTimeVerified: verified.checks.set,
            log: verified.log,
        };
    });
}
/** SET-backed integrated times plus verified RFC 3161 times; TIMESTAMP_INVALID when there is none. */
function collectTimes(bundle, tlog, trust, latest, rfc3161) {
    const times = tlog
        .filter((e) => e.integratedTimeVerified)
        .map((e) => ({ source: 'tlog', time: e.integratedTime }));
    const stamps = bundle.verificationMaterial.rfc3161Timestamps;
    if (stamps.length > 0) {
        const signature = signatureBytes(bundle.content);
        const verifyStamp = requireSupport(rfc3161, 'RFC 3161 timestamps');
        for (const der of stamps) {
            const stamp = verifyStamp(der, signature, trust.timestampAuthorities);
            if (stamp.time > latest) {
                throw new errors/* CodedError */.AK('TIMESTAMP_INVALID', `the RFC 3161 timestamp ${iso(stamp.time)} is in the future`);
            }
            times.push({ source: 'rfc3161', time: stamp.time });
        }
    }
    if (times.length === 0) {
        throw new errors/* CodedError */.AK('TIMESTAMP_INVALID', 'the bundle has no verified time (no log entry with a signed entry timestamp, no RFC 3161 timestamp)');
    }
    return times;
}
/**
 * The earliest verified time: the one a time-based policy (max-age) and the output use. The artifact provably
 * existed then; a later proven time (another entry, an RFC 3161 stamp) cannot make an old attestation look new,
 * and an unproven integrated time is never among `times`. INTERNAL on an empty list (collectTimes never
 * returns one).
 */
function earliestVerifiedTime(times) {
    const [first, ...rest] = times;
    if (first === undefined)
        throw new errors/* CodedError */.AK('INTERNAL', 'no verified time to choose from');
    return rest.reduce((a, b) => (b.time < a.time ? b : a), first);
}
/** The timestamp check's detail: each verified time, and each log entry whose time nothing proves. */
function describeTimes(times, tlog) {
    const proven = times.map((t) => `${t.source} ${iso(t.time)}`);
    const unproven = tlog
        .filter((e) => !e.integratedTimeVerified)
        .map((e) => `entry #${e.logIndex} time ${iso(e.integratedTime)} unproven (no SET), not used`);
    return [...proven, ...unproven].join('; ');
}
function iso(seconds) {
    return new Date(seconds * 1000).toISOString();
}

;// CONCATENATED MODULE: ./src/core/verify/engine.ts







/** Tolerated clock skew for "time is not in the future". */
const CLOCK_SKEW_SECONDS = 60;
/** Runs each step, recording it; a failure rethrows as a CodedError carrying the check name and history. */
class CheckLog {
    checks = [];
    run(name, step, detail) {
        let value;
        try {
            value = step();
        }
        catch (error) {
            const coded = (0,errors/* toCodedError */.Bt)(error);
            const failed = { name, ok: false, detail: coded.message };
            throw new errors/* CodedError */.AK(coded.code, `${name}: ${coded.message}`, {
                cause: error,
                details: { ...coded.details, check: name, checks: [...this.checks, failed] },
            });
        }
        this.checks.push({ name, ok: true, detail: detail(value) });
        return value;
    }
}
/** Decodes `bundleJson` (JSON text or parsed JSON) and verifies it; see the module comment for the steps. */
function verifyBundleWith(support, bundleJson, artifact, trust, options) {
    const log = new CheckLog();
    const bundle = log.run('bundle', () => parseBundle(bundleJson), (b) => `Sigstore bundle v${b.version}`);
    return verifyDecodedBundle(support, bundle, artifact, trust, options, log);
}
/** Same as verifyBundleWith for an already decoded bundle (callers that verify one bundle for many files). */
function verifyParsedBundleWith(support, bundle, artifact, trust, options) {
    return verifyDecodedBundle(support, bundle, artifact, trust, options, new CheckLog());
}
function verifyDecodedBundle(support, bundle, artifact, trust, options, log) {
    const latest = options.now + CLOCK_SKEW_SECONDS;
    const { content } = bundle;
    const material = bundle.verificationMaterial;
    const tlog = log.run('tlog', () => verifyTlogEntries(bundle, trust, latest), (entries) => entries.map((e) => `${e.log.baseUrl} #${e.logIndex} at ${iso(e.integratedTime)}`).join('; '));
    const timestamps = log.run('timestamp', () => collectTimes(bundle, tlog, trust, latest, support.rfc3161), (times) => describeTimes(times, tlog));
    const times = timestamps.map((t) => t.time);
    const { statement } = log.run('artifact', () => verifyArtifactMatches(content, artifact), () => `${artifact.algorithm}:${artifact.hex} is ${content.kind === 'dsseEnvelope' ? 'a subject of the statement' : 'the signed digest'}`);
    let signer;
    let signingKey;
    let leafDer;
    if (material.content.kind === 'publicKey') {
        const { hint } = material.content;
        signingKey = log.run('key', () => verifyWithTrustedKeys(content, hint, options.keys ?? [], artifact, support.digestSignature), (key) => `signed by trusted key ${(0,keys/* fingerprint */.Rj)(key)}`);
        signer = { kind: 'key', fingerprint: (0,keys/* fingerprint */.Rj)(signingKey) };
    }
    else {
        const certs = material.content.kind === 'certificate' ? [material.content.certificate] : material.content.certificates;
        const [leaf, ...rest] = certs;
        const keyless = requireSupport(support.keyless, 'keyless (certificate) bundles');
        const chain = log.run('certificate', () => {
            if (leaf === undefined)
                throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', 'the bundle carries no signing certificate');
            return keyless.verifyCertificateChain(leaf, rest, trust.certificateAuthorities, times);
        }, (c) => `chains to ${c.authority.uri ?? 'a trusted CA'}; valid at every verified time`);
        leafDer = chain.leaf.der;
        log.run('sct', () => keyless.verifyEmbeddedScts(chain.leaf, chain.issuer, trust.ctlogs), (scts) => `${scts.length} valid SCT(s) from ${scts.map((s) => s.log.baseUrl ?? 'a CT log').join(', ')}`);
        const identity = log.run('identity', () => {
            const found = keyless.extractIdentity(chain.leaf.asn);
            const policies = options.identity === undefined ? [] : [options.identity].flat();
            if (policies.length === 0) {
                throw new errors/* CodedError */.AK('IDENTITY_MISMATCH', `no expected identity given; the certificate names "${found.san}" from issuer "${found.issuer}" ` +
                    '(pass --cert-identity and --cert-oidc-issuer)');
            }
            // The first policy the certificate satisfies accepts it; when none does, the last mismatch is reported.
            let mismatch;
            for (const policy of policies) {
                try {
                    keyless.verifyIdentity(found, policy);
                    return found;
                }
                catch (error) {
                    if (!(0,errors/* isCodedError */.IG)(error, 'IDENTITY_MISMATCH'))
                        throw error;
                    mismatch = error;
                }
            }
            throw mismatch;
        }, (id) => `${id.san} (issuer ${id.issuer})`);
        signingKey = (0,keys/* publicKeyFromKeyObject */.zp)(chain.leaf.publicKey); // loaded once, with the certificate
        signer = {
            kind: 'certificate',
            san: identity.san,
            sanType: identity.sanType,
            issuer: identity.issuer,
            extensions: identity.extensions,
        };
    }
    const key = signingKey;
    const what = content.kind === 'dsseEnvelope' ? 'DSSE signature' : 'message signature';
    log.run('signature', 
    // A trusted key was only chosen because the signature verified with it: no need to verify twice.
    () => (signer.kind === 'key' ? undefined : verifyContentSignature(content, key, artifact, support.digestSignature)), () => `${what} verifies with the ${signer.kind === 'key' ? 'trusted key' : "certificate's key"}`);
    log.run('tlog-body', () => {
        for (const entry of material.tlogEntries) {
            (0,verify_tlog/* verifyTlogBody */.u)(entry, { content, key, certificate: leafDer });
        }
    }, () => 'every log entry records this signature, key and content');
    return {
        checks: log.checks,
        ...(statement === undefined ? {} : { statement }),
        signer,
        tlog,
        timestamps,
        verifiedTime: earliestVerifiedTime(timestamps),
    };
}

// EXTERNAL MODULE: ./src/core/intoto/slsa.ts
var slsa = __webpack_require__(1480);
// EXTERNAL MODULE: ./src/core/policy/match.ts
var match = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/core/policy/evaluate.ts
/**
 * Checks verified provenance against policy requirements. Input facts come from a bundle that was already
 * verified: for a keyless bundle from its Fulcio certificate (the statement only has to agree with it), for a
 * key-signed one from its statement (claimed by the key holder); see flows/verify-facts.ts. This module only
 * decides whether they are allowed, and says why not.
 */

function describe(value) {
    return value === undefined || value === '' ? 'nothing (the provenance does not say)' : `"${value}"`;
}
/**
 * The checks `req` asks for, in evaluateRequirements' order (the same applicability rules: a requirement that is
 * absent, or `runnerEnvironment: any`, asks for nothing).
 */
function requestedChecks(req) {
    const out = [];
    if (req.predicateType !== undefined)
        out.push('predicate-type');
    if (req.repositories !== undefined)
        out.push('repository');
    if (req.refs !== undefined)
        out.push('ref');
    if (req.workflows !== undefined)
        out.push('workflow');
    if (req.runnerEnvironment !== undefined && req.runnerEnvironment !== 'any')
        out.push('runner-environment');
    if (req.eventNames !== undefined)
        out.push('event-name');
    if (req.commits !== undefined)
        out.push('commit');
    if (req.maxAgeSeconds !== undefined)
        out.push('max-age');
    return out;
}
/**
 * Every violated requirement, in a fixed order; empty means the provenance satisfies `req`. `time.verifiedTime`
 * is the EARLIEST time the bundle proves (a SET-backed integrated time or an RFC 3161 timestamp; never a bare
 * integrated time, which anyone can edit): max-age asks how long ago the attestation provably existed, and the
 * earliest proof is the one a later, fresher-looking time cannot hide.
 */
function evaluateRequirements(facts, req, time) {
    const out = [];
    const globCheck = (check, label, value, allowed) => {
        if (allowed === undefined)
            return;
        if (value === undefined || !(0,match/* matchesAny */._I)(value, allowed)) {
            out.push({ check, message: `${label} is ${describe(value)}; the policy allows ${allowed.join(', ')}` });
        }
    };
    if (req.predicateType !== undefined && facts.predicateType !== req.predicateType) {
        out.push({
            check: 'predicate-type',
            message: `predicate type is ${describe(facts.predicateType)}; the policy requires "${req.predicateType}"`,
        });
    }
    globCheck('repository', 'source repository', facts.repository, req.repositories);
    globCheck('ref', 'source ref', facts.ref, req.refs);
    globCheck('workflow', 'signer workflow', facts.workflowPath, req.workflows);
    if (req.runnerEnvironment !== undefined && req.runnerEnvironment !== 'any') {
        if (facts.runnerEnvironment !== req.runnerEnvironment) {
            out.push({
                check: 'runner-environment',
                message: `runner environment is ${describe(facts.runnerEnvironment)}; the policy requires "${req.runnerEnvironment}"`,
            });
        }
    }
    if (req.eventNames !== undefined && (facts.eventName === undefined || !req.eventNames.includes(facts.eventName))) {
        out.push({
            check: 'event-name',
            message: `trigger event is ${describe(facts.eventName)}; the policy allows ${req.eventNames.join(', ')}`,
        });
    }
    if (req.commits !== undefined && (facts.sha === undefined || !req.commits.includes(facts.sha))) {
        out.push({ check: 'commit', message: `source commit ${describe(facts.sha)} is not one the policy allows` });
    }
    if (req.maxAgeSeconds !== undefined) {
        const age = time.now - time.verifiedTime;
        if (age > req.maxAgeSeconds) {
            out.push({
                check: 'max-age',
                message: `attestation is ${formatAge(age)} old (earliest verified time ${new Date(time.verifiedTime * 1000).toISOString()}); the policy allows ${formatAge(req.maxAgeSeconds)}`,
            });
        }
    }
    return out;
}
function formatAge(seconds) {
    if (seconds >= 86_400)
        return `${Math.floor(seconds / 86_400)}d`;
    if (seconds >= 3600)
        return `${Math.floor(seconds / 3600)}h`;
    if (seconds >= 60)
        return `${Math.floor(seconds / 60)}m`;
    return `${seconds}s`;
}
/** Seconds from `now` to the end of the exception's `expires` day. */
function remaining(e, now) {
    return e.expiresAt - now;
}
/**
 * Whether a digest (`sha256:<hex>`) is excepted from the policy at `now` (unix seconds). An exception whose
 * expiry lies more than `maxLifetimeSeconds` ahead is not honoured: a far-future date (`9999-12-31`) would
 * otherwise be a permanent pass.
 */
function exceptionFor(digest, exceptions, now, maxLifetimeSeconds) {
    const d = digest.toLowerCase();
    const matches = exceptions.filter((e) => e.digest === d);
    const active = matches.find((e) => remaining(e, now) >= 0 && remaining(e, now) <= maxLifetimeSeconds);
    if (active !== undefined)
        return { kind: 'active', exception: active };
    const tooLong = matches.find((e) => remaining(e, now) > maxLifetimeSeconds);
    if (tooLong !== undefined)
        return { kind: 'too-long', exception: tooLong };
    const expired = matches[0];
    return expired === undefined ? { kind: 'none' } : { kind: 'expired', exception: expired };
}
/**
 * Every exception of the policy that is an error at `now`: expired ones (clean them up), and ones expiring more
 * than `maxLifetimeSeconds` ahead. Messages name the exception's line when the parser recorded it.
 */
function exceptionProblems(exceptions, now, maxLifetimeSeconds, source) {
    const out = [];
    for (const e of exceptions) {
        const at = `${source}${e.line === undefined ? '' : `:${e.line}`}`;
        if (remaining(e, now) < 0) {
            out.push({
                kind: 'expired',
                exception: e,
                message: `${at}: the exception for ${e.digest} ("${e.reason}") expired on ${e.expires}; remove it or renew it`,
            });
        }
        else if (remaining(e, now) > maxLifetimeSeconds) {
            const days = Math.floor(maxLifetimeSeconds / 86_400);
            out.push({
                kind: 'too-long',
                exception: e,
                message: `${at}: the exception for ${e.digest} ("${e.reason}") expires on ${e.expires}, more than ${days} days ` +
                    "from today (the policy's exception-max-lifetime); it is ignored until it expires sooner",
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/flows/verify-certificate-facts.ts
/**
 * The build facts a Fulcio certificate vouches for. Fulcio copies them from the OIDC token GitHub issued to the
 * run (sigstore/fulcio docs/oid-info.md), so unlike the statement, which the workflow writes itself, the signer
 * cannot choose them: `gh attestation verify` and cosign check `--repo`, the ref, the workflow and the runner
 * against these extensions, and so does provlog.
 *
 *   repository   1.3.6.1.4.1.57264.1.12 Source Repository URI   (v1 fallback .5 GitHub Workflow Repository)
 *   ref          .14 Source Repository Ref                      (v1 fallback .6 GitHub Workflow Ref)
 *   commit       .13 Source Repository Digest                   (v1 fallback .3 GitHub Workflow SHA)
 *   workflow     .18 Build Config URI (the top-level workflow of the source repository, what the statement's
 *                externalParameters.workflow.path names), else the SAN / .9 Build Signer URI when it is a
 *                workflow of that same repository
 *   runner       .11 Runner Environment
 *   trigger      .20 Build Trigger                              (v1 fallback .2 GitHub Workflow Trigger)
 *   invocation   .21 Run Invocation URI; builder .9 Build Signer URI (the statement's runDetails.builder.id)
 *
 * A statement that states one of these facts differently from the certificate is a lie by the workflow that
 * signed it (the attack: a workflow accepted by a broad identity pattern claims another repository's release):
 * PROVENANCE_MISMATCH naming both values.
 */

/** `https://host/owner/repo/<path>@<ref>` -> `<path>` when it lies in `repositoryUrl`; undefined otherwise. */
function workflowPathIn(workflowUri, repositoryUrl, ref) {
    const prefix = `${repositoryUrl}/`;
    if (!workflowUri.startsWith(prefix))
        return undefined;
    const rest = workflowUri.slice(prefix.length);
    // Cut the known ref suffix rather than at the first `@`, so a path containing `@` stays whole.
    const suffix = ref === undefined ? undefined : `@${ref}`;
    const at = suffix !== undefined && rest.endsWith(suffix) ? rest.length - suffix.length : rest.lastIndexOf('@');
    return at > 0 ? rest.slice(0, at) : undefined;
}
/** Reads the build facts from a verified certificate's SAN and Fulcio extensions. */
function certificateFacts(san, ext, repositoryFromUrl) {
    const facts = {};
    const repositoryUrl = ext.sourceRepositoryURI;
    if (repositoryUrl !== undefined) {
        facts.repositoryUrl = repositoryUrl;
        facts.repository = repositoryFromUrl(repositoryUrl) ?? repositoryUrl;
    }
    else if (ext.githubWorkflowRepository !== undefined) {
        facts.repository = ext.githubWorkflowRepository;
    }
    const ref = ext.sourceRepositoryRef ?? ext.githubWorkflowRef;
    if (ref !== undefined)
        facts.ref = ref;
    const sha = ext.sourceRepositoryDigest ?? ext.githubWorkflowSha;
    if (sha !== undefined)
        facts.sha = sha;
    if (repositoryUrl !== undefined) {
        const workflowUri = ext.buildConfigURI ?? ext.buildSignerURI ?? san;
        const path = workflowPathIn(workflowUri, repositoryUrl, ref);
        if (path !== undefined)
            facts.workflowPath = path;
    }
    if (ext.runnerEnvironment !== undefined)
        facts.runnerEnvironment = ext.runnerEnvironment;
    const trigger = ext.buildTrigger ?? ext.githubWorkflowTrigger;
    if (trigger !== undefined)
        facts.eventName = trigger;
    if (ext.runInvocationURI !== undefined)
        facts.invocationId = ext.runInvocationURI;
    if (ext.buildSignerURI !== undefined)
        facts.builderId = ext.buildSignerURI;
    return facts;
}
const COMPARED = [
    ['repository', 'source repository'],
    ['ref', 'source ref'],
    ['sha', 'source commit'],
    ['workflowPath', 'workflow'],
    ['runnerEnvironment', 'runner environment'],
    ['eventName', 'trigger event'],
    ['invocationId', 'run invocation'],
    ['builderId', 'builder'],
];
/**
 * The facts a policy may rely on for a certificate signer: the certificate's, with the statement's descriptive
 * fields (predicate and build type) kept. Throws PROVENANCE_MISMATCH when the statement states a fact the
 * certificate also states, differently (every disagreement named, statement value and certificate value).
 */
function factsFromCertificate(cert, claimed) {
    const disagreements = [];
    const differ = (label, statement, certificate) => {
        if (statement !== undefined && certificate !== undefined && statement !== certificate) {
            disagreements.push(`${label}: the statement says "${statement}", the certificate says "${certificate}"`);
        }
    };
    differ('source repository URL', claimed?.repositoryUrl, cert.repositoryUrl);
    for (const [key, label] of COMPARED)
        differ(label, claimed?.[key], cert[key]);
    if (disagreements.length > 0) {
        throw new errors/* CodedError */.AK('PROVENANCE_MISMATCH', `the signed statement contradicts its signing certificate (${disagreements.join('; ')})`, { details: { disagreements } });
    }
    const summary = { factsSource: 'certificate' };
    if (claimed?.predicateType !== undefined)
        summary.predicateType = claimed.predicateType;
    if (claimed?.buildType !== undefined)
        summary.buildType = claimed.buildType;
    if (claimed?.unreadable !== undefined)
        summary.unreadable = claimed.unreadable;
    for (const key of [
        'repositoryUrl',
        'repository',
        'ref',
        'sha',
        'workflowPath',
        'runnerEnvironment',
        'eventName',
        'invocationId',
        'builderId',
    ]) {
        const value = cert[key];
        if (value !== undefined)
            summary[key] = value;
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/flows/verify-facts.ts
/**
 * From a VERIFIED bundle to what a person and a policy care about: the source repository, ref, workflow,
 * commit, runner and trigger, and one named check per provenance requirement (core/policy/evaluate.ts decides;
 * this module only names passes as well as failures, so the output lists every requirement that was checked).
 *
 * Where the facts come from depends on the signer (trustedProvenance):
 *   certificate  the Fulcio certificate's extensions (verify-certificate-facts.ts); the statement, written by
 *                the signing workflow itself, must agree with them where it states them (PROVENANCE_MISMATCH)
 *   key          the statement (SLSA v1, GitHub workflow buildType, core/intoto/slsa.ts) is all there is:
 *                the facts are what the key holder claims, and the output says so
 */




/**
 * `https://github.com/owner/repo` -> `owner/repo` (any host: GHES too), and `file://localhost/local/dir` (what
 * `provlog attest` records for a checkout without a remote) -> `local/dir`.
 */
function repositoryFromUrl(url) {
    const m = /^(?:https?|file):\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
    return m?.[1];
}
function summarizeProvenance(statement) {
    if (statement === undefined)
        return undefined;
    const summary = { predicateType: statement.predicateType };
    if (statement.predicateType !== slsa/* SLSA_PREDICATE_TYPE */.Zk) {
        summary.unreadable = `predicate type is not ${slsa/* SLSA_PREDICATE_TYPE */.Zk}`;
        return summary;
    }
    try {
        const facts = (0,slsa/* parseSlsaProvenance */.w$)(statement.predicate);
        return {
            ...summary,
            repositoryUrl: facts.repositoryUrl,
            repository: repositoryFromUrl(facts.repositoryUrl) ?? facts.repositoryUrl,
            ref: facts.ref,
            workflowPath: facts.workflowPath,
            ...(facts.sha === undefined ? {} : { sha: facts.sha }),
            ...(facts.runnerEnvironment === undefined ? {} : { runnerEnvironment: facts.runnerEnvironment }),
            ...(facts.eventName === undefined ? {} : { eventName: facts.eventName }),
            buildType: facts.buildType,
            builderId: facts.builderId,
            ...(facts.invocationId === undefined ? {} : { invocationId: facts.invocationId }),
        };
    }
    catch (error) {
        if (!(0,errors/* isCodedError */.IG)(error))
            throw error;
        return { ...summary, unreadable: error.message };
    }
}
/**
 * The facts a policy may rely on, for a verified signer: a certificate's own (the statement must agree), or a
 * key-signed statement's claims. Undefined for a key-signed bare signature (no facts at all). Throws
 * PROVENANCE_MISMATCH when a statement contradicts its certificate.
 */
function trustedProvenance(statement, signer) {
    const claimed = summarizeProvenance(statement);
    if (signer.kind === 'key')
        return claimed === undefined ? undefined : { ...claimed, factsSource: 'statement' };
    return factsFromCertificate(certificateFacts(signer.san, signer.extensions, repositoryFromUrl), claimed);
}
/** One line on where the facts came from, for the output's `provenance` check. */
function describeFactsSource(provenance) {
    if (provenance.factsSource !== 'certificate') {
        return 'facts claimed by the key holder (the signed statement; no certificate vouches for them)';
    }
    const statement = provenance.predicateType === undefined
        ? 'no statement (a bare signature)'
        : provenance.buildType === undefined
            ? 'the statement states none of them'
            : 'the statement agrees with it';
    return `facts from the signing certificate (Fulcio); ${statement}`;
}
function passDetail(check, facts, req) {
    switch (check) {
        case 'predicate-type':
            return `${facts.predicateType}`;
        case 'repository':
            return `${facts.repository} matches ${req.repositories?.join(', ')}`;
        case 'ref':
            return `${facts.ref} matches ${req.refs?.join(', ')}`;
        case 'workflow':
            return `${facts.workflowPath} matches ${req.workflows?.join(', ')}`;
        case 'runner-environment':
            return `${facts.runnerEnvironment}`;
        case 'event-name':
            return `${facts.eventName}`;
        case 'commit':
            return `${facts.sha}`;
        case 'max-age':
            return 'logged within the allowed age';
    }
}
/**
 * One check per requirement given (`policy:<name>`). No statement at all (a plain message signature) with any
 * requirement is one failed `policy` check: there is no provenance to hold to it.
 */
function requirementChecks(provenance, req, time) {
    const wanted = requestedChecks(req);
    if (wanted.length === 0)
        return [];
    if (provenance === undefined) {
        return [{ name: 'policy', ok: false, detail: 'the bundle carries no provenance statement (a bare signature)' }];
    }
    const violations = evaluateRequirements(provenance, req, time);
    return wanted.map((check) => {
        const violation = violations.find((v) => v.check === check);
        return violation === undefined
            ? { name: `policy:${check}`, ok: true, detail: passDetail(check, provenance, req) }
            : { name: `policy:${check}`, ok: false, detail: violation.message };
    });
}

// EXTERNAL MODULE: ./src/flows/verify-inputs.ts
var verify_inputs = __webpack_require__(2500);
;// CONCATENATED MODULE: ./src/flows/verify.ts
/**
 * The verify pipeline shared by `provlog verify`, `provlog verify-release` and the policy check: artifacts
 * (files or sha256 digests) + bundles + trust root + trusted keys / identities + provenance requirements ->
 * one result per artifact, each with the named checks of core/verify/verifier.ts plus one check per provenance
 * requirement. Its I/O is reading bundle files and hashing artifact files; time is a parameter.
 *
 * Bundle selection: a bundle is tried for an artifact when its statement lists the artifact's digest (or its
 * message signature signs it); when none does, every bundle is tried so the failure names the check that
 * decided (`artifact`). The first bundle that verifies wins. Several files against one multi-subject bundle
 * verify in one call: the bundle is decoded once.
 */











async function resolveDigests(artifacts) {
    if (artifacts.length === 0)
        throw new errors/* CodedError */.AK('USAGE', 'nothing to verify: give FILE... or --digest sha256:HEX');
    const paths = artifacts.flatMap((a) => (a.kind === 'file' ? [a.path] : []));
    const hashed = paths.length === 0 ? [] : await (0,hash/* hashFiles */.yQ)(paths);
    let next = 0;
    return artifacts.map((a) => {
        if (a.kind === 'digest') {
            const { algorithm, hex } = (0,verify_inputs/* parseDigestArgument */.$w)(a.digest);
            return { artifact: a.name ?? `${algorithm}:${hex}`, algorithm, hex };
        }
        const hex = hashed[next++];
        if (hex === undefined)
            throw new errors/* CodedError */.AK('INTERNAL', `no digest computed for ${a.path}`);
        return { artifact: a.path, algorithm: 'sha256', hex };
    });
}
/**
 * Digests a bundle claims to cover, read WITHOUT verification and used only to pick which bundle to verify
 * (verification then decides). Unreadable payloads claim nothing.
 */
function claimedDigests(bundle) {
    const content = bundle.content;
    if (content.kind === 'messageSignature') {
        const algorithm = (0,bundle_bundle/* hashAlgorithmOf */.FH)(content.digest.algorithm);
        return new Set(algorithm === undefined ? [] : [`${algorithm}:${(0,bytes/* toHex */.nj)(content.digest.digest)}`]);
    }
    try {
        const statement = (0,intoto_statement/* parseStatement */.By)(content.envelope.payload);
        return new Set(statement.subject.flatMap((s) => Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`)));
    }
    catch {
        return new Set();
    }
}
async function verifyArtifacts(request) {
    const bundles = await (0,verify_inputs/* loadBundles */.WJ)(request.bundles);
    const digests = await resolveDigests(request.artifacts);
    const claims = bundles.map((b) => claimedDigests(b.bundle));
    const support = await loadVerifierSupport(bundles.map((b) => b.bundle));
    const results = digests.map((d) => {
        const matching = bundles.filter((_, i) => claims[i]?.has(`${d.algorithm}:${d.hex}`));
        return verifyOne(d, matching.length > 0 ? matching : bundles, request, support);
    });
    return { verified: results.every((r) => r.verified), results };
}
/**
 * The verifier's heavyweight parts (ASN.1 for certificates and RFC 3161, noble for message signatures) are
 * loaded only when some bundle needs them: key-signed DSSE bundles, what `provlog attest` makes, verify ~100 ms
 * sooner without them (core/verify/support.ts).
 */
async function loadVerifierSupport(bundles) {
    const needed = bundles.some((bundle) => Object.values(supportNeeded(bundle)).some(Boolean));
    return needed ? (await Promise.all(/* import() */[__webpack_require__.e(467), __webpack_require__.e(215), __webpack_require__.e(831), __webpack_require__.e(133)]).then(__webpack_require__.bind(__webpack_require__, 3133))).FULL_SUPPORT : {};
}
function verifyOne(digest, candidates, request, support) {
    const base = { artifact: digest.artifact, digest: `${digest.algorithm}:${digest.hex}` };
    let failure;
    for (const candidate of candidates) {
        const outcome = verifyCandidate(candidate, digest, request, support);
        if (outcome.verified)
            return { ...base, ...outcome };
        failure ??= { ...base, ...outcome };
    }
    return (failure ?? {
        ...base,
        verified: false,
        checks: [{ name: 'bundle', ok: false, detail: 'no bundle to verify against' }],
        error: { code: 'ARTIFACT_DIGEST_MISMATCH', message: 'no provenance bundle was found for this artifact' },
    });
}
/** One bundle for one artifact; a certificate may match any of the accepted identities (the engine tries each). */
function verifyCandidate(loaded, digest, request, support) {
    const identities = request.identities ?? [];
    const bundleCheck = {
        name: 'bundle',
        ok: true,
        detail: `Sigstore bundle v${loaded.bundle.version} (${loaded.name})`,
    };
    let result;
    try {
        const artifact = { algorithm: digest.algorithm, hex: digest.hex };
        result = verifyParsedBundleWith(support, loaded.bundle, artifact, request.trustedRoot, {
            ...(request.keys === undefined ? {} : { keys: request.keys }),
            ...(identities.length === 0 ? {} : { identity: identities }),
            now: request.now,
        });
    }
    catch (error) {
        const coded = (0,errors/* toCodedError */.Bt)(error);
        const checks = isCheckList(coded.details?.checks) ? coded.details.checks : [];
        return {
            verified: false,
            bundle: loaded.name,
            checks: [bundleCheck, ...checks],
            error: { code: coded.code, message: coded.message },
        };
    }
    let provenance;
    try {
        provenance = trustedProvenance(result.statement, result.signer);
    }
    catch (error) {
        const coded = (0,errors/* toCodedError */.Bt)(error);
        return {
            verified: false,
            bundle: loaded.name,
            checks: [
                bundleCheck,
                ...result.checks.map((c) => ({ ...c })),
                { name: 'provenance', ok: false, detail: coded.message },
            ],
            signer: signerSummary(result),
            error: { code: coded.code, message: coded.message },
        };
    }
    const { verifiedTime } = result;
    const policyChecks = requirementChecks(provenance, request.requirements ?? {}, {
        verifiedTime: verifiedTime.time,
        now: request.now,
    });
    const failed = policyChecks.find((c) => !c.ok);
    const logEntry = summarizeLogEntry(loaded.bundle, result);
    const factsCheck = provenance === undefined ? [] : [{ name: 'provenance', ok: true, detail: describeFactsSource(provenance) }];
    return {
        verified: failed === undefined,
        bundle: loaded.name,
        checks: [bundleCheck, ...result.checks.map((c) => ({ ...c })), ...factsCheck, ...policyChecks],
        signer: signerSummary(result),
        ...(provenance === undefined ? {} : { provenance }),
        verifiedTime,
        ...(logEntry === undefined ? {} : { logEntry }),
        ...(failed === undefined
            ? {}
            : { error: { code: 'POLICY_VIOLATION', message: `${failed.name}: ${failed.detail}` } }),
        result,
    };
}
function signerSummary(result) {
    return result.signer.kind === 'key'
        ? { kind: 'key', fingerprint: result.signer.fingerprint }
        : { kind: 'certificate', san: result.signer.san, issuer: result.signer.issuer };
}
function isCheckList(value) {
    return (Array.isArray(value) &&
        value.every((c) => typeof c === 'object' && c !== null && typeof c.name === 'string' && typeof c.ok === 'boolean'));
}
/**
 * The log entry to show and to check online: the first whose time a SET proves, else the first (an entry
 * prepended without a SET cannot push the signed one out of the summary).
 */
function summarizeLogEntry(bundle, result) {
    // result.tlog lists the bundle's entries in order; copies of one entry share a log index, so go by position.
    const found = result.tlog.findIndex((e) => e.integratedTimeVerified);
    const position = found === -1 ? 0 : found;
    const facts = result.tlog[position];
    const entry = bundle.verificationMaterial.tlogEntries[position];
    if (facts === undefined || entry === undefined)
        return undefined;
    const checkpoint = entry.inclusionProof?.checkpoint;
    let treeId;
    if (checkpoint !== undefined) {
        try {
            treeId = (0,note_checkpoint/* parseRekorOrigin */.hA)((0,note_checkpoint/* parseSignedCheckpoint */.Ac)(checkpoint).checkpoint.origin)?.treeId;
        }
        catch {
            treeId = undefined; // verified already; a parse problem here only loses the tree ID
        }
    }
    return {
        logIndex: facts.logIndex,
        uuid: treeId === undefined ? (0,rekor_entry/* entryUuid */.G4)(entry.canonicalizedBody) : (0,rekor_entry/* entryId */.ub)(treeId, entry.canonicalizedBody),
        integratedTime: facts.integratedTime,
        integratedTimeVerified: facts.integratedTimeVerified,
        logUrl: facts.log.baseUrl,
        canonicalizedBody: entry.canonicalizedBody,
        ...(checkpoint === undefined ? {} : { checkpoint }),
    };
}
/** The exit code of a report: 0 verified, else the worst class among its failures (cli/exit-codes.ts). */
function failureCodes(report) {
    return report.results.flatMap((r) => (r.verified || r.error === undefined ? [] : [r.error.code]));
}


/***/ })

};
