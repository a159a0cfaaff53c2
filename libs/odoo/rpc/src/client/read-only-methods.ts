/** ORM methods that change nothing, so a call may safely be sent again after a transport failure. */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set([
  'search_read',
  'search',
  'read',
  'search_count',
  'fields_get',
  'context_get',
  'read_group',
  'name_search',
  'check_access_rights',
  'has_access',
]);
