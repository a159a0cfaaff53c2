import { irModelXmlIdName } from './ir-model-xml-id-name.util';
import { computeIrModelXmlIds } from './ir-model-xml-ids.util';
import { readPythonModelClasses } from './read-python-model-classes.util';

describe('computeIrModelXmlIds', () => {
  it('maps <module>.model_<name> to the model, for every module that writes _name', () => {
    const hr = readPythonModelClasses(
      "class A(models.Model):\n    _name = 'hr.employee'\n\nclass B(models.Model):\n    _inherit = 'res.users'\n",
      { module: 'hr', file: 'models/a.py' },
    );
    const mail = readPythonModelClasses(
      "class P(models.Model):\n    _name = 'res.partner'\n    _inherit = ['res.partner', 'mail.thread']\n",
      { module: 'mail', file: 'models/p.py' },
    );
    expect(computeIrModelXmlIds([{ module: 'hr', classes: hr }, { module: 'mail', classes: mail }])).toEqual(
      new Map([['hr.model_hr_employee', 'hr.employee'], ['mail.model_res_partner', 'res.partner']]),
    );
    expect(irModelXmlIdName('publisher_warranty.contract')).toBe('model_publisher_warranty_contract');
  });
});
