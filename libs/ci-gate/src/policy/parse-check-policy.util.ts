import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { SourceLocation } from '@sightline/odoo-model';
import type { ReadProblem } from '@sightline/odoo-addons';
import type { FindingRuleId } from '../model/check-finding.type';
import { CheckInputError } from '../reading/check-input.error';
import type { CheckPolicy, PolicyAllowance } from './check-policy.type';

const TOP_KEYS = ['version', 'classification', 'requireClassification', 'newHrData', 'allow'];
const ALLOW_KEYS = ['group', 'rule', 'model', 'fields', 'reason', 'expires'];
const RULES: readonly FindingRuleId[] = ['SL001', 'SL002', 'SL003', 'SL004', 'SL005'];
const SEVERITIES = ['warning', 'error'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ParsedCheckPolicy {
  readonly policy: CheckPolicy;
  /** `classification:` as written (relative to the policy file). */
  readonly classificationFile?: string;
}

/** Parses `sightline.yml`; every problem names the file, line and column. */
export function parseCheckPolicy(text: string, file: string): ParsedCheckPolicy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems: ReadProblem[] = doc.errors.map((e) => {
    const { line, col } = lines.linePos(e.pos[0]);
    return { file, line, column: col, message: e.message.split('\n')[0]! };
  });
  const at = (node: Node | null | undefined): SourceLocation => ({ file, line: node?.range ? lines.linePos(node.range[0]).line : 1 });
  const fail = (node: Node | null | undefined, message: string) => problems.push({ ...at(node), message });
  const root = doc.contents;
  if (problems.length === 0 && root !== null && !isMap(root)) fail(root, 'expected a mapping (classification, requireClassification, newHrData, allow)');
  const map = isMap(root) ? root : null;
  unknownKeys(map, TOP_KEYS, fail);
  const values = (map?.toJSON() ?? {}) as Record<string, unknown>;
  const classification = values['classification'];
  if (classification !== undefined && typeof classification !== 'string') fail(nodeOf(map, 'classification'), 'classification: expected a file name');
  const require = values['requireClassification'] ?? false;
  if (typeof require !== 'boolean') fail(nodeOf(map, 'requireClassification'), 'requireClassification: expected true or false');
  const newHrData = values['newHrData'] as (typeof SEVERITIES)[number] | undefined;
  if (newHrData !== undefined && !SEVERITIES.includes(newHrData)) fail(nodeOf(map, 'newHrData'), `newHrData: expected ${SEVERITIES.join(' or ')}`);
  const allow = allowances(nodeOf(map, 'allow'), at, fail);
  if (problems.length > 0) throw new CheckInputError(problems);
  return {
    policy: { file, requireClassification: require === true, ...(newHrData && { newHrData }), allow },
    ...(typeof classification === 'string' ? { classificationFile: classification } : {}),
  };
}

type Fail = (node: Node | null | undefined, message: string) => void;

function allowances(node: Node | null | undefined, at: (node: Node | null | undefined) => SourceLocation, fail: Fail): PolicyAllowance[] {
  if (node === undefined || node === null) return [];
  if (!isSeq(node)) return fail(node, 'allow: expected a list'), [];
  return node.items.flatMap((item, index) => {
    if (!isMap(item)) return fail(item as Node, `allow[${index}]: expected a mapping`), [];
    return allowance(item, `allow[${index}]`, at(item), fail);
  });
}

function allowance(item: YAMLMap, path: string, location: SourceLocation, fail: Fail): PolicyAllowance[] {
  unknownKeys(item, ALLOW_KEYS, fail, path);
  const values = item.toJSON() as Record<string, unknown>;
  const text = (key: string, required: boolean): string | undefined => {
    const value = values[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    fail(nodeOf(item, key) ?? item, `${path}.${key}: ${value === undefined ? 'required' : 'expected a non-empty string'}`);
    return undefined;
  };
  const [group, rule, model, reason] = [text('group', false), text('rule', false), text('model', true), text('reason', true)];
  const expires = expiry(item, path, fail);
  const fields = fieldList(item, path, fail);
  if (rule !== undefined && !RULES.includes(rule as FindingRuleId)) fail(nodeOf(item, 'rule'), `${path}.rule: expected one of ${RULES.join(', ')}`);
  if (!model || !reason || !expires) return [];
  return [{ ...(group && { group }), ...(rule && { rule: rule as FindingRuleId }), model, ...(fields && { fields }), reason, expires, location }];
}

function expiry(item: YAMLMap, path: string, fail: Fail): string | undefined {
  const node = nodeOf(item, 'expires');
  const value = isScalar(node) ? String(node.source ?? node.value) : undefined;
  if (value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return value;
  fail(node ?? item, `${path}.expires: ${node ? 'expected a date YYYY-MM-DD' : 'required (an allowance must end)'}`);
  return undefined;
}

function fieldList(item: YAMLMap, path: string, fail: Fail): string[] | undefined {
  const node = nodeOf(item, 'fields');
  if (node === undefined) return undefined;
  const value = item.toJSON().fields as unknown;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && /^[\w*]+$/.test(v))) return value as string[];
  fail(node, `${path}.fields: expected a list of field names (* allowed)`);
  return undefined;
}

function unknownKeys(map: YAMLMap | null, known: readonly string[], fail: Fail, path?: string): void {
  for (const pair of map?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!known.includes(key)) fail(pair.key as Node, `${path ? `${path}.` : ''}${key}: unknown key (expected ${known.join(', ')})`);
  }
}

function nodeOf(map: YAMLMap | null, key: string): Node | undefined {
  return (map?.get(key, true) as Node | undefined) ?? undefined;
}
