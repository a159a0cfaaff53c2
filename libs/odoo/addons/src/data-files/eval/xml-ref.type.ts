/** What `ref('x')` stands for in an `eval=`: a record known by its (qualified) XML id. */
export class XmlRef {
  constructor(readonly xmlid: string) {}
}
