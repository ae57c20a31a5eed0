/**
 * `provlog attest` benchmark (issue 4): the built CLI (`dist/cli/index.js attest`, end to end: hash, sign, record
 * in a real `provlog serve` log started here as its own process, verify the answer, write the bundle) against `openssl dgst -sha256`
 * on the same files in the same run, median of RUNS runs each, files warm in the page cache for both. The hashing
 * step alone (hashFiles in-process) is reported too, to show what the rest of the pipeline costs.
 *
 *   npm run build && npx tsx bench/attest-hash.ts      # 1 GiB; BENCH_HASH_MIB=256 for a quicker run
 *
 * Goals: one 1 GiB file within 1.10x of openssl's time; 1,000 files totalling 1 GiB at >= 1.6x the
 * one-core openssl rate (bytes/s of openssl on the single big file). A "floor" row times a bare `node`
 * process that does nothing but hash the 1,000 files on every core, to show what the machine allows.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { generatePrivateKeyPem } from '../src/adapters/crypto/node-signer.js';
import { hashFiles } from '../src/adapters/files/hash.js';
import { median } from './common.js';

const execFileAsync = promisify(execFile);
const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOTAL_MIB = Number(process.env.BENCH_HASH_MIB ?? 1024);
const FILES = 1000;
/**
 * The node that runs `provlog attest` and the floor (BENCH_NODE=/path/to/node24 to measure the runtime GitHub
 * gives the action); `provlog serve` always runs on this process's node (better-sqlite3 is built for it).
 */
const NODE = process.env.BENCH_NODE ?? process.execPath;

function writeRandomFile(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  const block = Buffer.allocUnsafe(Math.min(bytes, 16 * 1024 * 1024));
  for (let left = bytes; left > 0; ) {
    const n = Math.min(left, block.length);
    randomFillSync(block, 0, n);
    writeSync(fd, block, 0, n);
    left -= n;
  }
  closeSync(fd);
}

function opensslDigest(files: string[]): string[] {
  return opensslTimed(files).digests;
}

/** openssl run under `sh -c '…; times'` so its CPU time (user+sys of the child) is measured too. */
function opensslTimed(files: string[]): { digests: string[]; cpuMs: number } {
  const listFile = path.join(os.tmpdir(), `provlog-bench-out-${process.pid}`);
  const script = 'out="$1"; shift; openssl dgst -sha256 -r "$@" > "$out" || exit 1; times';
  const times =
    execFileSync('sh', ['-c', script, 'sh', listFile, ...files])
      .toString()
      .trim()
      .split('\n')
      .at(-1) ?? '';
  const seconds = [...times.matchAll(/(\d+)m([\d.]+)s/g)].reduce((a, m) => a + Number(m[1]) * 60 + Number(m[2]), 0);
  const digests = readFileSync(listFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.slice(0, 64));
  rmSync(listFile, { force: true });
  return { digests, cpuMs: seconds * 1000 };
}

async function oursTimed(files: string[]): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu0 = process.cpuUsage(); // includes worker threads
  const t0 = performance.now();
  await hashFiles(files);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * The floor for any Node CLI on this machine: a bare `node` process that only hashes the files on
 * os.availableParallelism() worker threads (sync 4 MiB reads, batches of 16 files) and exits. No argument
 * parsing, no signing, no log. `provlog attest` cannot beat this; the gap between the two is our overhead.
 */
const FLOOR_SCRIPT = path.join(ROOT, 'bench', 'floor-hash.mjs');

async function floorTimed(files: string[]): Promise<number> {
  const t0 = performance.now();
  await execFileAsync(NODE, [FLOOR_SCRIPT, ...files]);
  return performance.now() - t0;
}

interface ServeProcess {
  url: string;
  trustedRootPath: string;
  stop: () => Promise<void>;
}

/** `provlog serve` in its own process, as users run it (not in this tsx process, which would share its loop). */
async function startServe(dataDir: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.stdout === null) throw new Error('no stdout from provlog serve');
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const url = /listening on (\S+)/.exec(line)?.[1];
  if (url === undefined) throw new Error(`provlog serve did not start: ${line}`);
  return {
    url,
    trustedRootPath: path.join(dataDir, 'trusted_root.json'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** One `provlog attest` run as a user would start it. */
async function attestTimed(files: string[], log: ServeProcess, key: string, out: string): Promise<number> {
  const t0 = performance.now();
  await execFileAsync(
    NODE,
    [
      CLI,
      'attest',
      ...files,
      '--log-url',
      log.url,
      '--key',
      key,
      '--trusted-root',
      log.trustedRootPath,
      '--bundle',
      out,
      '--json',
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return performance.now() - t0;
}

export async function runAttestHashBench(): Promise<void> {
  const loadAtStart = os.loadavg()[0]?.toFixed(1) ?? '?';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'provlog-bench-hash-'));
  const log = await startServe(path.join(dir, 'log'));
  const key = path.join(dir, 'key.pem');
  writeFileSync(key, generatePrivateKeyPem('ecdsa-p256'), { mode: 0o600 });
  const out = path.join(dir, 'bundle.sigstore.json');
  try {
    const total = TOTAL_MIB * 1024 * 1024;
    const big = path.join(dir, 'big.bin');
    writeRandomFile(big, total);
    const small: string[] = [];
    const per = Math.floor(total / FILES);
    for (let i = 0; i < FILES; i++) {
      const file = path.join(dir, `f${String(i).padStart(4, '0')}.bin`);
      // sizes vary around the mean (0.5x..1.5x) so the scheduler sees a realistic mix; total stays ~TOTAL
      const size = Math.floor(per * (0.5 + ((i * 7919) % FILES) / FILES));
      const data = Buffer.allocUnsafe(size);
      randomFillSync(data);
      writeFileSync(file, data);
      small.push(file);
    }
    const smallBytes = small.reduce((a, f) => a + statSync(f).size, 0);

    // warm the page cache and check correctness once
    const [ours] = await hashFiles([big]);
    const [theirs] = opensslDigest([big]);
    if (ours !== theirs) throw new Error(`digest mismatch on big file: ${ours} vs ${theirs}`);
    const oursSmall = await hashFiles(small);
    const theirsSmall = opensslDigest(small);
    if (oursSmall.join() !== theirsSmall.join()) throw new Error('digest mismatch on small files');

    await attestTimed([big], log, key, out); // warm-up (and a check that the CLI is built)
    const e2e = { big: [] as number[], small: [] as number[], floor: [] as number[] };
    const t = { ob: [] as number[], pb: [] as number[], os: [] as number[], ps: [] as number[] };
    const cpu = { ob: [] as number[], pb: [] as number[], os: [] as number[], ps: [] as number[] };
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      cpu.ob.push(opensslTimed([big]).cpuMs);
      t.ob.push(performance.now() - t0);
      const a = await oursTimed([big]);
      t.pb.push(a.wallMs);
      cpu.pb.push(a.cpuMs);
      const t1 = performance.now();
      cpu.os.push(opensslTimed(small).cpuMs);
      t.os.push(performance.now() - t1);
      const b = await oursTimed(small);
      t.ps.push(b.wallMs);
      cpu.ps.push(b.cpuMs);
      e2e.big.push(await attestTimed([big], log, key, out));
      e2e.small.push(await attestTimed(small, log, key, out));
      e2e.floor.push(await floorTimed(small));
    }
    const mibps = (bytes: number, ms: number): string => ((bytes / 1024 / 1024) * (1000 / ms)).toFixed(0);
    const [ob, pb, os1, ps] = [median(t.ob), median(t.pb), median(t.os), median(t.ps)];
    const c = { ob: median(cpu.ob), pb: median(cpu.pb), os: median(cpu.os), ps: median(cpu.ps) };
    const oneCoreRate = total / ob;
    const smallRatio = smallBytes / ps / oneCoreRate;
    const [eb, es, ef] = [median(e2e.big), median(e2e.small), median(e2e.floor)];
    const lines = [
      `cores: ${os.availableParallelism()} (${os.cpus()[0]?.model ?? '?'}), node ${NODE === process.execPath ? process.version : execFileSync(NODE, ['--version']).toString().trim()} for attest and the floor, ${RUNS} runs, median; load average at start ${loadAtStart}`,
      '',
      '| case | openssl dgst -sha256 | provlog attest, end to end (CLI process) | result | goal |',
      '| --- | --- | --- | --- | --- |',
      `| 1 file, ${TOTAL_MIB} MiB | ${ob.toFixed(0)} ms | ${eb.toFixed(0)} ms | time ratio ${(eb / ob).toFixed(3)} | <= 1.10 |`,
      `| ${FILES} files, ${(smallBytes / 1024 / 1024).toFixed(0)} MiB | ${os1.toFixed(0)} ms | ${es.toFixed(0)} ms (${mibps(smallBytes, es)} MiB/s) | ${(smallBytes / es / oneCoreRate).toFixed(2)}x one-core openssl rate | >= 1.6x |`,
      `| floor: bare \`node\` hashing the ${FILES} files on ${os.availableParallelism()} threads, nothing else | | ${ef.toFixed(0)} ms (${mibps(smallBytes, ef)} MiB/s) | ${(smallBytes / ef / oneCoreRate).toFixed(2)}x one-core openssl rate | the best any Node CLI can do here |`,
      '',
      'The hashing step alone, in-process:',
      '',
      '| case | openssl dgst -sha256 (wall / CPU) | provlog hashFiles (wall / CPU) | result | goal |',
      '| --- | --- | --- | --- | --- |',
      `| 1 file, ${TOTAL_MIB} MiB | ${ob.toFixed(0)} ms (${mibps(total, ob)} MiB/s) / ${c.ob.toFixed(0)} ms | ${pb.toFixed(0)} ms (${mibps(total, pb)} MiB/s) / ${c.pb.toFixed(0)} ms | time ratio ${(pb / ob).toFixed(3)} | <= 1.10 |`,
      `| ${FILES} files, ${(smallBytes / 1024 / 1024).toFixed(0)} MiB | ${os1.toFixed(0)} ms (${mibps(smallBytes, os1)} MiB/s) / ${c.os.toFixed(0)} ms | ${ps.toFixed(0)} ms (${mibps(smallBytes, ps)} MiB/s) / ${c.ps.toFixed(0)} ms | ${smallRatio.toFixed(2)}x one-core openssl rate | >= 1.6x |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await log.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAttestHashBench();
