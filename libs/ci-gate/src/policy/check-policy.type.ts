import type { SourceLocation } from '@sightline/odoo-model';
import type { ClassificationOverrides } from '@sightline/privacy-catalog';
import type { FindingRuleId } from '../model/check-finding.type';

/** A finding the team accepts, for a while: a group (optional) reaching fields of a model. */
export interface PolicyAllowance {
  /** A group XML id; absent: findings of any group, and findings about no group (SL002–SL004). */
  readonly group?: string;
  readonly rule?: FindingRuleId;
  readonly model: string;
  /** Field names, `*` globs allowed; absent: every field of the model. */
  readonly fields?: readonly string[];
  readonly reason: string;
  /** `YYYY-MM-DD`, inclusive: from the next day on, the findings fail again. */
  readonly expires: string;
  readonly location: SourceLocation;
}

/** `sightline.yml`. */
export interface CheckPolicy {
  readonly file: string;
  readonly classification?: ClassificationOverrides;
  readonly requireClassification: boolean;
  /** `newHrData: error`: SL005 findings (HR data new at head, read by groups that already read that kind) fail too; default `warning`. */
  readonly newHrData?: 'warning' | 'error';
  readonly allow: readonly PolicyAllowance[];
}
