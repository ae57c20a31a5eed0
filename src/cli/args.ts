/**
 * Strict flag parsing over node:util parseArgs, with usage errors as CodedError('USAGE') and one help text per
 * command built from the same option table (so --help can never drift from what is parsed).
 */
import { parseArgs } from 'node:util';
import { CodedError } from '../core/errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** Shown in --help; `value` names the argument (e.g. DIR). */
  help: string;
  value?: string;
}

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const out: ParsedArgs['values'] = {};
    for (const [k, v] of Object.entries(values)) {
      out[k] = Array.isArray(v) ? v.map(String) : v;
    }
    for (const [name, o] of Object.entries(spec.options)) {
      if (out[name] === undefined && o.default !== undefined) out[name] = o.default;
    }
    return { values: out, positionals };
  } catch (cause) {
    throw new CodedError(
      'USAGE',
      `${(cause as Error).message.replace(/\.$/, '')} (see \`provlog ${spec.name} --help\`)`,
      {
        cause,
      },
    );
  }
}

export function formatHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const def = o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : '';
    const many = o.multiple ? ' (repeatable)' : '';
    return [flag, `${o.help}${many}${def}`] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const lines = rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`);
  return `Usage: ${spec.usage}\n\n${spec.summary}\n\nOptions:\n${lines.join('\n')}\n`;
}

export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredString(args: ParsedArgs, name: string, spec: CommandSpec): string {
  const v = stringValue(args, name);
  if (v === undefined || v === '')
    throw new CodedError('USAGE', `--${name} is required (see \`provlog ${spec.name} --help\`)`);
  return v;
}

export function stringList(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

export function booleanValue(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
