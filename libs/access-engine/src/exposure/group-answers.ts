import type { Operation } from '@sightline/odoo-model';
import type { GroupSet } from '../bitset/group-set';
import type { ScopeResult } from '../scope/scope-result.type';
import type { FieldTable } from '../tables/field-table';
import type { AnswerContext } from './answer-context';
import type { ClassifiedField } from './classified-field.type';
import { NO_EXPOSURE, type ExposureCell } from './exposure-cell.type';
import type { ExposureOperation, FieldGrant, RecordScope } from './field-grant.type';
import type { FieldGroupsCheck, GrantingRow, ScopingRule } from './grant-explanation.type';

const NO_ONE_GROUP = 'base.group_no_one';

/** ACL rows, record scope and rules of one (model, operation): shared by every field of the model. */
interface OperationAnswer {
  readonly rows: readonly GrantingRow[];
  readonly scope: RecordScope;
  readonly rules: readonly ScopingRule[];
  readonly dropped: boolean;
}

/**
 * Every answer for one set of effective groups (or the superuser), computed on first use and kept:
 * model permissions, field visibility, record scopes, and the exposure cell of each field. Fields
 * of one model with the same effective `groups=` share one cell object.
 */
export class GroupAnswers {
  /** Cells by field shape id ({@link AccessTables.shapeOf}). */
  private cells: (ExposureCell | undefined)[] = [];
  private readonly operations = new Map<string, OperationAnswer | null>();
  private readonly fieldGroups: GroupSet;

  constructor(
    readonly groups: GroupSet,
    readonly superuser: boolean,
    private readonly context: AnswerContext,
    kept?: readonly (ExposureCell | undefined)[],
  ) {
    const noOne = context.index.bitOf(NO_ONE_GROUP);
    this.fieldGroups = context.debugMode || noOne === undefined ? groups : groups.without(noOne);
    if (kept) this.cells = [...kept];
  }

  /** ACL level (union of rows; group-less rows for everyone). */
  canPerform(model: string, operation: Operation): boolean {
    if (this.superuser) return true;
    const grants = this.context.tables.model(model).grants[operation];
    return grants.everyone || grants.mask.intersects(this.groups);
  }

  /** Field level: one positive group (if any is listed) and no negated one. */
  passesFieldGroups(table: FieldTable): boolean {
    if (this.superuser) return true;
    if (table.negative.intersects(this.fieldGroups)) return false;
    return !table.restricted || table.positive.intersects(this.fieldGroups);
  }

  scope(model: string, operation: Operation): ScopeResult {
    return this.context.scopes.scopeOf(this.groups, model, operation);
  }

  cell(field: ClassifiedField): ExposureCell {
    const shape = this.context.tables.shapeOf(field.model, field.field, field.key);
    let cell = this.cells[shape.id];
    if (!cell) {
      cell = this.computeCell(field.model, shape.table);
      this.cells[shape.id] = cell;
    }
    return cell;
  }

  /** Cells (by shape id) to keep in answers derived for a changed snapshot. */
  keptCells(keep: (shapeId: number) => boolean): (ExposureCell | undefined)[] {
    return this.cells.map((cell, id) => (keep(id) ? cell : undefined));
  }

  private computeCell(model: string, table: FieldTable): ExposureCell {
    if (!this.passesFieldGroups(table)) return NO_EXPOSURE;
    const check = this.fieldGroupsCheck(table);
    const read = this.grant(model, 'read', check);
    const write = this.grant(model, 'write', check);
    return read || write ? { read, write } : NO_EXPOSURE;
  }

  private grant(model: string, operation: ExposureOperation, fieldGroups: FieldGroupsCheck): FieldGrant | null {
    if (this.superuser) return superuserGrant(operation, fieldGroups);
    const answer = this.operation(model, operation);
    if (!answer) return null;
    return {
      operation,
      scope: answer.scope,
      explanation: { superuser: false, grantingRows: answer.rows, fieldGroups, rules: answer.rules, groupRulesDropped: answer.dropped },
    };
  }

  /** Null when the ACLs deny the operation or the rules leave no record. */
  private operation(model: string, operation: Operation): OperationAnswer | null {
    const key = `${model}|${operation}`;
    let answer = this.operations.get(key);
    if (answer === undefined) {
      answer = this.canPerform(model, operation) ? this.operationAnswer(model, operation) : null;
      this.operations.set(key, answer);
    }
    return answer;
  }

  private operationAnswer(model: string, operation: Operation): OperationAnswer | null {
    const result = this.scope(model, operation);
    const { scope, exact, explanation } = result.classification;
    if (scope === 'none') return null;
    return {
      rows: this.grantingRows(model, operation),
      scope: { scope, exact, domain: result.text, explanation, restrictedBy: result.restrictedBy },
      rules: result.applied.map(({ rule, through }) => ({
        kind: rule.kind, xmlid: rule.xmlid, name: rule.name, model: rule.model, domain: rule.domainText, through, groupXmlids: this.xmlidsOf(rule.mask),
      })),
      dropped: result.groupRulesDropped,
    };
  }

  private grantingRows(model: string, operation: Operation): GrantingRow[] {
    return this.context.tables.model(model).grants[operation].rows
      .filter((row) => row.bit < 0 || this.groups.has(row.bit))
      .map(({ kind, xmlid, name, model: rowModel, groupXmlid }) => ({ kind, xmlid, name, model: rowModel, groupXmlid }));
  }

  private fieldGroupsCheck(table: FieldTable): FieldGroupsCheck {
    const admittedBy = table.restricted && !this.superuser ? this.xmlidsOf(table.positive, this.fieldGroups) : [];
    return { restricted: table.restricted, groups: table.groups, source: table.source, resolvedFrom: table.resolvedFrom, admittedBy };
  }

  private xmlidsOf(mask: GroupSet, groups: GroupSet = this.groups): string[] {
    return mask.commonBits(groups).map((bit) => this.context.index.xmlidOf(bit));
  }
}

function superuserGrant(operation: ExposureOperation, fieldGroups: FieldGroupsCheck): FieldGrant {
  return {
    operation,
    scope: { scope: 'all', exact: true, domain: '[]', explanation: 'all records (superuser)', restrictedBy: [] },
    explanation: { superuser: true, grantingRows: [], fieldGroups, rules: [], groupRulesDropped: false },
  };
}
