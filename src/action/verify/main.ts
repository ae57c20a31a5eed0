/** The policy check action: inputs -> policy-check flow -> report file, annotations, outputs, summary, status. */

import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { RekorClient } from '../../adapters/client/rekor-v1.js';
import { writeTextFileAtomic } from '../../adapters/files/read.js';
import type { Env } from '../../adapters/github/context.js';
import { GitHubApi } from '../../adapters/github/http.js';
import { toCodedError } from '../../core/errors.js';
import { runPolicyCheck } from '../../flows/policy-check.js';
import { preparePullRequestCheck } from '../../flows/policy-pull-request.js';
import type { ActionIO } from '../io.js';
import { readNow, readVerifyInputs, type VerifyActionInputs } from './inputs.js';
import { formatPolicySummary } from './summary.js';

/**
 * On a pull request: the PR's changed files and the policy read from its base commit (flows/policy-pull-request.ts).
 * Otherwise (push, schedule, a policy outside the workspace): the policy file as it is on disk.
 */
async function preparePolicy(inputs: VerifyActionInputs, io: ActionIO): Promise<PolicySetup> {
  if (inputs.pullNumber === undefined || inputs.repository === '') {
    if (inputs.onlyChanged) {
      io.notice(`only-changed ignored: ${inputs.eventName || 'this'} event has no pull request; checking every match`);
    }
    return { policyPath: inputs.policyPath };
  }
  const rel = relative(inputs.workspace, inputs.policyPath);
  // A policy outside the checkout is not something the pull request can change: the workflow chose it.
  const inRepository = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  const pr = await preparePullRequestCheck(
    {
      api: new GitHubApi({ baseUrl: inputs.apiUrl, token: inputs.githubToken }),
      repository: inputs.repository,
      pullNumber: inputs.pullNumber,
      workspace: inputs.workspace,
      policyPath: inRepository ? rel.split(sep).join('/') : undefined,
      tempRoot: inputs.runnerTemp,
      onlyChanged: inputs.onlyChanged,
      allowPolicyChange: inputs.allowPolicyChange,
    },
    io,
  );
  return {
    policyPath: pr.policy?.path ?? inputs.policyPath,
    ...(pr.policy === undefined ? {} : { policyName: pr.policy.name, policyOrigin: pr.policy.origin }),
    ...(pr.changedFiles === undefined ? {} : { changedFiles: pr.changedFiles }),
  };
}

interface PolicySetup {
  policyPath: string;
  policyName?: string;
  policyOrigin?: string;
  changedFiles?: Set<string>;
}

export async function runVerifyAction(io: ActionIO, env: Env): Promise<void> {
  try {
    const inputs = await readVerifyInputs(io, env);
    if (inputs.githubToken !== '') io.secret(inputs.githubToken);
    const setup = await preparePolicy(inputs, io);
    const report = await runPolicyCheck(
      {
        workspace: inputs.workspace,
        policyPath: setup.policyPath,
        ...(setup.policyName === undefined ? {} : { policyName: setup.policyName }),
        ...(setup.policyOrigin === undefined ? {} : { policyOrigin: setup.policyOrigin }),
        subjectPath: inputs.subjectPath,
        digestsIn: inputs.digestsIn,
        bundlePath: inputs.bundlePath,
        ...(setup.changedFiles === undefined ? {} : { changedFiles: setup.changedFiles }),
        ...(inputs.logUrl === undefined ? {} : { logUrl: inputs.logUrl }),
        now: readNow(),
      },
      { openLog: (baseUrl) => new RekorClient({ baseUrl, retries: 2, timeoutMs: 15_000 }), reporter: io },
    );
    const reportPath = join(inputs.runnerTemp, `provlog-policy-report-${inputs.stepId}.json`);
    await mkdir(inputs.runnerTemp, { recursive: true });
    await writeTextFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    for (const p of report.problems ?? []) {
      if (inputs.failOnViolation) io.error(`${p.message} [${p.code}]`, p.location);
      else io.warning(`${p.message} [${p.code}]`, p.location);
    }
    for (const d of report.decisions) {
      if (d.verdict !== 'fail') continue;
      const message = `${d.subject} (${d.digest}) violates the provenance policy: ${d.reason}`;
      if (inputs.failOnViolation) io.error(message, d.location);
      else io.warning(message, d.location);
    }
    io.output('verified', String(report.verified));
    io.output('violations', String(report.violations));
    io.output('report-path', reportPath);
    await io.summary(formatPolicySummary(report));
    if (!report.verified && inputs.failOnViolation) {
      const count = report.problems?.length ?? 0;
      const problems = count === 0 ? '' : ` and ${count} problem(s) fail the check`;
      io.fail(
        `${report.violations} subject(s) violate the provenance policy ${report.policy}${problems} (see the annotations)`,
      );
    }
  } catch (error) {
    const coded = toCodedError(error);
    io.fail(`provlog policy check: ${coded.message} [${coded.code}]`);
  }
}
