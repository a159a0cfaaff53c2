import { validateOverrides } from '@sightline/privacy-catalog';
import type { FieldOverride } from '@sightline/privacy-catalog';
import { UserInputError } from '@sightline/platform-graphql';

export interface FieldOverrideInput {
  readonly model: string;
  readonly field: string;
  /** false: the field is declared not personal (no categories or subjects). */
  readonly personal: boolean;
  readonly categories?: readonly string[];
  readonly subjects?: readonly string[];
}

/**
 * Checks an API override against the overrides format and the taxonomy, exactly as a YAML file is
 * checked, and throws the first problem as a UserInputError naming the input field
 * (`input.categories[1]: unknown data category "user.x"`).
 */
export function validateFieldOverrideInput(input: FieldOverrideInput, argument = 'input'): FieldOverride {
  const raw = input.personal
    ? { model: input.model, field: input.field, categories: input.categories ?? [], subjects: input.subjects ?? [] }
    : { model: input.model, field: input.field, personal: false };
  const { overrides, issues } = validateOverrides({ fields: [raw] }, { file: argument });
  const issue = issues[0];
  if (issue) throw new UserInputError(issue.path.replace(/^fields\[0\]/, argument), issue.message);
  return overrides.fields![0]!;
}
