/**
 * `npm run bench`: every benchmark suite in turn, each in its own process (so one suite's heap and worker
 * threads never skew the next). Each suite prints its own markdown table with medians and a reference measured
 * in the same run. Run one alone with `npm run bench:<name>`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const suites = [
  ['attest (hashing vs openssl)', 'attest-hash.ts'],
  ['verify (vs @sigstore/verify)', 'verify.ts'],
  ['log server (appends, latency, proofs, RSS)', 'log.ts'],
  ['certificate authority (certificates/s, keyless vs key attest)', 'ca.ts'],
] as const;

let failed = 0;
for (const [name, file] of suites) {
  process.stdout.write(`\n## ${name}\n\n`);
  const script = fileURLToPath(new URL(file, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`(suite failed with exit code ${run.status})\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
