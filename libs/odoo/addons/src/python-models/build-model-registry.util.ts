import type { ModelRegistry, RegistryBase, RegistryModel } from './model-registry.type';
import type { ModulePythonModels, PythonModelClass } from './python-model-class.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';

/** Every model implicitly inherits this one (Odoo's `base`), when it is defined. */
const BASE_MODEL = 'base';

type MutableModel = { -readonly [K in keyof RegistryModel]: RegistryModel[K] } & {
  bases: RegistryBase[];
  classes: PythonModelClass[];
};

/**
 * Builds the model registry the way Odoo's `_build_model` does, class by class in load order: a
 * class whose `_name` is not in its `_inherit` creates the model, the others extend it; each class
 * becomes the most derived base, followed by the previous bases and the inherited models. Parent
 * models are referenced, so their later extensions reach every child. An extension read before
 * the class that creates its model waits for it (Odoo would refuse that load order).
 */
export function buildModelRegistry(modules: readonly ModulePythonModels[]): ModelRegistry {
  const classes = modules.flatMap((module) => module.classes);
  const builder = new ModelRegistryBuilder(new Set(classes.filter(createsModel).map((cls) => cls.name)));
  for (const cls of classes) builder.add(cls);
  return builder.finish();
}

function createsModel(cls: PythonModelClass): boolean {
  return !cls.inherit.includes(cls.name);
}

class ModelRegistryBuilder {
  private readonly models = new Map<string, MutableModel>();
  private readonly diagnostics: PythonModelsDiagnostic[] = [];
  private readonly waiting = new Map<string, PythonModelClass[]>();
  private readonly parentReferences: { parent: string; cls: PythonModelClass }[] = [];

  constructor(private readonly createdSomewhere: ReadonlySet<string>) {}

  add(cls: PythonModelClass): void {
    const model = this.model(cls.name);
    if (createsModel(cls)) this.create(model, cls);
    else if (model.defined) this.extend(model, cls);
    else if (this.createdSomewhere.has(cls.name)) this.wait(cls);
    else {
      this.report(cls, `extends model '${cls.name}', which no module read here creates`);
      this.extend(model, cls);
    }
  }

  finish(): ModelRegistry {
    for (const { parent, cls } of this.parentReferences) {
      if (!this.models.get(parent)?.defined) this.report(cls, `inherits model '${parent}', which no module read here defines`);
    }
    return { models: this.models, diagnostics: this.diagnostics };
  }

  private create(model: MutableModel, cls: PythonModelClass): void {
    if (model.creator) this.report(cls, `redefines model '${cls.name}' (created in ${model.creator.site.module}): Odoo replaces it`);
    model.creator = cls;
    model.bases = [];
    this.extend(model, cls);
    const waiting = this.waiting.get(cls.name) ?? [];
    this.waiting.delete(cls.name);
    for (const extension of waiting) this.extend(model, extension);
  }

  private wait(cls: PythonModelClass): void {
    this.report(cls, `extends model '${cls.name}' before the class that creates it in load order`);
    this.waiting.set(cls.name, [...(this.waiting.get(cls.name) ?? []), cls]);
  }

  /** Odoo keeps the bases in a "last ordered set": adding an existing base moves it to the end. */
  private extend(model: MutableModel, cls: PythonModelClass): void {
    const bases: RegistryBase[] = [{ node: 'class', cls }];
    const add = (base: RegistryBase): void => {
      const index = bases.indexOf(base);
      if (index >= 0) bases.splice(index, 1);
      bases.push(base);
    };
    for (const parent of this.parentsOf(cls)) {
      if (parent === cls.name) model.bases.forEach(add);
      else add(this.model(parent));
    }
    model.bases = bases;
    model.classes.push(cls);
    model.defined = true;
  }

  private parentsOf(cls: PythonModelClass): string[] {
    for (const parent of cls.inherit) {
      if (parent === cls.name) continue;
      this.parentReferences.push({ parent, cls });
      const defined = this.models.get(parent)?.defined;
      if (!defined && this.createdSomewhere.has(parent)) this.report(cls, `inherits model '${parent}' before the class that creates it in load order`);
    }
    return cls.name === BASE_MODEL || !this.createdSomewhere.has(BASE_MODEL) ? [...cls.inherit] : [...cls.inherit, BASE_MODEL];
  }

  private model(name: string): MutableModel {
    let model = this.models.get(name);
    if (!model) {
      model = { node: 'model', name, bases: [], defined: false, classes: [] };
      this.models.set(name, model);
    }
    return model;
  }

  private report(cls: PythonModelClass, message: string): void {
    this.diagnostics.push({ site: cls.site, message: `${cls.className}: ${message}` });
  }
}
