/** The policy check action: inputs -> policy-check flow -> report file, annotations, outputs, summary, status. */

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RekorClient } from '../../adapters/client/rekor-v1.js';
import { writeTextFileAtomic } from '../../adapters/files/read.js';
import type { Env } from '../../adapters/github/context.js';
import { GitHubApi } from '../../adapters/github/http.js';
import { toCodedError } from '../../core/errors.js';
import { runPolicyCheck } from '../../flows/policy-check.js';
import { fetchChangedFiles } from '../../flows/policy-pull-files.js';
import type { ActionIO } from '../io.js';
import { readNow, readVerifyInputs, type VerifyActionInputs } from './inputs.js';
import { formatPolicySummary } from './summary.js';

async function changedFiles(inputs: VerifyActionInputs, io: ActionIO): Promise<Set<string> | undefined> {
  if (!inputs.onlyChanged) return undefined;
  if (inputs.pullNumber === undefined || inputs.repository === '') {
    io.notice(`only-changed ignored: ${inputs.eventName || 'this'} event has no pull request; checking every match`);
    return undefined;
  }
  const api = new GitHubApi({ baseUrl: inputs.apiUrl, token: inputs.githubToken });
  const files = await fetchChangedFiles(api, inputs.repository, inputs.pullNumber);
  io.info(`pull request #${inputs.pullNumber} adds or modifies ${files.size} file(s)`);
  return files;
}

export async function runVerifyAction(io: ActionIO, env: Env): Promise<void> {
  try {
    const inputs = await readVerifyInputs(io, env);
    if (inputs.githubToken !== '') io.secret(inputs.githubToken);
    const changed = await changedFiles(inputs, io);
    const report = await runPolicyCheck(
      {
        workspace: inputs.workspace,
        policyPath: inputs.policyPath,
        subjectPath: inputs.subjectPath,
        digestsIn: inputs.digestsIn,
        bundlePath: inputs.bundlePath,
        ...(changed === undefined ? {} : { changedFiles: changed }),
        ...(inputs.logUrl === undefined ? {} : { logUrl: inputs.logUrl }),
        now: readNow(),
      },
      { openLog: (baseUrl) => new RekorClient({ baseUrl, retries: 2, timeoutMs: 15_000 }), reporter: io },
    );
    const reportPath = join(inputs.runnerTemp, `provlog-policy-report-${inputs.stepId}.json`);
    await mkdir(inputs.runnerTemp, { recursive: true });
    await writeTextFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
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
      io.fail(`${report.violations} subject(s) violate the provenance policy ${report.policy} (see the annotations)`);
    }
  } catch (error) {
    io.fail(`provlog policy check: ${toCodedError(error).message}`);
  }
}
