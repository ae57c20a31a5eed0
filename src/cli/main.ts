/** `provlog <command>`: dispatch, top-level help, and the one place errors become a line and an exit code. */
import { toCodedError } from '../core/errors.js';
import { EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js';
import type { CliIO } from './io.js';

type Command = { summary: string; load: () => Promise<(argv: string[], io: CliIO) => Promise<number>> };

/** Commands load lazily so `provlog verify` never pays for SQLite and `serve` never for the verifier. */
const commands: Record<string, Command> = {
  serve: {
    summary: 'run a Rekor-compatible transparency log (SQLite, tlog-tiles reads)',
    load: async () => (await import('./serve.js')).runServe,
  },
  verify: {
    summary: 'verify files or digests against Sigstore bundles, offline (--check-log: also online)',
    load: async () => (await import('./verify.js')).runVerify,
  },
  'verify-release': {
    summary: "download a GitHub release's assets and bundles and verify every asset",
    load: async () => (await import('./verify.js')).runVerifyRelease,
  },
  demo: {
    summary: 'run the whole product locally: a log, a key, sample artifacts, attest, verify, a tampered copy',
    load: async () => (await import('./demo.js')).runDemo,
  },
  attest: {
    summary: 'hash files, sign SLSA provenance, record it in a log, write a Sigstore bundle',
    load: async () => (await import('./attest.js')).runAttest,
  },
};

export const VERSION = '0.1.0';

function topHelp(): string {
  const width = Math.max(0, ...Object.keys(commands).map((c) => c.length)) + 2;
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
  return [
    'provlog: signed build provenance, a Rekor-compatible transparency log, and offline verification.',
    '',
    'Usage: provlog <command> [options]     (provlog <command> --help for its options)',
    '',
    'Commands:',
    ...rows,
    '',
    'Global: --debug (print stack traces), --version, NO_COLOR respected.',
    'Exit codes: 0 ok, 1 not verified / policy violated, 2 usage or input error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`provlog ${VERSION}\n`);
    return EXIT_OK;
  }
  const command = commands[name];
  if (command === undefined) {
    io.stderr(`provlog: unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})\n`);
    return EXIT_USAGE;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    const coded = toCodedError(error);
    io.stderr(`provlog ${name}: ${coded.message}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? String(error)}\n`);
    return exitCodeFor(coded);
  }
}
