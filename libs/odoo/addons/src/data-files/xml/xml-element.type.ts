/** An attribute value and the offset of its first character in the file text. */
export interface XmlAttribute {
  readonly value: string;
  readonly offset: number;
}

/** A parsed element with the position of its `<`. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, XmlAttribute>;
  readonly children: readonly XmlElement[];
  /** The element's own text and CDATA, concatenated (not its children's). */
  readonly text: string;
  readonly line: number;
  readonly column: number;
}
