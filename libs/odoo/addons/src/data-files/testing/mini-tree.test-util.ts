import { odooXml, type TestModule } from './addon-tree.test-util';

/** `ir.model` XML ids of the mini tree. */
export const MINI_MODEL_XML_IDS: ReadonlyMap<string, string> = new Map([
  ['base.model_res_partner', 'res.partner'],
  ['base.model_res_partner_bank', 'res.partner.bank'],
  ['base.model_res_users', 'res.users'],
  ['hr.model_hr_employee', 'hr.employee'],
  ['hr.model_hr_department', 'hr.department'],
]);

/** A small base: user-type groups, settings, admin, the default-user template, base ACLs (quoted CSV, `:id` header). */
export const MINI_BASE: TestModule = {
  name: 'base',
  manifest: {
    name: 'Base',
    category: 'Hidden',
    data: ['data/res_users_data.xml', 'security/base_groups.xml', 'data/ir_module_category_data.xml', 'security/ir.model.access.csv'],
    auto_install: true,
  },
  files: {
    'data/res_users_data.xml': odooXml(`
    <data noupdate="1">
        <record model="res.users" id="base.user_root">
            <field name="company_id" ref="main_company"/>
        </record>
        <record id="user_admin" model="res.users">
            <field name="login">admin</field>
            <field name="groups_id" eval="[Command.set([])]"/>
        </record>
        <record id="default_user" model="res.users">
            <field name="name">Default User Template</field>
            <field name="login">default</field>
            <field name="active" eval="False"/>
        </record>
        <record id="public_user" model="res.users">
            <field name="login">public</field>
            <field name="active">False</field>
        </record>
    </data>`),
    'security/base_groups.xml': odooXml(`
    <record model="res.groups" id="group_erp_manager">
        <field name="name">Access Rights</field>
        <field name="implied_ids" eval="[Command.link(ref('group_user'))]"/>
    </record>
    <record model="res.groups" id="group_system">
        <field name="name">Settings</field>
        <field name="implied_ids" eval="[Command.link(ref('group_erp_manager'))]"/>
        <field name="users" eval="[Command.link(ref('base.user_root')), Command.link(ref('base.user_admin'))]"/>
    </record>
    <record model="res.groups" id="group_user">
        <field name="name">Internal User</field>
        <field name="users" eval="[Command.link(ref('base.user_root')), Command.link(ref('base.user_admin'))]"/>
    </record>
    <record id="default_user" model="res.users">
        <field name="groups_id" eval="[Command.link(ref('base.group_user'))]"/>
    </record>
    <record id="group_portal" model="res.groups">
        <field name="name">Portal</field>
        <field name="share" eval="True"/>
    </record>
    <record id="group_public" model="res.groups">
        <field name="name">Public</field>
        <field name="share">1</field>
    </record>
    <record id="public_user" model="res.users">
        <field name="groups_id" eval="[Command.link(ref('base.group_public'))]"/>
    </record>`),
    'data/ir_module_category_data.xml': odooXml(`
    <record model="ir.module.category" id="module_category_human_resources">
        <field name="name">Human Resources (renamed)</field>
    </record>
    <record model="ir.module.category" id="module_category_human_resources_employees">
        <field name="name">Employees</field>
        <field name="parent_id" ref="module_category_human_resources"/>
    </record>
    <record model="ir.module.category" id="module_category_user_type">
        <field name="name">User types</field>
    </record>
    <record model="res.groups" id="group_user">
        <field name="category_id" ref="module_category_user_type"/>
    </record>`),
    'security/ir.model.access.csv': [
      '"id","name","model_id:id","group_id:id","perm_read","perm_write","perm_create","perm_unlink"',
      '"access_res_partner_public","res_partner group_public","model_res_partner","","1","0","0","0"',
      '"access_res_partner_group_user","res_partner group_user","model_res_partner","group_user","1","1","1","0"',
      '',
      '"access_res_users_group_erp_manager","res_users group_erp_manager","model_res_users","group_erp_manager","1","1","1","1"',
      '',
    ].join('\r\n'),
  },
};

/** hr: groups implying base ones, memberships, the default-user grant, ACLs (`/id` header), rules, a missing view. */
export const MINI_HR: TestModule = {
  name: 'hr',
  manifest: {
    name: 'Employees',
    category: 'Human Resources/Employees',
    depends: ['base'],
    data: ['security/hr_security.xml', 'security/ir.model.access.csv', 'views/hr_views.xml'],
    demo: ['data/hr_demo.xml'],
    application: true,
  },
  files: {
    'security/hr_security.xml': odooXml(`
    <record id="group_hr_user" model="res.groups">
        <field name="name">Officer: Manage all employees</field>
        <field name="category_id" ref="base.module_category_human_resources_employees"/>
        <field name="implied_ids" eval="[(6, 0, [ref('base.group_user')])]"/>
        <field name="comment">The user will be able to create and edit employees.</field>
    </record>
    <record id="group_hr_manager" model="res.groups">
        <field name="name">Administrator</field>
        <field name="category_id" ref="base.module_category_human_resources_employees"/>
        <field name="implied_ids" eval="[(4, ref('group_hr_user'))]"/>
        <field name="users" eval="[(4, ref('base.user_root')), (4, ref('base.user_admin'))]"/>
    </record>
    <data noupdate="1">
        <record id="base.default_user" model="res.users">
            <field name="groups_id" eval="[(4,ref('group_hr_manager'))]"/>
        </record>
        <record id="hr_employee_comp_rule" model="ir.rule">
            <field name="name">Employee multi company rule</field>
            <field name="model_id" ref="model_hr_employee"/>
            <field name="global" eval="True"/>
            <field name="domain_force">['|',('company_id','=',False),('company_id', 'in', company_ids)]</field>
        </record>
        <record id="ir_rule_res_partner_bank_employees" model="ir.rule">
            <field name="name">HR: Allow HR officers to access employee bank accounts</field>
            <field name="model_id" ref="base.model_res_partner_bank"/>
            <field name="domain_force">[(1, '=', 1)]</field>
            <field name="groups" eval="[Command.link(ref('hr.group_hr_user'))]"/>
            <field name="perm_read" eval="False"/>
        </record>
        <record id="hr_dept_rule_search" model="ir.rule">
            <field name="name">Departments</field>
            <field name="model_id" search="[('model', '=', 'hr.department')]" model="ir.model"/>
            <field name="active" eval="False"/>
        </record>
    </data>`),
    'security/ir.model.access.csv': [
      'id,name,model_id/id,group_id/id,perm_read,perm_write,perm_create,perm_unlink',
      'access_hr_employee_user,hr.employee user,model_hr_employee,group_hr_user,1,1,1,1',
      'access_hr_employee_system_user,hr.employee system user,hr.model_hr_employee,base.group_system,True,False,False,false',
      'base.access_res_partner_public,res_partner group_public (hr),base.model_res_partner,,1,1,0,0',
    ].join('\n'),
    'data/hr_demo.xml': odooXml(`
    <record id="base.default_user" model="res.users">
        <field name="groups_id" eval="[(3, ref('group_hr_manager'))]"/>
    </record>`),
  },
};

/** A module extending hr's groups in later load order, with 19-style fields and a `write()` call. */
export const MINI_HR_EXTRA: TestModule = {
  name: 'hr_extra',
  manifest: { name: 'HR extra', depends: ['hr'], data: ['security/security.xml'] },
  files: {
    'security/security.xml': odooXml(`
    <record id="group_extra_officer" model="res.groups">
        <field name="name">Extra officer</field>
        <field name="implied_ids" eval="[Command.link(ref('hr.group_hr_user')), Command.link(ref('base.group_erp_manager'))]"/>
    </record>
    <record id="hr.group_hr_manager" model="res.groups">
        <field name="implied_ids" eval="[(4, ref('group_extra_officer')), (3, ref('hr.group_hr_user'))]"/>
    </record>
    <record id="group_extra_viewer" model="res.groups">
        <field name="name">Extra viewer</field>
        <field name="implied_by_ids" eval="[Command.link(ref('base.group_system'))]"/>
    </record>
    <record id="access_extra" model="ir.model.access">
        <field name="name">extra</field>
        <field name="model_id" ref="hr.model_hr_department"/>
        <field name="group_id" ref="group_extra_viewer"/>
        <field name="perm_read" eval="True"/>
    </record>
    <function model="res.users" name="write">
        <value eval="[ref('base.user_admin')]"/>
        <value eval="{'groups_id': [(4, ref('group_extra_viewer'))]}"/>
    </function>
    <function model="res.users" name="_init_data"/>
    <delete model="ir.ui.menu" id="hr.menu_root"/>`),
  },
};
