/** One `<field>` of a data-file `<record>`: its `ref`, `eval` or text. */
export interface XmlRecordField {
  readonly name: string;
  readonly ref?: string;
  readonly eval?: string;
  readonly text: string;
}

/** A `<record model=… id=…>` of an Odoo XML data file. */
export interface XmlRecord {
  readonly model: string;
  readonly id: string;
  readonly fields: readonly XmlRecordField[];
  readonly line: number;
}
