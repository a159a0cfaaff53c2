import { splitXmlId, userTypeOfGroup, type Group } from '@sightline/odoo-model';

/** A group known only by its XML id. */
export function bareGroup(xmlid: string): Group {
  return {
    xmlid,
    name: null,
    module: splitXmlId(xmlid)?.module ?? xmlid,
    category: null,
    privilege: null,
    impliedXmlids: [],
    share: false,
    comment: null,
    userType: userTypeOfGroup(xmlid),
  };
}
