/**
 * The only module that uses @actions/core: inputs, outputs, secrets, summary, annotations, and a Reporter over
 * them. Everything else in the action receives plain values and this interface.
 *
 * Every line printed here may quote text from a pull request (file names), a log or an API, and the runner reads
 * workflow commands from the step's output: `::add-mask::x` or `::warning::…` at the start of a line, and the
 * legacy `##[command]data` anywhere in a line. So nothing untrusted reaches stdout unescaped: annotations go
 * through @actions/core's command encoding (message: `%` `\r` `\n`; properties such as `file=` also `:` and `,`),
 * and plain log lines through escapeLogLine.
 */
import * as core from '@actions/core';
import type { Reporter } from '../flows/reporter.js';

export interface ActionIO extends Reporter {
  input(name: string): string;
  /** Registers a value to be masked in every later log line. */
  secret(value: string): void;
  output(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  fail(message: string): void;
}

/** Unicode white space, a superset of what the runner's String.TrimStart() drops before looking for `::`. */
const COMMAND_START = /^([\p{White_Space}\uFEFF]*):(?=:)/u;

/**
 * One log line that the runner shows and never reads as a command: `%`, CR and LF percent-encoded as the runner
 * encodes command data (`%25`, `%0D`, `%0A`, so a name with a line break stays on this line and reads
 * unambiguously), a leading `::` as `%3A:`, and `##[` as `##%5B`.
 */
export function escapeLogLine(message: string): string {
  return message
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(COMMAND_START, '$1%3A')
    .replace(/##\[/g, '##%5B');
}

export function actionIO(): ActionIO {
  const annotation = (where?: { file: string; line?: number }) =>
    where === undefined ? {} : { file: where.file, ...(where.line === undefined ? {} : { startLine: where.line }) };
  return {
    input: (name) => core.getInput(name),
    secret: (value) => {
      for (const line of value.split(/\r?\n/)) if (line.trim() !== '') core.setSecret(line.trim());
    },
    output: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
    info: (message) => core.info(escapeLogLine(message)),
    notice: (message) => core.notice(message),
    warning: (message, where) => core.warning(message, annotation(where)),
    error: (message, where) => core.error(message, annotation(where)),
  };
}
