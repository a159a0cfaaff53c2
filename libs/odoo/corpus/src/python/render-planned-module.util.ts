import { posix } from 'node:path';
import type { PlannedClass, PlannedModule } from './corpus-model-plan.type';
import { renderPlannedFile } from './render-planned-file.util';

/**
 * The Python files of one module (path inside the module → source), `__init__.py` files
 * included (a module without classes gets an `__init__.py` importing nothing). Python imports a package's files together, so each package orders its entries (files
 * and sub-packages) so that an entry creating a model or mixin comes before the entries using it.
 */
export function renderPlannedModule(module: PlannedModule): Map<string, string> {
  const byFile = new Map<string, PlannedClass[]>();
  for (const cls of module.classes) byFile.set(cls.file!, [...(byFile.get(cls.file!) ?? []), cls]);
  const order = packageOrder('', [...byFile.keys()], fileDependencies(byFile));
  const sources = new Map<string, string>();
  for (const file of order) sources.set(file, renderPlannedFile(`${module.name}/${file}`, byFile.get(file)!));
  for (const [file, source] of initFiles(order)) sources.set(file, source);
  return sources;
}

/** For each file, the files of the module that create the models its classes extend or inherit. */
function fileDependencies(byFile: ReadonlyMap<string, readonly PlannedClass[]>): Map<string, Set<string>> {
  const creatorFile = new Map<string, string>();
  for (const [file, classes] of byFile) for (const cls of classes) if (!cls.inherit.includes(cls.model)) creatorFile.set(cls.model, file);
  return new Map([...byFile].map(([file, classes]) => {
    const models = classes.flatMap((cls) => [cls.model, ...cls.inherit, ...cls.inherits.map(([parent]) => parent)]);
    const dependencies = models.map((model) => creatorFile.get(model)).filter((dep): dep is string => dep !== undefined && dep !== file);
    return [file, new Set(dependencies)];
  }));
}

/** The files under `dir`, entry by entry, dependencies first (entries in name order otherwise). */
function packageOrder(dir: string, files: readonly string[], dependencies: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const entryOf = (file: string): string => file.slice(dir.length).split('/')[0];
  const inside = files.filter((file) => file.startsWith(dir));
  const entries = [...new Set(inside.map(entryOf))].sort();
  const entryDependencies = new Map(entries.map((entry) => [entry, new Set<string>()]));
  for (const file of inside) {
    for (const dep of dependencies.get(file) ?? []) {
      if (dep.startsWith(dir) && entryOf(dep) !== entryOf(file)) entryDependencies.get(entryOf(file))!.add(entryOf(dep));
    }
  }
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (entry: string): void => {
    if (ordered.includes(entry) || visiting.has(entry)) return;
    visiting.add(entry);
    [...entryDependencies.get(entry)!].sort().forEach(visit);
    ordered.push(entry);
  };
  entries.forEach(visit);
  return ordered.flatMap((entry) => (entry.endsWith('.py') ? [dir + entry] : packageOrder(`${dir}${entry}/`, inside, dependencies)));
}

/** `__init__.py` of the module (also without Python files) and of each package on the way, importing in the order of `files`. */
function initFiles(files: readonly string[]): Map<string, string> {
  const entries = new Map<string, string[]>([['', []]]);
  for (const file of files) {
    const parts = file.replace(/\.py$/, '').split('/');
    parts.forEach((part, depth) => {
      const dir = parts.slice(0, depth).join('/');
      const list = entries.get(dir) ?? [];
      if (!list.includes(part)) entries.set(dir, [...list, part]);
    });
  }
  return new Map([...entries].map(([dir, names]) => [posix.join(dir, '__init__.py'), initSource(names)]));
}

function initSource(names: readonly string[]): string {
  const license = ['# -*- coding: utf-8 -*-', '# Part of Odoo. See LICENSE file for full copyright and licensing details.', ''];
  const imports = names.length > 3 && names.length % 2 === 0
    ? ['from . import (', ...names.map((name) => `    ${name},  # noqa: F401`), ')']
    : names.map((name) => `from . import ${name}`);
  return [...license, ...imports, ''].join('\n');
}
