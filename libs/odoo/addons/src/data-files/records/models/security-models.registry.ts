import type { DraftOrigin } from '../record-drafts.type';
import type { SecurityModelSpec } from '../security-model-spec.type';
import { ACCESS_ROW_SPEC } from './ir-access.model';
import { ACL_SPEC } from './ir-model-access.model';
import { CATEGORY_SPEC } from './ir-module-category.model';
import { GROUP_SPEC } from './res-groups.model';
import { PRIVILEGE_SPEC } from './res-groups-privilege.model';
import { RULE_SPEC } from './ir-rule.model';
import { USER_SPEC } from './res-users.model';

/** The models whose records decide access, by model name. Records of other models are skipped. */
export const SECURITY_MODEL_SPECS: ReadonlyMap<string, SecurityModelSpec<DraftOrigin>> = new Map(
  [GROUP_SPEC, USER_SPEC, CATEGORY_SPEC, PRIVILEGE_SPEC, ACL_SPEC, RULE_SPEC, ACCESS_ROW_SPEC].map(
    (spec) => [spec.model, spec as unknown as SecurityModelSpec<DraftOrigin>] as const,
  ),
);
