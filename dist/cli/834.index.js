export const id = 834;
export const ids = [834];
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
 *       "provenance": { "predicateType", "repository"?, "ref"?, "workflowPath"?, "sha"?, "runnerEnvironment"?,
 *                       "eventName"?, "buildType"?, "builderId"?, "invocationId"?, "unreadable"? } | null,
 *       "logEntry": { "logIndex", "uuid", "integratedTime" (unix s), "logUrl" } | null,
 *       "error": { "code": string, "message": string } | null
 *     }],
 *     "logChecks": [{ "logUrl", "origin", "ok", "detail", "bundleSize"?, "rememberedSize"?, "currentSize"?,
 *                     "error"?: { "code", "message", "evidence"?: { "first", "second" } } }]
 *   }
 *
 * Check names: bundle, tlog, timestamp, key | certificate + sct + identity, artifact, signature, tlog-body,
 * policy:<requirement>, log-consistency.
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
        logEntry: r.logEntry === undefined
            ? null
            : {
                logIndex: r.logEntry.logIndex,
                uuid: r.logEntry.uuid,
                integratedTime: r.logEntry.integratedTime,
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
    if (p.repository === undefined)
        return `${p.predicateType}${p.unreadable ? ` (${p.unreadable})` : ''}`;
    const parts = [`${p.repository} @ ${p.ref ?? '?'}`];
    if (p.sha !== undefined)
        parts.push(`commit ${p.sha.slice(0, 12)}`);
    if (p.workflowPath !== undefined)
        parts.push(`workflow ${p.workflowPath}`);
    if (p.runnerEnvironment !== undefined)
        parts.push(`runner ${p.runnerEnvironment}`);
    if (p.eventName !== undefined)
        parts.push(`event ${p.eventName}`);
    return parts.join(', ');
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
                'log',
                r.logEntry === undefined
                    ? undefined
                    : `${r.logEntry.logUrl} #${r.logEntry.logIndex} uuid ${r.logEntry.uuid} at ${iso(r.logEntry.integratedTime)}`,
            ],
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


/***/ }),

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
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
function matchesAny(value, globs) {
    return globs.some((g) => globToRegExp(g).test(value));
}
const UNITS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
/** `90s`, `15m`, `12h`, `30d`, `2w` -> seconds; anything else is null. */
function parseDuration(text) {
    const m = /^([1-9][0-9]{0,8})([smhdw])$/.exec(text.trim());
    if (m === null)
        return null;
    return Number(m[1]) * (UNITS[m[2] ?? ''] ?? 0);
}


/***/ }),

/***/ 3837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ loadBundles),
  tb: () => (/* binding */ loadPolicy),
  fg: () => (/* binding */ loadPublicKey),
  KE: () => (/* binding */ loadTrustedRoot),
  bg: () => (/* binding */ mergeTrustedRoots),
  $w: () => (/* binding */ parseDigestArgument)
});

// UNUSED EXPORTS: mergeRequirements, parseBundleText

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/files/trust.ts
var trust = __webpack_require__(9922);
// EXTERNAL MODULE: ./src/core/bundle/codec.ts + 2 modules
var codec = __webpack_require__(6651);
// EXTERNAL MODULE: ./src/core/bundle/public-good-root.ts
var public_good_root = __webpack_require__(246);
// EXTERNAL MODULE: ./src/core/bundle/trust.ts + 1 modules
var bundle_trust = __webpack_require__(8585);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/keys/keys.ts
var keys = __webpack_require__(8670);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/json/decode.ts
var decode = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/core/policy/match.ts
var match = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/core/policy/schema.ts
/**
 * The provenance policy file (version 1) a security team writes once for the whole organisation. Parsed from
 * YAML strictly: unknown keys, wrong types and bad values are errors that name the key path AND the line, so a
 * typo (`repositorys:`) can never silently weaken a policy. JSON Schema: schema/provlog-policy.schema.json.
 */




const TOP_KEYS = ['version', 'logs', 'signers', 'require', 'exceptions'];
const REQUIRE_KEYS = [
    'predicate-type',
    'repositories',
    'refs',
    'workflows',
    'runner-environment',
    'event-names',
    'commits',
    'max-age',
];
function parsePolicy(text, source = 'policy') {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    const yamlError = doc.errors[0];
    if (yamlError !== undefined) {
        const line = yamlError.linePos?.[0]?.line;
        throw new errors/* CodedError */.AK('POLICY_MALFORMED', `${source}${line ? `:${line}` : ''}: ${yamlError.message.split('\n')[0]}`, {
            details: { line },
        });
    }
    try {
        return decodePolicy((0,decode/* decode */.D4)(doc.toJS({ maxAliasCount: 10 }), 'POLICY_MALFORMED', 'policy'));
    }
    catch (error) {
        if (!(error instanceof errors/* CodedError */.AK) || typeof error.details?.path !== 'string')
            throw error;
        // Map the failing path (policy.require.refs[0]) back to a YAML node for the line number.
        const keys = pathKeys(error.details.path);
        let line;
        for (let n = keys.length; n >= 0 && line === undefined; n--) {
            const node = doc.getIn(keys.slice(0, n), true);
            if (node?.range)
                line = lineCounter.linePos(node.range[0]).line;
        }
        throw new errors/* CodedError */.AK('POLICY_MALFORMED', `${source}${line ? `:${line}` : ''}: ${error.message}`, {
            cause: error,
            details: { ...error.details, line },
        });
    }
}
function pathKeys(path) {
    const keys = [];
    for (const m of path.replace(/^policy/, '').matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
        keys.push(m[1] ?? Number(m[2]));
    }
    return keys;
}
function decodePolicy(root) {
    root.onlyKeys(TOP_KEYS);
    const version = root.get('version');
    if (version.value !== 1)
        version.fail('must be 1 (the only policy version this provlog understands)');
    const logs = (root.optional('logs')?.array() ?? []).map(decodeLog);
    const signers = (root.optional('signers')?.array() ?? []).map(decodeSigner);
    if (signers.length === 0)
        root.get('signers').fail('must list at least one signer (key or identity)');
    return {
        version: 1,
        logs,
        signers,
        require: decodeRequire(root.optional('require')),
        exceptions: (root.optional('exceptions')?.array() ?? []).map(decodeException),
    };
}
function decodeLog(n) {
    const keys = n.keys();
    if (keys.includes('trusted-root')) {
        n.onlyKeys(['trusted-root']);
        return { kind: 'trusted-root', path: n.get('trusted-root').nonEmptyString() };
    }
    n.onlyKeys(['url', 'public-key']);
    const url = n.get('url').nonEmptyString();
    if (!/^https?:\/\/[^\s]+$/.test(url))
        n.get('url').fail('must be an http(s) URL');
    return { kind: 'key', url, publicKey: n.get('public-key').nonEmptyString() };
}
function decodeSigner(n) {
    const keys = n.keys();
    if (keys.includes('key')) {
        n.onlyKeys(['key']);
        return { kind: 'key', key: n.get('key').nonEmptyString() };
    }
    n.onlyKeys(['identity']);
    const id = n.get('identity').onlyKeys(['issuer', 'subject', 'subject-regex']);
    const subject = id.optional('subject')?.nonEmptyString();
    const subjectRegex = id.optional('subject-regex')?.nonEmptyString();
    if (subject === undefined && subjectRegex === undefined)
        id.fail('needs `subject` or `subject-regex`');
    if (subjectRegex !== undefined) {
        try {
            new RegExp(subjectRegex);
        }
        catch {
            id.get('subject-regex').fail('is not a valid regular expression');
        }
    }
    return {
        kind: 'identity',
        issuer: id.get('issuer').nonEmptyString(),
        ...(subject === undefined ? {} : { subject }),
        ...(subjectRegex === undefined ? {} : { subjectRegex }),
    };
}
function stringArray(n) {
    if (n === undefined)
        return undefined;
    if (typeof n.value === 'string')
        return [n.nonEmptyString()];
    const out = n.array().map((item) => item.nonEmptyString());
    if (out.length === 0)
        n.fail('must not be empty (remove the key to allow anything)');
    return out;
}
function decodeRequire(n) {
    if (n === undefined)
        return {};
    n.onlyKeys(REQUIRE_KEYS);
    const req = {};
    const predicateType = n.optional('predicate-type')?.nonEmptyString();
    if (predicateType !== undefined)
        req.predicateType = predicateType;
    const repositories = stringArray(n.optional('repositories'));
    if (repositories !== undefined) {
        for (const [i, r] of repositories.entries()) {
            if (!/^[^/\s]+\/[^/\s]+$/.test(r))
                n.get('repositories').array()[i]?.fail('must be owner/repo (globs allowed)');
        }
        req.repositories = repositories;
    }
    const refs = stringArray(n.optional('refs'));
    if (refs !== undefined)
        req.refs = refs;
    const workflows = stringArray(n.optional('workflows'));
    if (workflows !== undefined)
        req.workflows = workflows;
    const runner = n.optional('runner-environment');
    if (runner !== undefined)
        req.runnerEnvironment = runner.oneOf(['github-hosted', 'self-hosted', 'any']);
    const eventNames = stringArray(n.optional('event-names'));
    if (eventNames !== undefined)
        req.eventNames = eventNames;
    const commits = stringArray(n.optional('commits'));
    if (commits !== undefined) {
        if (commits.some((c) => !/^[0-9a-f]{40}$/.test(c)))
            n.get('commits').fail('must be 40-hex commit SHAs');
        req.commits = commits;
    }
    const maxAge = n.optional('max-age');
    if (maxAge !== undefined) {
        req.maxAgeSeconds = (0,match/* parseDuration */.E9)(maxAge.string()) ?? maxAge.fail('must be a duration like 30d, 12h, 2w');
    }
    return req;
}
function decodeException(n) {
    n.onlyKeys(['digest', 'reason', 'expires']);
    const digest = n.get('digest').string().toLowerCase();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
        n.get('digest').fail('must be sha256:<64 hex>');
    const reason = n.get('reason').nonEmptyString();
    const expiresNode = n.get('expires');
    // YAML turns an unquoted 2027-01-31 into a Date; accept both that and a string.
    const raw = expiresNode.value instanceof Date ? expiresNode.value.toISOString().slice(0, 10) : expiresNode.string();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
    if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== raw) {
        expiresNode.fail('must be a date YYYY-MM-DD (every exception expires)');
    }
    return { digest, reason, expires: raw, expiresAt: ms / 1000 + 86_399 };
}

;// CONCATENATED MODULE: ./src/flows/verify-inputs.ts
/**
 * Loading what `verify` needs — bundles (JSON or JSONL), the trust root, trusted keys, a policy file — into
 * decoded values, through injected file readers. Every error names the file it came from and keeps the code of
 * the decoder that failed (BUNDLE_MALFORMED with the field path, INVALID_JSON, TRUST_ROOT_MALFORMED,
 * INVALID_KEY, POLICY_MALFORMED, FILE_UNREADABLE), so the CLI prints one actionable line and exits 2.
 */








/**
 * A bundle file is one JSON bundle, or JSON Lines with one bundle per line (`*.intoto.jsonl`, as attest
 * actions append one bundle per build). Text that parses as a whole is one bundle; otherwise, if it has more
 * than one non-empty line, each line is a bundle.
 */
function parseBundleText(name, text) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    try {
        return [{ name, bundle: (0,codec/* parseBundle */.QN)(text) }];
    }
    catch (error) {
        if (!((0,errors/* isCodedError */.IG)(error, 'INVALID_JSON') && lines.length > 1))
            throw (0,errors/* inSource */.hR)(name, error);
    }
    return lines.map((line, i) => {
        const lineName = `${name}:${i + 1}`;
        try {
            return { name: lineName, bundle: (0,codec/* parseBundle */.QN)(line) };
        }
        catch (error) {
            throw (0,errors/* inSource */.hR)(lineName, error);
        }
    });
}
async function loadBundles(sources, files) {
    const out = [];
    for (const source of sources) {
        if (source.kind === 'text')
            out.push(...parseBundleText(source.name, source.text));
        else
            out.push(...parseBundleText(source.name ?? source.path, await files.readText(source.path)));
    }
    return out;
}
async function loadTrustedRoot(path, files) {
    return (0,trust/* readTrustedRoot */.gv)(path, (p) => files.readText(p));
}
/** One root trusting everything the given roots trust (policy files may list several logs). */
function mergeTrustedRoots(roots) {
    const [first] = roots;
    if (first === undefined)
        return (0,public_good_root/* publicGoodTrustedRoot */.c)();
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
async function loadPublicKey(ref, files, baseDir) {
    if (ref.includes('-----BEGIN'))
        return (0,keys/* parsePublicKeyPem */.Wz)(ref, 'inline public key');
    const path = baseDir === undefined || (0,external_node_path_.isAbsolute)(ref) ? ref : (0,external_node_path_.resolve)(baseDir, ref);
    const text = await files.readText(path);
    return (0,keys/* parsePublicKeyPem */.Wz)(text, path);
}
async function loadPolicy(path, files) {
    const policy = parsePolicy(await files.readText(path), path);
    const baseDir = (0,external_node_path_.dirname)(path);
    const trustedRoots = [];
    for (const log of policy.logs) {
        if (log.kind === 'trusted-root') {
            trustedRoots.push(await loadTrustedRoot((0,external_node_path_.isAbsolute)(log.path) ? log.path : (0,external_node_path_.resolve)(baseDir, log.path), files));
        }
        else {
            // A log named by URL + key: the policy author vouches for the key for all time (start 0).
            const publicKey = await loadPublicKey(log.publicKey, files, baseDir);
            trustedRoots.push((0,bundle_trust/* parseTrustedRoot */.t1)((0,bundle_trust/* buildTrustedRootForLog */.lQ)({ baseUrl: log.url, publicKey, start: 0 })));
        }
    }
    const keys = [];
    const identities = [];
    for (const signer of policy.signers) {
        if (signer.kind === 'key')
            keys.push(await loadPublicKey(signer.key, files, baseDir));
        else {
            identities.push({
                san: signer.subjectRegex === undefined ? (signer.subject ?? '') : new RegExp(signer.subjectRegex),
                issuer: signer.issuer,
            });
        }
    }
    return { trustedRoots, keys, identities, requirements: policy.require };
}
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/**
 * `sha256:<hex>` (also sha384/sha512, which some in-toto subjects carry only) -> algorithm + lowercase hex;
 * USAGE otherwise.
 */
function parseDigestArgument(text) {
    const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
    const algorithm = m?.[1];
    const hex = m?.[2]?.toLowerCase();
    if (algorithm === undefined || hex === undefined || hex.length !== DIGEST_HEX_LENGTH[algorithm]) {
        throw new errors/* CodedError */.AK('USAGE', `digest "${text}" is not sha256:<64 hex> (or sha384:/sha512:)`);
    }
    return { algorithm, hex };
}
/** Flags/policy requirements combined: a flag replaces the policy's value for the same field. */
function mergeRequirements(base, override) {
    return { ...base, ...override };
}


/***/ }),

/***/ 4818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nc: () => (/* binding */ failureCodes),
  FJ: () => (/* binding */ nodeVerifyFiles),
  Fr: () => (/* binding */ verifyArtifacts)
});

// UNUSED EXPORTS: claimedDigests

// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var hash = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/adapters/files/read.ts
var read = __webpack_require__(4402);
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
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-cms/build/cjs/index.js
var build_cjs = __webpack_require__(1467);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var asn1_schema_build_cjs = __webpack_require__(7261);
;// CONCATENATED MODULE: ./src/core/verify/asn1.ts
/**
 * The few ASN.1 shapes the verifier needs beyond what @peculiar/asn1-x509 / asn1-cms / asn1-tsp declare, built
 * with @peculiar/asn1-schema's own decorators (applied as plain functions: the project compiles without
 * `experimentalDecorators`). All DER reading and writing goes through AsnParser / AsnSerializer; nothing here
 * walks bytes by hand.
 */



/** A bare UTF8String (Fulcio's v2 extensions, RFC 5280 otherName values). */
class Utf8Value {
    utf8 = '';
}
(0,asn1_schema_build_cjs.AsnProp)({ type: asn1_schema_build_cjs.AsnPropTypes.Utf8String })(Utf8Value.prototype, 'utf8');
(0,asn1_schema_build_cjs.AsnType)({ type: asn1_schema_build_cjs.AsnTypeTypes.Choice })(Utf8Value);
/** A bare OBJECT IDENTIFIER (the CMS contentType attribute value). */
class OidValue {
    oid = '';
}
(0,asn1_schema_build_cjs.AsnProp)({ type: asn1_schema_build_cjs.AsnPropTypes.ObjectIdentifier })(OidValue.prototype, 'oid');
(0,asn1_schema_build_cjs.AsnType)({ type: asn1_schema_build_cjs.AsnTypeTypes.Choice })(OidValue);
/**
 * `SET OF Attribute`: RFC 5652 §5.4 — the CMS signature covers the DER encoding of the signed attributes with
 * the EXPLICIT SET OF tag, not the [0] IMPLICIT tag they carry inside SignerInfo.
 */
class AttributeSet extends asn1_schema_build_cjs.AsnArray {
    constructor(items) {
        super(items);
        Object.setPrototypeOf(this, AttributeSet.prototype);
    }
}
(0,asn1_schema_build_cjs.AsnType)({ type: asn1_schema_build_cjs.AsnTypeTypes.Set, itemType: build_cjs.Attribute })(AttributeSet);
/** Parses DER into a schema class; any parser failure becomes `code` naming `what`. */
function parseDer(der, type, code, what) {
    try {
        return asn1_schema_build_cjs.AsnParser.parse(der, type);
    }
    catch (cause) {
        throw new errors/* CodedError */.AK(code, `${what} is not valid DER (${cause instanceof Error ? cause.message : 'parse error'})`, {
            cause,
        });
    }
}
/** DER-encodes a schema object. */
function serializeDer(value) {
    return new Uint8Array(asn1_schema_build_cjs.AsnSerializer.serialize(value));
}
/** A view of an ArrayBuffer as bytes (peculiar returns ArrayBuffers). */
function bytesOf(buffer) {
    return buffer instanceof ArrayBuffer
        ? new Uint8Array(buffer)
        : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// EXTERNAL MODULE: ./src/core/verify/cache.ts
var cache = __webpack_require__(1219);
// EXTERNAL MODULE: ./src/core/verify/x509.ts
var verify_x509 = __webpack_require__(1877);
;// CONCATENATED MODULE: ./src/core/verify/certificate.ts






/**
 * Trusted-root certificates are parsed once per byte array (trusted roots live as long as the process); a hit
 * counts only while the array still holds the bytes that were parsed.
 */
const parsedCache = new WeakMap();
/** Parses one DER certificate; CERT_CHAIN_INVALID (naming `what`) when either parser rejects it. */
function parseCertificate(der, what = 'certificate') {
    const cached = parsedCache.get(der);
    if (cached !== undefined && (0,bytes/* bytesEqual */.O6)(cached.bytes, der))
        return cached.parsed;
    if (der.byteLength === 0)
        throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', `${what} is empty`);
    const asn = parseDer(der, cjs.Certificate, 'CERT_CHAIN_INVALID', what);
    const { x509, publicKey } = (0,verify_x509/* loadCertificate */.I)(der, what);
    const validity = asn.tbsCertificate.validity;
    let spki;
    const parsed = {
        der,
        x509,
        asn,
        publicKey,
        // Exported on first read: only issuer certificates need it (SCT issuer_key_hash), and the export costs
        // about as much as parsing the certificate.
        get spki() {
            spki ??= new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
            return spki;
        },
        notBefore: validity.notBefore.getTime().getTime() / 1000,
        notAfter: validity.notAfter.getTime().getTime() / 1000,
    };
    parsedCache.set(der, { bytes: der.slice(), parsed });
    return parsed;
}
function withinWindow(time, window) {
    return time >= window.start && (window.end === undefined || time <= window.end);
}
function certificateValidAt(cert, time) {
    return time >= cert.notBefore && time <= cert.notAfter;
}
function formatTime(seconds) {
    return new Date(seconds * 1000).toISOString();
}
/** True when `child` names `parent` as issuer and `parent`'s key verifies `child`'s signature. */
function issuedBy(child, parent) {
    try {
        return child.x509.checkIssued(parent.x509) && child.x509.verify(parent.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * The authority's own chain checks depend only on the trusted root, not on the bundle: they run once per
 * CA (and again only if its certificates change), the signature checks on the leaf every time.
 */
const authorityChains = new cache/* ChainMemoizer */.e();
function authorityChain(ca) {
    return authorityChains.get(ca, ca.certChain, () => {
        const path = ca.certChain.map((der, i) => parseCertificate(der, `trusted root CA certificate ${i}`));
        return { path, problem: chainProblem(path) };
    });
}
function chainProblem(path) {
    for (let i = 0; i < path.length; i++) {
        const cert = path[i];
        const parent = path[i + 1] ?? cert; // the last one is the self-signed anchor
        if (cert === undefined || parent === undefined)
            return 'the authority chain is incomplete';
        if (!cert.x509.ca)
            return `authority certificate ${i} is not a CA certificate`;
        if (!issuedBy(cert, parent))
            return `authority certificate ${i} is not signed by the next one in the chain`;
    }
    return null;
}
/** The authority path for `leaf` under one CA, or a reason it does not apply. */
function pathUnder(leaf, ca) {
    if (ca.certChain.length === 0)
        return 'the authority has an empty certificate chain';
    const { path, problem } = authorityChain(ca);
    const [first] = path;
    if (first === undefined || !issuedBy(leaf, first))
        return 'the leaf is not signed by this authority';
    return problem ?? [...path]; // a copy: the memoised path is shared
}
/** Why the path cannot be used at `time`, or null when every certificate on it is valid then. */
function timeProblem(leaf, path, ca, time) {
    const at = formatTime(time);
    if (!certificateValidAt(leaf, time)) {
        return `the signing certificate is valid ${formatTime(leaf.notBefore)} to ${formatTime(leaf.notAfter)}, not at ${at}`;
    }
    if (!withinWindow(time, ca.validFor))
        return `the certificate authority is not trusted at ${at} (trusted-root validFor)`;
    const expired = path.findIndex((cert) => !certificateValidAt(cert, time));
    if (expired >= 0)
        return `authority certificate ${expired} is not valid at ${at}`;
    return null;
}
/**
 * Verifies the signing certificate: it is a leaf (not a CA), it chains to a trusted certificate authority, and
 * it and its authority are valid at every time in `times` (the verified integrated times and RFC 3161 times —
 * a signature is only as good as the certificate at the moment it was witnessed).
 * Throws CERT_CHAIN_INVALID or CERT_NOT_VALID_AT_TIME.
 */
function verifyCertificateChain(leafDer, bundleChain, authorities, times) {
    const leaf = parseCertificate(leafDer, 'signing certificate');
    if (leaf.x509.ca)
        throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', 'the signing certificate is a CA certificate, not a leaf');
    if (times.length === 0) {
        throw new errors/* CodedError */.AK('CERT_NOT_VALID_AT_TIME', 'no verified timestamp to check the signing certificate against');
    }
    const reasons = [];
    let timeFailure = null;
    for (const ca of authorities) {
        const path = pathUnder(leaf, ca);
        if (typeof path === 'string') {
            reasons.push(`${ca.uri ?? 'authority'}: ${path}`);
            continue;
        }
        const problem = times.map((t) => timeProblem(leaf, path, ca, t)).find((p) => p !== null) ?? null;
        if (problem !== null) {
            timeFailure ??= problem;
            continue;
        }
        const [issuer] = path;
        if (issuer === undefined)
            continue;
        checkBundleChain(bundleChain, path);
        return { leaf, issuer, path, authority: ca };
    }
    if (timeFailure !== null)
        throw new errors/* CodedError */.AK('CERT_NOT_VALID_AT_TIME', timeFailure);
    const foreignRoot = bundleChain
        .map((der, i) => parseCertificate(der, `bundle certificate ${i + 1}`))
        .find((cert) => cert.x509.ca && cert.x509.checkIssued(cert.x509));
    if (foreignRoot !== undefined) {
        throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', `the bundle carries its own root certificate ("${oneLine(foreignRoot.x509.subject)}") and the signing ` +
            'certificate does not chain to a certificate authority of the trusted root; a bundle cannot bring its own trust', { details: { reasons } });
    }
    throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', `the signing certificate (issuer "${oneLine(leaf.x509.issuer)}") does not chain to a certificate authority of the trusted root`, { details: { reasons } });
}
/** Certificates a bundle ships after the leaf may only repeat the trusted path (see the module comment). */
function checkBundleChain(bundleChain, path) {
    bundleChain.forEach((der, i) => {
        if (path.some((cert) => (0,bytes/* bytesEqual */.O6)(cert.der, der)))
            return;
        const cert = parseCertificate(der, `bundle certificate ${i + 1}`);
        const kind = !cert.x509.ca ? 'a' : cert.x509.checkIssued(cert.x509) ? 'a root' : 'an intermediate';
        throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', `the bundle's certificate chain carries ${kind} certificate ` +
            `("${oneLine(cert.x509.subject)}") that is not in the trusted root; trust comes only from the trusted root`);
    });
}
/** Node gives `undefined` for an empty subject (Fulcio leaves have none). */
function oneLine(name) {
    return (name ?? '').replace(/\n/g, ', ');
}

;// CONCATENATED MODULE: ./src/core/verify/identity.ts




const FULCIO_ARC = '1.3.6.1.4.1.57264.1';
const SAN_OID = '2.5.29.17';
/** Fulcio's otherName SAN for username identities. */
const USERNAME_OTHER_NAME = `${FULCIO_ARC}.7`;
/** v1 extensions: the extension value is the raw UTF-8 string (no DER wrapper). */
const RAW_EXTENSIONS = {
    [`${FULCIO_ARC}.1`]: 'issuerV1',
    [`${FULCIO_ARC}.2`]: 'githubWorkflowTrigger',
    [`${FULCIO_ARC}.3`]: 'githubWorkflowSha',
    [`${FULCIO_ARC}.4`]: 'githubWorkflowName',
    [`${FULCIO_ARC}.5`]: 'githubWorkflowRepository',
    [`${FULCIO_ARC}.6`]: 'githubWorkflowRef',
};
/** v2 extensions: the extension value is a DER UTF8String. */
const UTF8_EXTENSIONS = {
    [`${FULCIO_ARC}.8`]: 'issuer',
    [`${FULCIO_ARC}.9`]: 'buildSignerURI',
    [`${FULCIO_ARC}.10`]: 'buildSignerDigest',
    [`${FULCIO_ARC}.11`]: 'runnerEnvironment',
    [`${FULCIO_ARC}.12`]: 'sourceRepositoryURI',
    [`${FULCIO_ARC}.13`]: 'sourceRepositoryDigest',
    [`${FULCIO_ARC}.14`]: 'sourceRepositoryRef',
    [`${FULCIO_ARC}.15`]: 'sourceRepositoryIdentifier',
    [`${FULCIO_ARC}.16`]: 'sourceRepositoryOwnerURI',
    [`${FULCIO_ARC}.17`]: 'sourceRepositoryOwnerIdentifier',
    [`${FULCIO_ARC}.18`]: 'buildConfigURI',
    [`${FULCIO_ARC}.19`]: 'buildConfigDigest',
    [`${FULCIO_ARC}.20`]: 'buildTrigger',
    [`${FULCIO_ARC}.21`]: 'runInvocationURI',
    [`${FULCIO_ARC}.22`]: 'sourceRepositoryVisibilityAtSigning',
    [`${FULCIO_ARC}.23`]: 'deploymentEnvironment',
};
function extensionBytes(ext) {
    return bytesOf(ext.extnValue.buffer);
}
function decodeUtf8Extension(ext, name) {
    return parseDer(extensionBytes(ext), Utf8Value, 'CERT_CHAIN_INVALID', `certificate extension ${name} (${ext.extnID})`)
        .utf8;
}
function readSan(ext) {
    if (ext === undefined)
        return { san: '', sanType: 'none' };
    const names = parseDer(extensionBytes(ext), cjs.SubjectAlternativeName, 'CERT_CHAIN_INVALID', 'certificate SAN');
    for (const name of names) {
        if (name.uniformResourceIdentifier !== undefined)
            return { san: name.uniformResourceIdentifier, sanType: 'uri' };
        if (name.rfc822Name !== undefined)
            return { san: name.rfc822Name, sanType: 'email' };
        if (name.otherName?.typeId === USERNAME_OTHER_NAME) {
            const value = parseDer(name.otherName.value, Utf8Value, 'CERT_CHAIN_INVALID', 'certificate username SAN');
            return { san: value.utf8, sanType: 'username' };
        }
        if (name.dNSName !== undefined)
            return { san: name.dNSName, sanType: 'dns' };
    }
    return { san: '', sanType: 'none' };
}
/** Reads the SAN, the OIDC issuer and every known Fulcio extension from a parsed certificate. */
function extractIdentity(cert) {
    const all = cert.tbsCertificate.extensions ?? [];
    const extensions = {};
    for (const ext of all) {
        const rawName = RAW_EXTENSIONS[ext.extnID];
        if (rawName !== undefined)
            extensions[rawName] = (0,bytes/* fromUtf8 */.ar)(extensionBytes(ext), `certificate extension ${rawName}`);
        const utf8Name = UTF8_EXTENSIONS[ext.extnID];
        if (utf8Name !== undefined)
            extensions[utf8Name] = decodeUtf8Extension(ext, utf8Name);
    }
    const issuer = extensions.issuer ?? extensions.issuerV1 ?? '';
    return { ...readSan(all.find((e) => e.extnID === SAN_OID)), issuer, extensions };
}
/**
 * Exact string equality, or a regular expression that must match the WHOLE value: `pattern` is applied as
 * `^(?:pattern)$` (its flags kept, minus `g`/`y`, which would make `test` stateful). Anchoring is deliberate:
 * an unanchored `https://github.com/acme/` would also accept `https://github.com/acme/../evil/...` lookalikes
 * and any identity that merely contains it.
 */
function matchesPattern(value, pattern) {
    if (typeof pattern === 'string')
        return value === pattern;
    const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
    return anchored.test(value);
}
function describePattern(pattern) {
    return typeof pattern === 'string' ? `"${pattern}"` : `/${pattern.source}/${pattern.flags} (whole value)`;
}
/** IDENTITY_MISMATCH naming the expected and the actual value when the SAN or the issuer differs. */
function verifyIdentity(identity, policy) {
    if (!matchesPattern(identity.san, policy.san)) {
        throw new errors/* CodedError */.AK('IDENTITY_MISMATCH', `certificate identity (SAN) is "${identity.san}", expected ${describePattern(policy.san)}`, { details: { field: 'san', expected: String(policy.san), actual: identity.san } });
    }
    if (!matchesPattern(identity.issuer, policy.issuer)) {
        throw new errors/* CodedError */.AK('IDENTITY_MISMATCH', `certificate OIDC issuer is "${identity.issuer}", expected ${describePattern(policy.issuer)}`, { details: { field: 'issuer', expected: String(policy.issuer), actual: identity.issuer } });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/verify/sct.ts
/**
 * Embedded Signed Certificate Timestamps (RFC 6962 §3.3): proof that the certificate authority logged the
 * precertificate in a Certificate Transparency log the trusted root names (`ctlogs`), so a mis-issued
 * certificate cannot stay secret.
 *
 * The extension 1.3.6.1.4.1.11129.2.4.2 holds an OCTET STRING wrapping a TLS-encoded
 * `SignedCertificateTimestampList` (RFC 6962 §3.3; TLS presentation language, not ASN.1, so its few
 * length-prefixed fields are read here). Each SCT signs (RFC 6962 §3.2):
 *
 *   digitally-signed struct {
 *     uint8  sct_version = v1(0);  uint8 signature_type = certificate_timestamp(0);  uint64 timestamp;
 *     uint16 entry_type = precert_entry(1);
 *     opaque issuer_key_hash[32];            // SHA-256 of the issuing CA's DER SubjectPublicKeyInfo
 *     opaque tbs_certificate<1..2^24-1>;     // the leaf's TBSCertificate WITHOUT the SCT extension
 *     opaque extensions<0..2^16-1>;
 *   }
 *
 * The TBSCertificate is re-encoded with @peculiar/asn1-x509 after dropping the extension; the signature is
 * ECDSA (DER) or RSA over SHA-256, checked with node:crypto.
 */








const SCT_EXTENSION_OID = '1.3.6.1.4.1.11129.2.4.2';
/** RFC 6962 §2.1.4: SCT signatures always use SHA-256 (TLS HashAlgorithm 4). */
const TLS_SHA256 = 4;
/** Reads TLS length-prefixed fields; any overrun is SCT_INVALID. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.byteLength;
    }
    take(length) {
        if (this.offset + length > this.bytes.byteLength) {
            throw new errors/* CodedError */.AK('SCT_INVALID', 'the SCT list in the certificate is truncated');
        }
        const out = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint(size) {
        return this.take(size).reduce((n, b) => n * 256 + b, 0);
    }
    vector(lengthBytes) {
        return this.take(this.uint(lengthBytes));
    }
}
/** Parses a TLS `SignedCertificateTimestampList` (the bytes inside the extension's OCTET STRING). */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const body = new TlsReader(outer.vector(2));
    if (!outer.done)
        throw new errors/* CodedError */.AK('SCT_INVALID', 'trailing bytes after the SCT list');
    const scts = [];
    while (!body.done) {
        const r = new TlsReader(body.vector(2));
        const version = r.uint(1);
        const logId = r.take(32);
        const timestamp = BigInt(`0x${Buffer.from(r.take(8)).toString('hex')}`);
        const extensions = r.vector(2);
        const hashAlgorithm = r.uint(1);
        const signatureAlgorithm = r.uint(1);
        const signature = r.vector(2);
        if (!r.done)
            throw new errors/* CodedError */.AK('SCT_INVALID', 'trailing bytes inside an SCT');
        scts.push({ version, logId, timestamp, extensions, hashAlgorithm, signatureAlgorithm, signature });
    }
    return scts;
}
/** The leaf's TBSCertificate DER with the SCT extension removed: what the CA submitted as the precertificate. */
function precertificateTbs(leaf) {
    const tbs = leaf.asn.tbsCertificate;
    const kept = (tbs.extensions ?? []).filter((e) => e.extnID !== SCT_EXTENSION_OID);
    return serializeDer(new cjs.TBSCertificate({ ...tbs, extensions: new cjs.Extensions(kept) }));
}
function uintBytes(value, size) {
    const out = new Uint8Array(size);
    let v = BigInt(value);
    for (let i = size - 1; i >= 0; i--) {
        out[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    return out;
}
/** The RFC 6962 §3.2 bytes an SCT over a precertificate signs. */
function sctSignedData(sct, issuerKeyHash, tbs) {
    return (0,bytes/* concat */.xW)(uintBytes(sct.version, 1), uintBytes(0, 1), // signature_type: certificate_timestamp
    uintBytes(sct.timestamp, 8), uintBytes(1, 2), // entry_type: precert_entry
    issuerKeyHash, uintBytes(tbs.byteLength, 3), tbs, uintBytes(sct.extensions.byteLength, 2), sct.extensions);
}
/** The embedded SCTs of a certificate ([] when it has none). */
function embeddedScts(leaf) {
    const ext = leaf.asn.tbsCertificate.extensions?.find((e) => e.extnID === SCT_EXTENSION_OID);
    if (ext === undefined)
        return [];
    const inner = parseDer(bytesOf(ext.extnValue.buffer), asn1_schema_build_cjs.OctetString, 'SCT_INVALID', 'the SCT extension');
    return parseSctList(bytesOf(inner.buffer));
}
/**
 * Requires at least `threshold` embedded SCTs that verify under distinct CT logs of the trusted root, each log
 * trusted at the SCT's time. Throws SCT_INVALID naming what was wrong with each SCT.
 */
function verifyEmbeddedScts(leaf, issuer, ctlogs, threshold = 1) {
    const scts = embeddedScts(leaf);
    if (scts.length === 0) {
        throw new errors/* CodedError */.AK('SCT_INVALID', 'the signing certificate carries no signed certificate timestamp (SCT)');
    }
    const issuerKeyHash = new Uint8Array((0,external_node_crypto_.createHash)('sha256').update(issuer.spki).digest());
    const tbs = precertificateTbs(leaf);
    const verified = [];
    const problems = [];
    for (const sct of scts) {
        const id = (0,bytes/* toBase64 */.nk)(sct.logId);
        const time = Number(sct.timestamp) / 1000;
        if (sct.version !== 0 || sct.hashAlgorithm !== TLS_SHA256) {
            problems.push(`SCT from log ${id}: unsupported version ${sct.version} or hash algorithm ${sct.hashAlgorithm}`);
            continue;
        }
        const candidates = ctlogs.filter((log) => (0,bytes/* bytesEqual */.O6)(log.logId, sct.logId));
        if (candidates.length === 0) {
            problems.push(`SCT from log ${id}: no CT log with that ID in the trusted root`);
            continue;
        }
        const message = sctSignedData(sct, issuerKeyHash, tbs);
        const log = candidates.find((l) => withinWindow(time, l.validFor) && (0,keys/* verifySignature */.Od)(l.publicKey, message, sct.signature));
        if (log === undefined) {
            problems.push(`SCT from log ${id}: signature does not verify with the trusted CT log key at that time`);
            continue;
        }
        if (!verified.some((v) => (0,bytes/* bytesEqual */.O6)(v.logId, sct.logId)))
            verified.push({ logId: sct.logId, time, log });
    }
    if (verified.length < threshold) {
        throw new errors/* CodedError */.AK('SCT_INVALID', `the signing certificate has ${verified.length} valid SCT(s), ${threshold} required: ${problems.join('; ')}`, { details: { problems } });
    }
    return verified;
}

// EXTERNAL MODULE: ./src/core/dsse/envelope.ts
var envelope = __webpack_require__(6017);
// EXTERNAL MODULE: ./src/core/keys/digest-signature.ts
var digest_signature = __webpack_require__(6773);
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






const DIGEST_LENGTH = { sha256: 32, sha384: 48, sha512: 64 };
const BUNDLE_DIGEST_NAMES = {
    SHA2_256: 'sha256',
    SHA2_384: 'sha384',
    SHA2_512: 'sha512',
};
function artifactBytes(artifact) {
    const length = DIGEST_LENGTH[artifact.algorithm];
    if (length === undefined || !new RegExp(`^[0-9a-f]{${length * 2}}$`).test(artifact.hex)) {
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
        if (BUNDLE_DIGEST_NAMES[content.digest.algorithm] !== artifact.algorithm ||
            !(0,bytes/* bytesEqual */.O6)(content.digest.digest, digest)) {
            throw new errors/* CodedError */.AK('ARTIFACT_DIGEST_MISMATCH', `the bundle signs ${content.digest.algorithm} ${Buffer.from(content.digest.digest).toString('hex')}, ` +
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
function verifyContentSignature(content, key, artifact) {
    if (content.kind === 'dsseEnvelope') {
        (0,envelope/* verifyEnvelope */.FY)(content.envelope, key);
        return;
    }
    if (key.algorithm === 'ed25519') {
        throw new errors/* CodedError */.AK('SIGNATURE_INVALID', 'an Ed25519 message signature covers the artifact bytes, which cannot be checked from a digest alone');
    }
    if (!(0,digest_signature/* verifyDigestSignature */.E)(key, artifactBytes(artifact), artifact.algorithm, content.signature)) {
        throw new errors/* CodedError */.AK('SIGNATURE_INVALID', `the message signature does not verify over ${artifact.algorithm}:${artifact.hex} with key ${(0,keys/* fingerprint */.Rj)(key)}`);
    }
}
function keyMatchesHint(key, hint) {
    if (hint === '')
        return false;
    const id = (0,keys/* keyId */.xs)(key);
    return hint === (0,bytes/* toBase64 */.nk)(id) || hint.toLowerCase() === (0,keys/* fingerprint */.Rj)(key);
}
/**
 * Picks the trusted key that verifies the bundle (`publicKey` verification material). The bundle's `hint` is
 * unauthenticated, so it only orders the attempt; every key given by the caller is tried.
 * KEY_UNTRUSTED when no key is given or none verifies; SIGNATURE_INVALID when the key the hint names is given
 * but its signature does not verify.
 */
function verifyWithTrustedKeys(content, hint, keys, artifact) {
    if (keys.length === 0) {
        throw new errors/* CodedError */.AK('KEY_UNTRUSTED', `the bundle is signed with a public key${hint === '' ? '' : ` (hint ${hint})`}, but no trusted key was given (--key)`);
    }
    const ordered = [...keys].sort((a, b) => Number(keyMatchesHint(b, hint)) - Number(keyMatchesHint(a, hint)));
    let hinted;
    for (const key of ordered) {
        try {
            verifyContentSignature(content, key, artifact);
            return key;
        }
        catch (error) {
            if (!(error instanceof errors/* CodedError */.AK))
                throw error;
            if (keyMatchesHint(key, hint))
                hinted ??= error;
        }
    }
    if (hinted !== undefined)
        throw hinted;
    throw new errors/* CodedError */.AK('KEY_UNTRUSTED', `the bundle's signature does not verify with any of the ${keys.length} trusted key(s)` +
        `${hint === '' ? '' : ` (bundle key hint ${hint})`}`);
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-tsp/build/cjs/index.js
var asn1_tsp_build_cjs = __webpack_require__(7305);
;// CONCATENATED MODULE: ./src/core/verify/timestamp.ts
/**
 * RFC 3161 signed timestamps (`verificationMaterial.timestampVerificationData.rfc3161Timestamps[]`): a
 * timestamp authority (TSA) of the trusted root signs "these bytes existed at genTime". Sigstore stamps the
 * signature bytes (the DSSE `sig` or the message signature), so the stamp dates the signature, and the
 * signing certificate must be valid at that time (conformance `intoto-tsa-timestamp-outside-cert-validity_fail`).
 *
 * Steps (RFC 3161 §2.4.2, RFC 5652 §5.4/§5.6): TimeStampResp status granted -> token is CMS SignedData with
 * eContentType id-ct-TSTInfo -> TSTInfo.messageImprint = hash(signature bytes) -> signed attributes carry
 * contentType = id-ct-TSTInfo and messageDigest = hash(eContent) -> the signer's signature over DER(SET OF
 * signed attributes) verifies with the key of a TSA leaf from the trusted root, whose chain verifies -> genTime
 * lies inside the TSA's `validFor` and its certificates' validity. Decoding uses @peculiar/asn1-tsp and
 * @peculiar/asn1-cms; signatures use node:crypto.
 */









const HASHES = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
const EKU_TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
function fail(message, cause) {
    throw new errors/* CodedError */.AK('TIMESTAMP_INVALID', message, cause === undefined ? {} : { cause });
}
function hashName(oid, what) {
    return HASHES[oid] ?? fail(`${what} uses unsupported hash algorithm ${oid}`);
}
function digest(alg, data) {
    return new Uint8Array((0,external_node_crypto_.createHash)(alg).update(data).digest());
}
/** A `signedTimestamp` is a DER TimeStampResp; a bare TimeStampToken (ContentInfo) is accepted too. */
function tokenOf(der) {
    let resp;
    try {
        resp = parseDer(der, asn1_tsp_build_cjs.TimeStampResp, 'TIMESTAMP_INVALID', 'RFC 3161 timestamp response');
    }
    catch {
        resp = undefined;
    }
    if (resp === undefined) {
        return parseDer(der, asn1_tsp_build_cjs.TimeStampToken, 'TIMESTAMP_INVALID', 'RFC 3161 timestamp (neither TimeStampResp nor token)');
    }
    const status = resp.status.status;
    if (status !== asn1_tsp_build_cjs.PKIStatus.granted && status !== asn1_tsp_build_cjs.PKIStatus.grantedWithMods) {
        fail(`timestamp response status is ${status}, not granted`);
    }
    return resp.timeStampToken ?? fail('timestamp response holds no token');
}
function attributeValue(signer, oid) {
    const attrs = (signer.signedAttrs ?? []).filter((a) => a.attrType === oid);
    const [attr] = attrs;
    const [value] = attr?.attrValues ?? [];
    if (attrs.length !== 1 || attr?.attrValues.length !== 1 || value === undefined) {
        fail(`timestamp signed attributes must hold exactly one ${oid}`);
    }
    return value;
}
/** Decodes a timestamp down to its TSTInfo and single SignerInfo; TIMESTAMP_INVALID on any structural problem. */
function parseTimestamp(der) {
    const token = tokenOf(der);
    if (token.contentType !== build_cjs.id_signedData)
        fail(`timestamp token content type is ${token.contentType}, not SignedData`);
    const signed = parseDer(token.content, build_cjs.SignedData, 'TIMESTAMP_INVALID', 'timestamp SignedData');
    if (signed.encapContentInfo.eContentType !== asn1_tsp_build_cjs.id_ct_tstInfo)
        fail('timestamp token does not encapsulate a TSTInfo');
    const econtent = signed.encapContentInfo.eContent;
    const raw = econtent?.single?.buffer ?? econtent?.any ?? fail('timestamp token has no TSTInfo content');
    const eContent = bytesOf(raw);
    const tstInfo = parseDer(eContent, asn1_tsp_build_cjs.TSTInfo, 'TIMESTAMP_INVALID', 'timestamp TSTInfo');
    if (signed.signerInfos.length !== 1)
        fail(`timestamp token has ${signed.signerInfos.length} signers, expected 1`);
    const [signer] = signed.signerInfos;
    return { tstInfo, eContent, signer: signer ?? fail('timestamp token has no signer') };
}
/** The CMS signature check against one TSA; null when it verifies, else why not. */
function signatureProblem(parsed, tsaLeaf) {
    const { signer } = parsed;
    const serial = signer.sid.issuerAndSerialNumber?.serialNumber;
    if (serial !== undefined && BigInt(`0x${(0,bytes/* toHex */.nj)(bytesOf(serial))}`) !== BigInt(`0x${tsaLeaf.x509.serialNumber}`)) {
        return 'signer serial number does not match the TSA certificate';
    }
    const signedAttrs = serializeDer(new AttributeSet(signer.signedAttrs ?? []));
    const hash = hashName(signer.digestAlgorithm.algorithm, 'timestamp signer');
    const ok = (0,external_node_crypto_.verify)(hash, signedAttrs, tsaLeaf.publicKey, bytesOf(signer.signature.buffer));
    return ok ? null : 'signature does not verify with the TSA key';
}
/** The TSA chain's verdict depends only on the trusted root: computed once per authority (see cache.ts). */
const tsaChains = new cache/* ChainMemoizer */.e();
function verifyTsaChain(authority, chain) {
    return tsaChains.get(authority, authority.certChain, () => chain.every((cert, i) => {
        const parent = chain[i + 1] ?? cert;
        return cert.x509.checkIssued(parent.x509) && cert.x509.verify(parent.publicKey);
    }));
}
/**
 * Verifies one RFC 3161 timestamp over `signature` (the bundle's signature bytes) against the trusted root's
 * timestamp authorities. Returns the time it attests; throws TIMESTAMP_INVALID.
 */
function verifyRfc3161Timestamp(der, signature, authorities) {
    const parsed = parseTimestamp(der);
    const { tstInfo, signer } = parsed;
    const imprintHash = hashName(tstInfo.messageImprint.hashAlgorithm.algorithm, 'timestamp message imprint');
    if (!(0,bytes/* bytesEqual */.O6)(bytesOf(tstInfo.messageImprint.hashedMessage.buffer), digest(imprintHash, signature))) {
        fail("the timestamp's message imprint is not the hash of this bundle's signature (it stamps something else)");
    }
    const contentType = parseDer(attributeValue(signer, build_cjs.id_contentType), OidValue, 'TIMESTAMP_INVALID', 'contentType');
    if (contentType.oid !== asn1_tsp_build_cjs.id_ct_tstInfo)
        fail('timestamp signed contentType attribute is not id-ct-TSTInfo');
    const md = parseDer(attributeValue(signer, build_cjs.id_messageDigest), asn1_schema_build_cjs.OctetString, 'TIMESTAMP_INVALID', 'messageDigest');
    const attrHash = hashName(signer.digestAlgorithm.algorithm, 'timestamp signer');
    if (!(0,bytes/* bytesEqual */.O6)(bytesOf(md.buffer), digest(attrHash, parsed.eContent))) {
        fail('timestamp messageDigest attribute does not match the TSTInfo');
    }
    const time = tstInfo.genTime.getTime() / 1000;
    const problems = [];
    for (const authority of authorities) {
        const chain = authority.certChain.map((c, i) => parseCertificate(c, `trusted root TSA certificate ${i}`));
        const [leaf] = chain;
        if (leaf === undefined)
            continue;
        const problem = signatureProblem(parsed, leaf);
        if (problem !== null) {
            problems.push(`${authority.uri ?? 'TSA'}: ${problem}`);
            continue;
        }
        if (!verifyTsaChain(authority, chain))
            fail(`the TSA certificate chain of ${authority.uri ?? 'the trusted root'} does not verify`);
        if (leaf.x509.keyUsage !== undefined && !leaf.x509.keyUsage.includes(EKU_TIME_STAMPING)) {
            fail('the TSA certificate is not authorised for time stamping (extended key usage)');
        }
        const at = new Date(time * 1000).toISOString();
        if (!withinWindow(time, authority.validFor))
            fail(`the timestamp authority is not trusted at ${at} (trusted-root validFor)`);
        if (!chain.every((cert) => certificateValidAt(cert, time)))
            fail(`a TSA certificate is not valid at ${at}`);
        return { time, authority, serialNumber: (0,bytes/* toHex */.nj)(bytesOf(tstInfo.serialNumber)) };
    }
    fail(`no timestamp authority of the trusted root signed this timestamp${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

// EXTERNAL MODULE: ./src/core/verify/tlog.ts
var verify_tlog = __webpack_require__(7415);
;// CONCATENATED MODULE: ./src/core/verify/times.ts




/** Verifies every tlog entry (each must pass) and requires at least `threshold` of them. */
function verifyTlogEntries(bundle, trust, latest, threshold) {
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.length < threshold) {
        throw new errors/* CodedError */.AK('TLOG_ENTRY_MISSING', `the bundle has ${entries.length} transparency-log entr${entries.length === 1 ? 'y' : 'ies'}, ${threshold} required`);
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
function collectTimes(bundle, tlog, trust, latest) {
    const times = tlog
        .filter((e) => e.integratedTimeVerified)
        .map((e) => ({ source: 'tlog', time: e.integratedTime }));
    const stamps = bundle.verificationMaterial.rfc3161Timestamps;
    if (stamps.length > 0) {
        const signature = signatureBytes(bundle.content);
        for (const der of stamps) {
            const stamp = verifyRfc3161Timestamp(der, signature, trust.timestampAuthorities);
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
function iso(seconds) {
    return new Date(seconds * 1000).toISOString();
}

;// CONCATENATED MODULE: ./src/core/verify/verifier.ts









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
function verifyBundle(bundleJson, artifact, trust, options) {
    const log = new CheckLog();
    const bundle = log.run('bundle', () => parseBundle(bundleJson), (b) => `Sigstore bundle v${b.version}`);
    return verifyDecodedBundle(bundle, artifact, trust, options, log);
}
/** Same as verifyBundle for an already decoded bundle (callers that verify one bundle for many files). */
function verifyParsedBundle(bundle, artifact, trust, options) {
    return verifyDecodedBundle(bundle, artifact, trust, options, new CheckLog());
}
function verifyDecodedBundle(bundle, artifact, trust, options, log) {
    const skew = options.clockSkew ?? 60;
    const { content } = bundle;
    const material = bundle.verificationMaterial;
    const tlog = log.run('tlog', () => verifyTlogEntries(bundle, trust, options.now + skew, options.tlogThreshold ?? 1), (entries) => entries.map((e) => `${e.log.baseUrl} #${e.logIndex} at ${iso(e.integratedTime)}`).join('; '));
    const timestamps = log.run('timestamp', () => collectTimes(bundle, tlog, trust, options.now + skew), (times) => times.map((t) => `${t.source} ${iso(t.time)}`).join('; '));
    const times = timestamps.map((t) => t.time);
    const { statement } = log.run('artifact', () => verifyArtifactMatches(content, artifact), () => `${artifact.algorithm}:${artifact.hex} is ${content.kind === 'dsseEnvelope' ? 'a subject of the statement' : 'the signed digest'}`);
    let signer;
    let signingKey;
    let leafDer;
    if (material.content.kind === 'publicKey') {
        const { hint } = material.content;
        signingKey = log.run('key', () => verifyWithTrustedKeys(content, hint, options.keys ?? [], artifact), (key) => `signed by trusted key ${(0,keys/* fingerprint */.Rj)(key)}`);
        signer = { kind: 'key', fingerprint: (0,keys/* fingerprint */.Rj)(signingKey) };
    }
    else {
        const certs = material.content.kind === 'certificate' ? [material.content.certificate] : material.content.certificates;
        const [leaf, ...rest] = certs;
        const chain = log.run('certificate', () => {
            if (leaf === undefined)
                throw new errors/* CodedError */.AK('CERT_CHAIN_INVALID', 'the bundle carries no signing certificate');
            return verifyCertificateChain(leaf, rest, trust.certificateAuthorities, times);
        }, (c) => `chains to ${c.authority.uri ?? 'a trusted CA'}; valid at every verified time`);
        leafDer = chain.leaf.der;
        log.run('sct', () => verifyEmbeddedScts(chain.leaf, chain.issuer, trust.ctlogs), (scts) => `${scts.length} valid SCT(s) from ${scts.map((s) => s.log.baseUrl ?? 'a CT log').join(', ')}`);
        const identity = log.run('identity', () => {
            const found = extractIdentity(chain.leaf.asn);
            if (options.identity === undefined) {
                throw new errors/* CodedError */.AK('IDENTITY_MISMATCH', `no expected identity given; the certificate names "${found.san}" from issuer "${found.issuer}" ` +
                    '(pass --cert-identity and --cert-oidc-issuer)');
            }
            verifyIdentity(found, options.identity);
            return found;
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
    () => (signer.kind === 'key' ? undefined : verifyContentSignature(content, key, artifact)), () => `${what} verifies with the ${signer.kind === 'key' ? 'trusted key' : "certificate's key"}`);
    log.run('tlog-body', () => {
        for (const entry of material.tlogEntries) {
            (0,verify_tlog/* verifyTlogBody */.u)(entry, { content, signature: signatureBytes(content), key, certificate: leafDer });
        }
    }, () => 'every log entry records this signature, key and content');
    return { checks: log.checks, ...(statement === undefined ? {} : { statement }), signer, tlog, timestamps };
}

// EXTERNAL MODULE: ./src/core/intoto/slsa.ts
var slsa = __webpack_require__(1480);
// EXTERNAL MODULE: ./src/core/policy/match.ts
var match = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/core/policy/evaluate.ts
/**
 * Checks verified provenance against policy requirements. Input facts come from a statement whose signature and
 * log entry were already verified; this module only decides whether what it says is allowed, and says why not.
 */

function describe(value) {
    return value === undefined || value === '' ? 'nothing (the provenance does not say)' : `"${value}"`;
}
/** Every violated requirement, in a fixed order; empty means the provenance satisfies `req`. */
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
        const age = time.now - time.integratedTime;
        if (age > req.maxAgeSeconds) {
            out.push({
                check: 'max-age',
                message: `attestation is ${formatAge(age)} old (logged ${new Date(time.integratedTime * 1000).toISOString()}); the policy allows ${formatAge(req.maxAgeSeconds)}`,
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
/** Whether a digest (`sha256:<hex>`) is excepted from the policy at `now` (unix seconds). */
function exceptionFor(digest, exceptions, now) {
    const d = digest.toLowerCase();
    const matches = exceptions.filter((e) => e.digest === d);
    const active = matches.find((e) => now <= e.expiresAt);
    if (active !== undefined)
        return { kind: 'active', exception: active };
    const expired = matches[0];
    return expired === undefined ? { kind: 'none' } : { kind: 'expired', exception: expired };
}

;// CONCATENATED MODULE: ./src/flows/verify-facts.ts
/**
 * From a VERIFIED statement to what a person and a policy care about: the source repository, ref, workflow,
 * commit, runner and trigger (SLSA v1, GitHub workflow buildType, core/intoto/slsa.ts), and one named check per
 * provenance requirement (core/policy/evaluate.ts decides; this module only names passes as well as failures,
 * so the output lists every requirement that was checked).
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
/** The requirement fields present in `req`, in evaluateRequirements' order, with their check names. */
function requested(req) {
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
function passDetail(check, facts, req) {
    switch (check) {
        case 'predicate-type':
            return facts.predicateType;
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
    const wanted = requested(req);
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

// EXTERNAL MODULE: ./src/flows/verify-inputs.ts + 1 modules
var verify_inputs = __webpack_require__(3837);
;// CONCATENATED MODULE: ./src/flows/verify.ts
/**
 * The verify pipeline shared by `provlog verify`, `provlog verify-release` and the policy check: artifacts
 * (files or sha256 digests) + bundles + trust root + trusted keys / identities + provenance requirements ->
 * one result per artifact, each with the named checks of core/verify/verifier.ts plus one check per provenance
 * requirement. Pure apart from the injected file reads; time is a parameter.
 *
 * Bundle selection: a bundle is tried for an artifact when its statement lists the artifact's digest (or its
 * message signature signs it); when none does, every bundle is tried so the failure names the check that
 * decided (`artifact`). The first bundle that verifies wins. Several files against one multi-subject bundle
 * verify in one call: the bundle is decoded once.
 */










/** The real file system: small reads capped, artifacts hashed by the streaming worker pool. */
const nodeVerifyFiles = {
    readText: (path) => (0,read/* readTextFile */.Gu)(path),
    hashFiles: (paths) => (0,hash/* hashFiles */.yQ)(paths),
};
async function resolveDigests(artifacts, files) {
    if (artifacts.length === 0)
        throw new errors/* CodedError */.AK('USAGE', 'nothing to verify: give FILE... or --digest sha256:HEX');
    const paths = artifacts.flatMap((a) => (a.kind === 'file' ? [a.path] : []));
    const hashed = paths.length === 0 ? [] : await files.hashFiles(paths);
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
        const algorithm = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512' }[content.digest.algorithm];
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
async function verifyArtifacts(request, files = nodeVerifyFiles) {
    const bundles = await (0,verify_inputs/* loadBundles */.WJ)(request.bundles, files);
    const digests = await resolveDigests(request.artifacts, files);
    const claims = bundles.map((b) => claimedDigests(b.bundle));
    const results = digests.map((d) => {
        const matching = bundles.filter((_, i) => claims[i]?.has(`${d.algorithm}:${d.hex}`));
        return verifyOne(d, matching.length > 0 ? matching : bundles, request);
    });
    return { verified: results.every((r) => r.verified), results };
}
function verifyOne(digest, candidates, request) {
    const base = { artifact: digest.artifact, digest: `${digest.algorithm}:${digest.hex}` };
    let failure;
    for (const candidate of candidates) {
        const outcome = verifyWithIdentities(candidate, digest, request);
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
/** Tries each accepted identity in turn (an IDENTITY_MISMATCH moves on to the next); keys are all passed at once. */
function verifyWithIdentities(loaded, digest, request) {
    const identities = request.identities ?? [];
    const attempts = identities.length === 0 ? [undefined] : identities;
    let outcome;
    for (const identity of attempts) {
        outcome = verifyWithIdentity(loaded, digest, request, identity);
        if (outcome.verified || outcome.error?.code !== 'IDENTITY_MISMATCH')
            return outcome;
    }
    return outcome ?? verifyWithIdentity(loaded, digest, request, undefined);
}
function verifyWithIdentity(loaded, digest, request, identity) {
    const bundleCheck = {
        name: 'bundle',
        ok: true,
        detail: `Sigstore bundle v${loaded.bundle.version} (${loaded.name})`,
    };
    let result;
    try {
        result = verifyParsedBundle(loaded.bundle, { algorithm: digest.algorithm, hex: digest.hex }, request.trustedRoot, {
            ...(request.keys === undefined ? {} : { keys: request.keys }),
            ...(identity === undefined ? {} : { identity }),
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
    const provenance = summarizeProvenance(result.statement);
    const integratedTime = result.tlog[0]?.integratedTime ?? result.timestamps[0]?.time ?? request.now;
    const policyChecks = requirementChecks(provenance, request.requirements ?? {}, { integratedTime, now: request.now });
    const failed = policyChecks.find((c) => !c.ok);
    const logEntry = summarizeLogEntry(loaded.bundle, result);
    return {
        verified: failed === undefined,
        bundle: loaded.name,
        checks: [bundleCheck, ...result.checks.map((c) => ({ ...c })), ...policyChecks],
        signer: result.signer.kind === 'key'
            ? { kind: 'key', fingerprint: result.signer.fingerprint }
            : { kind: 'certificate', san: result.signer.san, issuer: result.signer.issuer },
        ...(provenance === undefined ? {} : { provenance }),
        ...(logEntry === undefined ? {} : { logEntry }),
        ...(failed === undefined
            ? {}
            : { error: { code: 'POLICY_VIOLATION', message: `${failed.name}: ${failed.detail}` } }),
        result,
    };
}
function isCheckList(value) {
    return (Array.isArray(value) &&
        value.every((c) => typeof c === 'object' && c !== null && typeof c.name === 'string' && typeof c.ok === 'boolean'));
}
function summarizeLogEntry(bundle, result) {
    const facts = result.tlog[0];
    const entry = bundle.verificationMaterial.tlogEntries.find((e) => e.logIndex === facts?.logIndex);
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
        logUrl: facts.log.baseUrl,
        ...(checkpoint === undefined ? {} : { checkpoint }),
    };
}
/** The exit code of a report: 0 verified, else the worst class among its failures (cli/exit-codes.ts). */
function failureCodes(report) {
    return report.results.flatMap((r) => (r.verified || r.error === undefined ? [] : [r.error.code]));
}


/***/ })

};
