import type { PlannedClass, PlannedField } from './corpus-model-plan.type';
import { classBodyFiller, moduleFiller } from './python-filler.util';
import { pythonClassName, renderPlannedClassHeader } from './render-planned-class-header.util';
import { renderPlannedField } from './render-planned-field.util';

/**
 * Writes the Python source of one file holding `classes`, putting every field that has a `line`
 * exactly on that line; everything else (imports, other fields, methods, comments) goes around.
 * Classes with placed fields come first, in line order; a field without a line that cannot fit
 * before the next placed class moves to an extension class at the end of the file.
 * @throws Error when the placed lines leave no room for a class header.
 */
export function renderPlannedFile(path: string, classes: readonly PlannedClass[]): string {
  return new PlannedFileWriter(path, arrange(classes)).write();
}

function arrange(classes: readonly PlannedClass[]): PlannedClass[] {
  const placed = classes.filter((cls) => cls.fields.some(isPlaced)).sort((a, b) => firstLine(a) - firstLine(b));
  const others = classes.filter((cls) => !placed.includes(cls));
  const kept = placed.map((cls, index) => (index === placed.length - 1 ? cls : { ...cls, fields: cls.fields.filter(isPlaced) }));
  const spilled = placed.slice(0, -1).flatMap((cls) => {
    const loose = cls.fields.filter((field) => !isPlaced(field));
    return loose.length === 0 ? [] : [{ ...cls, declaresName: false, inherit: [cls.model], inherits: [], description: undefined, fields: loose }];
  });
  return [...kept, ...others, ...spilled];
}

class PlannedFileWriter {
  private readonly lines: string[] = [];
  private readonly classNames = new Set<string>();
  private seed: number;

  constructor(
    private readonly path: string,
    private readonly classes: readonly PlannedClass[],
  ) {
    this.seed = [...path].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  }

  write(): string {
    this.classes.forEach((cls, index) => this.writeClass(cls, index));
    return this.lines.join('\n') + '\n';
  }

  private writeClass(cls: PlannedClass, index: number): void {
    const header = renderPlannedClassHeader(cls, this.className(cls.model));
    const placed = cls.fields.filter(isPlaced).sort((a, b) => a.line! - b.line!);
    if (placed.length === 0) {
      this.writeOpening(index, header, Infinity);
      cls.fields.forEach((field) => this.push(renderPlannedField(field, 1 + (this.seed % 6), this.nextSeed())));
      this.push(classBodyFiller(2 + (this.seed % 9), this.nextSeed()));
      return;
    }
    this.writeOpening(index, header, placed[0].line!);
    placed.forEach((field, i) => this.writePlacedField(field, placed[i + 1]?.line ?? this.limitAfter(index)));
    if (index === this.lastPlacedIndex()) {
      cls.fields.filter((field) => !isPlaced(field)).forEach((field) => this.push(renderPlannedField(field, 4, this.nextSeed())));
      this.push(classBodyFiller(3 + (this.seed % 7), this.nextSeed()));
    }
  }

  /** Imports (first class) or a separation, then the header, then filler up to `firstField`. */
  private writeOpening(index: number, header: readonly string[], firstField: number): void {
    const room = firstField - 1 - this.lines.length - header.length;
    const opening = index === 0 ? this.preamble(room) : this.separation(room);
    if (opening.length > room) throw new Error(`${this.path}: no room for ${header[0]} before line ${firstField}`);
    this.push(opening);
    this.push(header);
    if (Number.isFinite(firstField)) this.push(classBodyFiller(firstField - 1 - this.lines.length, this.nextSeed()));
  }

  private separation(room: number): string[] {
    if (room >= 14) return moduleFiller(6 + (this.seed % 8), this.nextSeed());
    return ['', ''].slice(0, Math.max(0, Math.min(2, room)));
  }

  private writePlacedField(field: PlannedField, limit: number): void {
    this.push(classBodyFiller(field.line! - 1 - this.lines.length, this.nextSeed()));
    if (this.lines.length !== field.line! - 1) throw new Error(`${this.path}: line ${field.line} is already taken`);
    const budget = Math.min(limit - field.line!, 9);
    this.push(renderPlannedField(field, budget, this.nextSeed()));
  }

  /** The line the next class's header must start after, for the last placed field of a class. */
  private limitAfter(index: number): number {
    const next = this.classes[index + 1];
    const nextLine = next && next.fields.some(isPlaced) ? firstLine(next) : Infinity;
    return nextLine - (next ? renderPlannedClassHeader(next, 'X').length : 0);
  }

  private lastPlacedIndex(): number {
    return this.classes.reduce((last, cls, index) => (cls.fields.some(isPlaced) ? index : last), -1);
  }

  private preamble(room: number): string[] {
    const imports = this.imports();
    const full = [
      '# -*- coding: utf-8 -*-', '# Part of Odoo. See LICENSE file for full copyright and licensing details.', '',
      'import logging', '', ...imports, '', '_logger = logging.getLogger(__name__)', '', '',
    ];
    const short = ['# Part of Odoo. See LICENSE file for full copyright and licensing details.', '', ...imports, '', ''];
    return [full, short, imports].find((candidate) => candidate.length <= room) ?? imports;
  }

  private imports(): string[] {
    const abstractByName = this.classes.some((cls) => cls.kind === '');
    return ['from odoo import _, api, fields, models', ...(abstractByName ? ['from odoo.models import AbstractModel'] : [])];
  }

  private className(model: string): string {
    const base = pythonClassName(model);
    let name = base;
    for (let i = 2; this.classNames.has(name); i++) name = `${base}${i}`;
    this.classNames.add(name);
    return name;
  }

  private push(lines: readonly string[]): void {
    this.lines.push(...lines);
  }

  private nextSeed(): number {
    return ++this.seed;
  }
}

function isPlaced(field: PlannedField): boolean {
  return field.line !== undefined;
}

function firstLine(cls: PlannedClass): number {
  return Math.min(...cls.fields.filter(isPlaced).map((field) => field.line!));
}
