import { LineIndex } from './line.index';

/** The text of an XML file, with a lazily built line index for error positions. */
export class XmlSource {
  private index: LineIndex | null = null;

  constructor(readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    this.index ??= new LineIndex(this.text);
    return this.index.position(offset);
  }
}
