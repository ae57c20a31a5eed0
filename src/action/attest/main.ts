/**
 * The attest action: inputs -> build context (verified OIDC claims when the job may request a token, else
 * GITHUB_* + payload) -> subjects -> attest (sign, record, verify the log's answer) -> bundle file ->
 * outputs -> release asset + notes -> job summary. Errors become one annotation with what to do + failure.
 */
import { join } from 'node:path';
import { RekorClient } from '../../adapters/client/rekor-v1.js';
import { signerFromPem } from '../../adapters/crypto/node-signer.js';
import { writeTextFileAtomic } from '../../adapters/files/read.js';
import type { Env } from '../../adapters/github/context.js';
import { GitHubApi } from '../../adapters/github/http.js';
import { CodedError, toCodedError } from '../../core/errors.js';
import { attest, prepareAttest } from '../../flows/attest.js';
import { defaultBundleName } from '../../flows/attest-release.js';
import type { ActionIO } from '../io.js';
import { readAttestInputs } from './inputs.js';
import { publicationStep, readActionRunContext, redactSecret, releaseStep } from './steps.js';
import { formatAttestFailure, formatAttestSummary } from './summary.js';

export async function runAttestAction(io: ActionIO, env: Env): Promise<void> {
  let secret = '';
  try {
    const inputs = await readAttestInputs(io, env);
    secret = inputs.signingKey ?? '';
    if (inputs.signingKey === undefined) {
      const why = 'signing-key is empty (pull requests from forks get no secrets)';
      if (inputs.requireSigning) throw new CodedError('SIGNING_KEY_MISSING', `${why} and require-signing is true`);
      io.notice(`${why}: provenance signing skipped. Set require-signing: true to fail instead.`);
      return;
    }
    const signer = signerFromPem(inputs.signingKey, 'signing-key input');
    const client = new RekorClient({ baseUrl: inputs.logUrl });
    const [runContext, { log, subjects }] = await Promise.all([
      readActionRunContext(env, io),
      prepareAttest({
        client,
        url: inputs.logUrl,
        trustedRootPath: inputs.trustedRootPath,
        subjects: inputs.subjects,
        baseDir: inputs.workspace,
      }),
    ]);
    const { run, omittedInputs } = publicationStep(inputs, runContext, io);
    io.info(`${subjects.length} subject(s) to attest`);
    const result = await attest({
      subjects,
      predicate:
        inputs.predicate.kind === 'slsa'
          ? { kind: 'slsa', context: run.build }
          : { kind: 'custom', type: inputs.predicate.type, value: inputs.predicate.value },
      signer,
      log,
      now: () => Date.now(),
      reporter: io,
    });
    const tag = inputs.releaseTag ?? run.releaseTag;
    const assetName = inputs.bundleName ?? defaultBundleName(run.build.repository, tag ?? run.build.sha.slice(0, 7));
    const bundlePath = join(inputs.runnerTemp, assetName);
    await writeTextFileAtomic(bundlePath, result.bundleJson);
    const e = result.entry;
    io.output('bundle-path', bundlePath);
    io.output('entry-uuid', e.uuid);
    io.output('log-index', String(e.logIndex));
    io.output('log-url', e.logUrl);
    io.output('integrated-time', String(e.integratedTime));
    io.output('inclusion-proof', JSON.stringify(e.inclusionProof));
    io.output('subjects', JSON.stringify(result.statement.subject));
    const api = new GitHubApi({ baseUrl: run.apiUrl, token: inputs.githubToken });
    const { release, failure } = await releaseStep({ inputs, run, tag, assetName, result, api, io });
    io.output('release-asset-url', release.kind === 'attached' ? release.assetUrl : '');
    if (inputs.showSummary) {
      await io.summary(formatAttestSummary({ result, context: run.build, bundlePath, release, omittedInputs }));
    }
    if (failure !== undefined) throw failure;
  } catch (error) {
    io.fail(redactSecret(`provlog attest: ${formatAttestFailure(toCodedError(error))}`, secret));
  }
}
