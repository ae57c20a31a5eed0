#!/usr/bin/env node
// The `provlog` binary: wire the real process into main() and exit with its code.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';

// fetch (undici) parses HTTP with a WebAssembly module; V8 re-compiles it with TurboFan in the background and
// the process waits for that compile at exit (~100 ms measured on Node 20) after the command is done. A CLI that
// makes a few requests gains nothing from the optimised tier, so keep WebAssembly on the baseline compiler.
setFlagsFromString('--liftoff-only');

async function runCli(): Promise<void> {
  const controller = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    // First signal: ask the command to stop gracefully (serve drains writes); a second one kills as usual.
    process.once(sig, () => {
      controller.abort();
      setTimeout(() => process.exit(130), 10_000).unref();
    });
  }
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY === true,
    signal: controller.signal,
  });
}

if (isMainThread) await runCli();
// `provlog serve` admits entries on worker threads started on this file (the bundle has no other entry for
// them): on a worker thread, load only the admission module, which serves until the thread ends.
else await import('../adapters/http/admission-pool.js');
