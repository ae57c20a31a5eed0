/**
 * The example workflows in examples/ against the action metadata as it is NOW (read at run time): every `with:` key
 * of a provlog step is an input of the matching action.yml, every required input is given, and every
 * `steps.<id>.outputs.<name>` a workflow reads is an output of that action. The example policy file parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../../src/core/policy/schema.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');

interface ActionMeta {
  file: string;
  inputs: Map<string, { required: boolean; hasDefault: boolean }>;
  outputs: Set<string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readAction(relative: string): ActionMeta {
  const doc: unknown = parse(readFileSync(join(ROOT, relative), 'utf8'));
  if (!isRecord(doc)) throw new Error(`${relative} is not a mapping`);
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
  for (const [name, spec] of Object.entries(isRecord(doc.inputs) ? doc.inputs : {})) {
    const s = isRecord(spec) ? spec : {};
    inputs.set(name, { required: s.required === true, hasDefault: s.default !== undefined && s.default !== null });
  }
  const outputs = new Set(Object.keys(isRecord(doc.outputs) ? doc.outputs : {}));
  return { file: relative, inputs, outputs };
}

/** Which action a `uses:` names: the root action or the policy check; undefined for any other action. */
function actionFor(uses: string): 'action.yml' | 'verify/action.yml' | undefined {
  if (uses === './' || uses === '.' || /^provlog\/provlog@/.test(uses)) return 'action.yml';
  if (uses === './verify' || /^provlog\/provlog\/verify@/.test(uses)) return 'verify/action.yml';
  return undefined;
}

interface Step {
  id?: string;
  uses: string;
  with: Record<string, unknown>;
}

function provlogSteps(workflow: unknown): Step[] {
  if (!isRecord(workflow) || !isRecord(workflow.jobs)) throw new Error('a workflow needs jobs');
  const out: Step[] = [];
  for (const job of Object.values(workflow.jobs)) {
    const steps = isRecord(job) && Array.isArray(job.steps) ? job.steps : [];
    for (const step of steps) {
      if (!isRecord(step) || typeof step.uses !== 'string' || actionFor(step.uses) === undefined) continue;
      out.push({
        uses: step.uses,
        with: isRecord(step.with) ? step.with : {},
        ...(typeof step.id === 'string' ? { id: step.id } : {}),
      });
    }
  }
  return out;
}

const workflows = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml') && f !== 'provlog-policy.yml');
const expected: Record<string, string> = {
  'release.yml': 'action.yml',
  'verify-download.yml': 'verify/action.yml',
  'pr-policy.yml': 'verify/action.yml',
};

describe('examples/', () => {
  it('has the three workflows the README points at', () => {
    expect(workflows.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const file of workflows) {
    it(`${file}: every provlog step passes only real inputs and every required one`, () => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const workflow: unknown = parse(text);
      expect(isRecord(workflow) && workflow.on !== undefined).toBe(true);
      const steps = provlogSteps(workflow);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const target = actionFor(step.uses);
        expect(target).toBe(expected[file]);
        const meta = readAction(target ?? '');
        for (const key of Object.keys(step.with)) {
          expect(meta.inputs.has(key), `${file}: "${key}" is not an input of ${meta.file}`).toBe(true);
        }
        for (const [name, spec] of meta.inputs) {
          if (spec.required && !spec.hasDefault) {
            expect(Object.hasOwn(step.with, name), `${file}: required input "${name}" missing`).toBe(true);
          }
        }
        if (step.id !== undefined) {
          const refs = [...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))];
          for (const ref of refs) {
            expect(meta.outputs.has(ref[1] ?? ''), `${file}: output "${ref[1]}" of ${meta.file}`).toBe(true);
          }
        }
      }
    });
  }

  it('an unknown input would be caught (the check can fail)', () => {
    const steps = provlogSteps({ jobs: { j: { steps: [{ uses: './', with: { 'signing-keys': 'x' } }] } } });
    expect(readAction('action.yml').inputs.has(Object.keys(steps[0]?.with ?? {})[0] ?? '')).toBe(false);
  });

  it('provlog-policy.yml is a valid policy file', () => {
    const policy = parsePolicy(readFileSync(join(EXAMPLES, 'provlog-policy.yml'), 'utf8'), 'provlog-policy.yml');
    expect(policy.version).toBe(1);
    expect(policy.signers.map((s) => s.kind)).toEqual(['key', 'identity']);
    expect(policy.logs).toEqual([{ kind: 'trusted-root', path: 'trusted_root.json' }]);
    expect(policy.require.refs).toEqual(['refs/tags/v*']);
    expect(policy.require.maxAgeSeconds).toBe(365 * 86400);
    expect(policy.exceptions).toHaveLength(1);
  });
});
