/** Odoo's three mutually exclusive user types, each carried by one base group. */
export type UserType = 'internal' | 'portal' | 'public';

export const USER_TYPE_GROUPS: Readonly<Record<UserType, string>> = {
  internal: 'base.group_user',
  portal: 'base.group_portal',
  public: 'base.group_public',
};

/** The user type a group stands for, or null for ordinary groups. */
export function userTypeOfGroup(xmlid: string): UserType | null {
  const found = (Object.keys(USER_TYPE_GROUPS) as UserType[]).find((type) => USER_TYPE_GROUPS[type] === xmlid);
  return found ?? null;
}
