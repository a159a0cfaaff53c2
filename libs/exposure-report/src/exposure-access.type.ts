import type { RecordCount, RecordScope } from '@sightline/access-engine';

/** `write` implies the member can also change the field; otherwise read only. */
export type ExposureAccess = 'read' | 'write';

/** all | own-company | own-records | own-department | custom (the record scope of the field's model). */
export type ExposureScope = RecordScope['scope'];

export type ExposureCount = RecordCount;
