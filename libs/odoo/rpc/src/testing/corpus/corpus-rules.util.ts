import { splitXmlId, type Rule } from '@sightline/odoo-model';
import type { CorpusSecurityData } from './corpus-security-data';

export function corpusRules(data: CorpusSecurityData): Rule[] {
  return [...data.rules.values()].flatMap((draft) =>
    draft.model === null
      ? []
      : [{ xmlid: draft.xmlid, name: draft.name, model: draft.model, groupXmlids: [...draft.groups].sort(), domain: draft.domain, perms: draft.perms, active: draft.active, module: splitXmlId(draft.xmlid)!.module }],
  );
}
