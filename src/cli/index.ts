#!/usr/bin/env node
// The `provlog` binary: wire the real process into main() and exit with its code.
import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';

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
