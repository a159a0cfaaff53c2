import { pythonRepr } from '@sightline/odoo-python';
import type { PlannedField } from './corpus-model-plan.type';

const RELATIONAL = new Set(['Many2one', 'One2many', 'Many2many']);
const EXTRAS: readonly string[] = [
  'help="Shown to (some) users, e.g. managers, officers; never to portal users."',
  'copy=False',
  'readonly=True',
  'tracking=True',
];

/**
 * A field declaration of at most `budget` lines, in one of the shapes Odoo code uses: one line,
 * one argument per line with the closing parenthesis alone, or arguments hanging after the
 * opening parenthesis. Larger budgets get more (harmless) arguments and a comment.
 */
export function renderPlannedField(field: PlannedField, budget: number, seed: number): string[] {
  const args = fieldArguments(field);
  const head = `    ${field.name} = fields.${field.type}(`;
  const oneLine = [`${head}${args.join(', ')})`];
  if (budget < 3 || seed % 4 === 0) return oneLine;
  if (seed % 4 === 1 && args.length <= budget) return hanging(head, args);
  const room = budget - 2 - args.length;
  if (room < 0) return args.length <= budget ? hanging(head, args) : oneLine;
  const extras = EXTRAS.slice(0, Math.min(room, seed % 3 === 0 ? 0 : 2));
  const comment = room - extras.length > 0 && seed % 2 === 0 ? ['        # groups: see security/ir.model.access.csv (and rules)'] : [];
  return [head, ...comment, ...[...args, ...extras].map((arg) => `        ${arg},`), '    )'];
}

function hanging(head: string, args: readonly string[]): string[] {
  const indent = ' '.repeat(head.length);
  return args.map((arg, index) => `${index === 0 ? head : indent}${arg}${index === args.length - 1 ? ')' : ','}`);
}

function fieldArguments(field: PlannedField): string[] {
  const args: string[] = [];
  if (field.comodel && RELATIONAL.has(field.type)) args.push(pythonRepr(field.comodel));
  args.push(`string=${pythonRepr(field.label ?? labelOf(field.name))}`);
  if (field.related) args.push(`related=${pythonRepr(field.related)}`);
  if (field.comodel && !RELATIONAL.has(field.type)) args.push(`comodel_name=${pythonRepr(field.comodel)}`);
  if (field.groups) args.push(`groups=${'text' in field.groups ? pythonRepr(field.groups.text) : field.groups.expression}`);
  if (field.delegation) args.push('required=True', "ondelete='cascade'");
  return args;
}

function labelOf(name: string): string {
  return name.replace(/_ids?$/, '').split('_').filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');
}
