import type { GroupsSource } from './effective-field-groups.type';

/**
 * One line explaining where groups come from: `explicit`, or
 * `related:<path>-><model>.<field>` followed by the target's own source in parentheses when the
 * target is related too (the notation of the corpus `effective-field-groups.csv`).
 */
export function formatGroupsSource(source: GroupsSource): string {
  if (source.kind === 'explicit') return 'explicit';
  const head = `related:${source.path}->${source.target.model}.${source.target.field}`;
  return source.targetSource.kind === 'related' ? `${head} (${formatGroupsSource(source.targetSource)})` : head;
}
