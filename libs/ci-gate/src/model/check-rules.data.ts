import type { FindingRuleId, FindingSeverity } from './check-finding.type';

export interface CheckRuleDescriptor {
  readonly id: FindingRuleId;
  readonly name: string;
  /** The severity without `--strict`, `--require-classification` or a policy switch. */
  readonly defaultSeverity: FindingSeverity;
  readonly summary: string;
  readonly help: string;
}

/** The checks of `sightline check`; SARIF `tool.driver.rules` and the JSON `rule` ids. */
export const CHECK_RULES: readonly CheckRuleDescriptor[] = [
  {
    id: 'SL001',
    name: 'new-hr-access',
    defaultSeverity: 'error',
    summary: 'A group grants read or write on classified HR data it did not grant before',
    help: 'A new group, implication, ACL row, record rule or default group of new users gives members access to personal data of employees or applicants. Review it, narrow it, or allow it in the policy with a reason and an expiry date.',
  },
  {
    id: 'SL002',
    name: 'weakened-field-groups',
    defaultSeverity: 'error',
    summary: 'The groups= protection of a classified HR field was removed or weakened',
    help: "A field's groups= attribute (the last definition wins) no longer restricts it to the groups it did before.",
  },
  {
    id: 'SL003',
    name: 'groupless-hr-acl',
    defaultSeverity: 'error',
    summary: 'A group-less ACL row on a model holding HR data',
    help: 'An ir.model.access row without a group applies to every user, portal and public included.',
  },
  {
    id: 'SL004',
    name: 'unclassified-personal-field',
    defaultSeverity: 'warning',
    summary: 'A new field on a model holding HR data looks personal but is not classified',
    help: 'Classify it (or mark it not personal) in the classification overrides named by the policy; --require-classification makes this an error.',
  },
  {
    id: 'SL005',
    name: 'new-hr-data',
    defaultSeverity: 'warning',
    summary: 'HR data new at head is read by groups that already read that kind of data',
    help: 'A new model or field, or a field classified as HR data only now, is read by groups that at base read the same field or data of the same categories and data subjects at least as widely: no group gains a new kind of access, so this does not fail unless --strict or newHrData: error in the policy. Check that the readers listed should see it.',
  },
];

export function checkRule(id: FindingRuleId): CheckRuleDescriptor {
  return CHECK_RULES.find((rule) => rule.id === id)!;
}
