/**
 * Lines of ordinary Odoo code that define no field and no model, to put between the declarations
 * a reader of the sources must find: comments, methods with decorators and docstrings, nested
 * functions, f-strings, SQL in triple-quoted strings starting at column 0, dicts over several
 * lines, `\` continuations, and strings that look like field declarations. Each function returns
 * exactly `count` lines.
 */
const BODY_SNIPPETS: readonly (readonly string[])[] = [
  ['        self.env.cr.execute("""', 'SELECT id, name FROM res_partner', `WHERE name = 'x = fields.Char(groups="base.group_system")'`, '""")'],
  ['        def _key(rec):', '            hidden = fields.Char(groups="base.group_no_one")', '            return (rec.id, rec.display_name)'],
  ['        _logger.info(f"{len(self)} records (done), {self._name!r}: {{braces}}")'],
  ['        values = {', `            'name': "a, (b",`, "            'note': 'c # not a comment',", '        }'],
  ['        total = len(self) + \\', '            len(self.ids)'],
  ["        label = _('Groups (%s), see fields.Char(', self._name)"],
  ['        for record in self:', "            record.write({'note': \"\"\"multi", 'line (text)', '"""})'],
];
const BODY_PADDING: readonly string[] = [
  '        records = self.filtered(lambda r: r.active)',
  '        # keep (x, y) in sync with the view',
  "        domain = [('company_id', 'in', self.env.companies.ids)]",
  '        self.ensure_one() if len(self) == 1 else None',
];
const DECORATED: readonly (readonly [string, string])[] = [
  ["    @api.depends('name', 'company_id')", '_compute_display'],
  ['    @api.model', '_get_default'],
  ["    @api.onchange('partner_id')", '_onchange_partner'],
  ["    @api.constrains('date_from')", '_check_dates'],
];

/** `count` lines inside a class body (indented by 4). */
export function classBodyFiller(count: number, seed: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [''];
  if (count === 2) return ['', `    # --- section ${seed}: see "security.xml" (groups, rules)`];
  const lines: string[] = [];
  for (let index = 0; lines.length < count; index++) {
    const remaining = count - lines.length;
    const size = remaining > 30 ? 12 + ((seed + index) % 10) : remaining;
    lines.push('', ...methodLines(size - 1, seed * 7 + index));
  }
  return lines;
}

/** `count` lines at module level (column 0). */
export function moduleFiller(count: number, seed: number): string[] {
  if (count < 6) return Array.from({ length: count }, (_, i) => (i === 0 && count > 2 ? `# helper ${seed} (kept at module level)` : ''));
  const body = Array.from({ length: count - 5 }, (_, i) => `    pairs.append((${i}, "x, (y)"))`);
  return ['', `def _helper_${seed}(records):`, '    """Pairs (id, name), like fields.Char(groups=...) never is."""', '    pairs = []', ...body, '', ''].slice(0, count);
}

/** A method of exactly `count` lines (a lone blank line for 1). */
function methodLines(count: number, seed: number): string[] {
  if (count <= 1) return Array.from({ length: count }, () => '');
  const [decorator, name] = DECORATED[seed % DECORATED.length];
  const head = count >= 4 ? [decorator] : [];
  head.push(`    def ${count >= 4 ? name : '_prepare_values'}_${seed}(self):`);
  if (count - head.length >= 3) head.push(`        """Compute (a, b): 'quoted', "double", fields.Many2one('x')."""`);
  const body: string[] = [];
  let remaining = count - head.length - 1;
  for (let index = 0; remaining > 0; index++) {
    const snippet = BODY_SNIPPETS[(seed + index) % BODY_SNIPPETS.length];
    const lines = snippet.length <= remaining ? snippet : [BODY_PADDING[(seed + index) % BODY_PADDING.length]];
    body.push(...lines);
    remaining -= lines.length;
  }
  return [...head, ...body, count > 2 ? '        return True' : '        pass'].slice(0, count);
}
