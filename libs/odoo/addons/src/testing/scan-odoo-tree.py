"""An independent scan of an Odoo source tree, for tests of the TypeScript reader.

Uses only CPython's own parsers (ast.literal_eval for manifests, ast for models, ElementTree for
XML, csv for CSV) and none of the reader's rules beyond what Odoo documents: first addons path
wins, installable modules except Odoo's test modules, dependencies closed, data files in manifest
order. Prints one JSON object: modules, groups, acls, rules (XML ids) and fieldGroups (module,
model class, field) of the installed modules.
"""
import ast
import csv
import json
import os
import sys
import xml.etree.ElementTree as ET


def read_manifests(addons_paths):
    modules = {}
    for path in addons_paths:
        for name in sorted(os.listdir(path)):
            manifest = os.path.join(path, name, '__manifest__.py')
            if name in modules or not os.path.isfile(manifest):
                continue
            try:
                with open(manifest, encoding='utf-8') as f:
                    modules[name] = (os.path.join(path, name), ast.literal_eval(f.read()))
            except (SyntaxError, ValueError):
                modules[name] = None
    return {name: m for name, m in modules.items() if m is not None}


def install_set(modules):
    def deps(name):
        return [] if name == 'base' else (modules[name][1].get('depends') or ['base'])

    def sound(name, seen=()):
        if name not in modules or not modules[name][1].get('installable', True):
            return False
        return name in seen or all(sound(d, seen + (name,)) for d in deps(name))

    def is_test(name):
        return name.startswith('test_') or modules[name][1].get('category') == 'Hidden/Tests'

    wanted = [n for n in modules if not is_test(n) and sound(n)]
    installed = set()
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name not in installed:
            installed.add(name)
            stack.extend(deps(name))
    return installed


def qualify(xmlid, module):
    return xmlid if '.' in xmlid else f'{module}.{xmlid}'


def scan_data(modules, installed):
    groups, acls, rules = set(), set(), set()
    for name in installed:
        directory, manifest = modules[name]
        for rel in manifest.get('init_xml', []) + manifest.get('update_xml', []) + manifest.get('data', []):
            path = os.path.join(directory, rel)
            if not os.path.isfile(path):
                continue
            if rel.endswith('.csv'):
                # Odoo's convert_csv_import: the model is the file name, up to a '-'
                model = os.path.splitext(os.path.basename(rel))[0].split('-')[0]
                target = {'res.groups': groups, 'ir.model.access': acls, 'ir.rule': rules}.get(model)
                if target is not None:
                    with open(path, encoding='utf-8-sig', newline='') as f:
                        target.update(qualify(row['id'], name) for row in csv.DictReader(f) if row.get('id'))
            elif rel.endswith('.xml'):
                for record in ET.parse(path).getroot().iter('record'):
                    xmlid, model = record.get('id'), record.get('model')
                    if not xmlid:
                        continue
                    target = {'res.groups': groups, 'ir.model.access': acls, 'ir.rule': rules}.get(model)
                    if target is not None:
                        target.add(qualify(xmlid, name))
    return groups, acls, rules


def imported_files(directory):
    order, seen = [], set()

    def visit(rel):
        if rel in seen:
            return
        seen.add(rel)
        with open(os.path.join(directory, rel), encoding='utf-8') as f:
            tree = ast.parse(f.read())
        package = os.path.dirname(rel).split('/') if os.path.dirname(rel) else []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                base = package[:len(package) - (node.level - 1)] + (node.module.split('.') if node.module else [])
                targets = [base] + [base + [alias.name] for alias in node.names]
                for target in targets:
                    as_package, as_module = '/'.join(target + ['__init__.py']), '/'.join(target) + '.py'
                    for candidate in (as_package, as_module):
                        if target and os.path.isfile(os.path.join(directory, candidate)):
                            visit(candidate)
                            break
        order.append(rel)

    if os.path.isfile(os.path.join(directory, '__init__.py')):
        visit('__init__.py')
    return order


def scan_field_groups(modules, installed):
    found = set()
    for name in installed:
        directory = modules[name][0]
        for rel in imported_files(directory):
            with open(os.path.join(directory, rel), encoding='utf-8') as f:
                tree = ast.parse(f.read())
            for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
                for statement in cls.body:
                    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target] if isinstance(statement, ast.AnnAssign) and statement.value else []
                    call = statement.value if targets else None
                    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and call.func.value.id == 'fields'):
                        continue
                    if any(k.arg == 'groups' for k in call.keywords):
                        found.update(f'{name}:{cls.name}.{t.id}' for t in targets if isinstance(t, ast.Name))
    return found


def main():
    modules = read_manifests(sys.argv[1:])
    installed = install_set(modules)
    groups, acls, rules = scan_data(modules, installed)
    print(json.dumps({
        'modules': sorted(installed),
        'groups': sorted(groups),
        'acls': sorted(acls),
        'rules': sorted(rules),
        'fieldGroups': sorted(scan_field_groups(modules, installed)),
    }))


main()
