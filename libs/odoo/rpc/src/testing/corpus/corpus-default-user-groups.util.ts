import type { CorpusSecurityData } from './corpus-security-data';

/** 17/18: the groups of `base.default_user`; 19: what `base.default_user_group` implies. */
export function corpusDefaultUserGroups(data: CorpusSecurityData, major: number): string[] {
  if (major >= 19) return [...(data.groups.get('base.default_user_group')?.implied ?? [])].sort();
  return [...(data.users.get('base.default_user')?.groups ?? [])].sort();
}
