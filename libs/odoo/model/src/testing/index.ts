export { aclRecord, allPerms, groupRecord, readPerms, ruleRecord, userRecord } from './snapshot-records';
