/**
 * Runner emulation for the attest action e2e test: spawns the BUILT dist/attest/index.js with node the way the
 * GitHub runner does — action.yml defaults filled in, `INPUT_<NAME>` (name uppercased, hyphens kept), GITHUB_* and
 * RUNNER_* variables, an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files created empty — then
 * reads the outputs back from the file in the `name<<delimiter` format @actions/core writes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { decode } from '../../src/core/json/decode.js';

/** The node that runs the action, as GitHub runs it on node24: PROVLOG_ACTION_NODE=/path/to/node24 to try another. */
function actionNode(): string {
  return process.env.PROVLOG_ACTION_NODE ?? process.execPath;
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION_JS = join(ROOT, 'dist', 'attest', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** The defaults action.yml declares, keyed by input name (`${{ github.token }}` is left to the caller). */
export function readActionDefaults(): Record<string, string> {
  const inputs = decode(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')), 'INVALID_FIELD', 'action.yml')
    .get('inputs')
    .record();
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    const d = decode(spec, 'INVALID_FIELD', `inputs.${name}`).optional('default')?.value;
    out[name] = d === undefined || d === null ? '' : String(d);
  }
  return out;
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM\n` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? '');
      out[heredoc[1]] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

let runCounter = 0;

/**
 * Runs the action once in a fresh runner directory under `dir`. `inputs` override action.yml defaults;
 * `env` is the whole job environment besides PATH/HOME and the runner files (nothing leaks in from the test
 * process, e.g. a CI job's own OIDC variables).
 */
export async function runAction(opts: {
  dir: string;
  workspace: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  payload: unknown;
}): Promise<ActionRun> {
  if (!existsSync(ACTION_JS)) throw new Error(`${ACTION_JS} is missing: run \`npm run build\` first`);
  const runDir = join(opts.dir, `run-${++runCounter}`);
  const runnerTemp = join(runDir, 'temp');
  mkdirSync(runnerTemp, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(runDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runDir, 'summary.md'),
    GITHUB_EVENT_PATH: join(runDir, 'event.json'),
  };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(opts.payload));
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...readActionDefaults(), ...opts.inputs })) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: runnerTemp,
    ...files,
    ...opts.env,
    ...inputEnv,
  };
  const child = spawn(actionNode(), [ACTION_JS], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp,
  };
}

/**
 * A stand-in for a GitHub Enterprise Server host: its OIDC issuer is `<server>/_services/token`, which this server
 * redirects to the GitHub stand-in's issuer routes. The action derives the issuer from GITHUB_SERVER_URL, so the
 * test needs no test-only switch in the action.
 */
export async function startIssuerRedirect(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const m = /^\/_services\/token(\/.*)$/.exec(req.url ?? '');
    if (m?.[1] === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(302, { location: `${target}${m[1]}` }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** stdout without the runner's `::add-mask::` commands (the runner consumes them; they are never displayed). */
export function visibleStdout(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}
