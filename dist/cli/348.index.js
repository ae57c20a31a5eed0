export const id = 348;
export const ids = [348];
export const modules = {

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestJson: () => (/* binding */ attestJson),
  attestSpec: () => (/* binding */ attestSpec),
  runAttest: () => (/* binding */ runAttest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/client/rekor-v1.ts + 1 modules
var rekor_v1 = __webpack_require__(7319);
// EXTERNAL MODULE: ./src/adapters/files/read.ts
var read = __webpack_require__(4402);
// EXTERNAL MODULE: ./src/adapters/files/trust.ts
var trust = __webpack_require__(9922);
// EXTERNAL MODULE: ./src/adapters/github/context.ts
var context = __webpack_require__(3589);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/flows/attest.ts
var attest = __webpack_require__(3236);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/progress.ts
const THRESHOLD_BYTES = 256 * 1024 * 1024;
function progressBar(io) {
    let shown = false;
    return {
        update(p) {
            if (p.bytesTotal < THRESHOLD_BYTES)
                return;
            shown = true;
            const width = 30;
            const fraction = p.bytesTotal === 0 ? 1 : p.bytesDone / p.bytesTotal;
            const filled = Math.round(fraction * width);
            const mib = (n) => (n / 1048576).toFixed(0);
            io.stderr(`\rhashing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${mib(p.bytesDone)}/${mib(p.bytesTotal)} MiB, ${p.filesDone}/${p.filesTotal} files`);
        },
        done() {
            if (shown)
                io.stderr('\n');
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/attest.ts
/** `provlog attest`: the attest action's pipeline from a terminal (build context from GITHUB_* or local git). */










const attestSpec = {
    name: 'attest',
    usage: 'provlog attest FILE|GLOB... --log-url URL --key KEY.pem [--trusted-root R.json] [--bundle OUT.json] [--json]',
    summary: "Hash the files, sign SLSA v1 provenance (DSSE) with KEY.pem, record it in the log, verify the log's answer\nand write a Sigstore bundle v0.3. Build context comes from GITHUB_* when set, else from the local git checkout.",
    options: {
        'log-url': { type: 'string', value: 'URL', help: 'Rekor v1 API base of the transparency log' },
        key: { type: 'string', value: 'KEY.pem', help: 'PEM PKCS#8 private key (ECDSA P-256 or Ed25519)' },
        'trusted-root': {
            type: 'string',
            value: 'R.json',
            help: `Sigstore TrustedRoot for that log (built in for ${trust/* PUBLIC_GOOD_LOG_URL */.Pu}; \`provlog serve\` writes one)`,
        },
        bundle: { type: 'string', value: 'OUT.json', help: 'where to write the bundle (default: <file>.sigstore.json)' },
        checksums: { type: 'string', value: 'FILE', help: 'also attest the subjects of a sha256sum-format file' },
        json: { type: 'boolean', help: 'print the result as JSON on stdout' },
    },
};
async function runAttest(argv, io) {
    const args = (0,cli_args/* parseCommandArgs */.Qx)(attestSpec, argv);
    if ((0,cli_args/* booleanValue */.eC)(args, 'help')) {
        io.stdout((0,cli_args/* formatHelp */.B2)(attestSpec));
        return exit_codes/* EXIT_OK */.Ij;
    }
    const logUrl = (0,cli_args/* requiredString */.Fk)(args, 'log-url', attestSpec).replace(/\/+$/, '');
    const keyPath = (0,cli_args/* requiredString */.Fk)(args, 'key', attestSpec);
    const checksums = (0,cli_args/* stringValue */.r$)(args, 'checksums');
    if (args.positionals.length === 0 && checksums === undefined) {
        io.stderr(`provlog attest: name at least one FILE or GLOB (see \`provlog attest --help\`)\n`);
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    const trustedRootPath = (0,cli_args/* stringValue */.r$)(args, 'trusted-root');
    if (trustedRootPath === undefined && logUrl !== trust/* PUBLIC_GOOD_LOG_URL */.Pu) {
        throw new errors/* CodedError */.AK('USAGE', `--trusted-root is required for ${logUrl}: provlog never trusts a key fetched from the log itself (\`provlog serve\` writes DATA_DIR/trusted_root.json)`);
    }
    const reporter = stderrReporter(io, (0,cli_args/* booleanValue */.eC)(args, 'json'));
    const bar = io.isTTY ? progressBar(io) : undefined;
    const client = new rekor_v1/* RekorClient */.h({ baseUrl: logUrl });
    // The key and the git/GITHUB_* context are read while prepareAttest hashes.
    const [{ log, subjects }, signer, run] = await Promise.all([
        (0,attest/* prepareAttest */.J)({
            client,
            url: logUrl,
            trustedRootPath: trustedRootPath === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, trustedRootPath),
            subjects: { paths: args.positionals.join('\n'), ...(checksums === undefined ? {} : { checksums }) },
            baseDir: io.cwd,
            ...(bar === undefined ? {} : { onProgress: bar.update }),
        }),
        (0,trust/* readSigner */.$2)((0,external_node_path_.resolve)(io.cwd, keyPath)),
        (0,context/* readRunContext */.$p)(io.env, { cwd: io.cwd }),
    ]);
    bar?.done();
    reporter.info(`Build context from ${run.build.source === 'git' ? 'the local git checkout' : 'GITHUB_* variables'}`);
    const result = await (0,attest/* attest */.s)({
        subjects,
        predicate: { kind: 'slsa', context: run.build },
        signer,
        log,
        now: () => Date.now(),
        reporter,
    });
    const bundlePath = (0,external_node_path_.resolve)(io.cwd, (0,cli_args/* stringValue */.r$)(args, 'bundle') ?? defaultBundleName(result));
    await (0,read/* writeTextFileAtomic */.ol)(bundlePath, result.bundleJson);
    io.stdout((0,cli_args/* booleanValue */.eC)(args, 'json')
        ? `${JSON.stringify(attestJson(result, bundlePath), null, 2)}\n`
        : formatHuman(result, bundlePath));
    return exit_codes/* EXIT_OK */.Ij;
}
function defaultBundleName(result) {
    const only = result.statement.subject.length === 1 ? result.statement.subject[0] : undefined;
    return only === undefined ? 'provenance.sigstore.json' : `${(0,external_node_path_.basename)(only.name)}.sigstore.json`;
}
function attestJson(result, bundlePath) {
    return {
        bundlePath,
        subjects: result.statement.subject,
        entry: result.entry,
        keyFingerprint: result.keyFingerprint,
    };
}
function formatHuman(result, bundlePath) {
    const e = result.entry;
    const lines = [
        ...result.statement.subject.map((s) => `  ${s.digest.sha256 ?? Object.values(s.digest)[0]}  ${s.name}`),
        '',
        `log entry   ${e.logIndex} (${e.adopted ? 'already recorded' : 'new'}) ${e.entryUrl}`,
        `uuid        ${e.uuid}`,
        `integrated  ${new Date(e.integratedTime * 1000).toISOString()}`,
        `proof       tree size ${e.inclusionProof.treeSize}, root ${e.inclusionProof.rootHash}, ${e.inclusionProof.hashes.length} hashes`,
        `signer key  sha256:${result.keyFingerprint}`,
        `bundle      ${bundlePath}`,
    ];
    return `attested ${result.statement.subject.length} subject(s):\n${lines.join('\n')}\n`;
}
function stderrReporter(io, quiet) {
    const line = (prefix) => (message) => {
        if (!quiet || prefix !== '')
            io.stderr(`${prefix}${message}\n`);
    };
    return { info: line(''), notice: line(''), warning: line('warning: '), error: line('error: ') };
}


/***/ })

};
