/**
 * `npm run bench`: runs every benchmark suite and prints one table per suite. Suites are added by the issues
 * that own them (log, attest, verify); each reports medians and a reference measured in the same run.
 */
const suites: { name: string; run: () => Promise<void> }[] = [];

for (const suite of suites) {
  process.stdout.write(`\n## ${suite.name}\n`);
  await suite.run();
}
if (suites.length === 0) process.stdout.write('| suite | result |\n| --- | --- |\n');
