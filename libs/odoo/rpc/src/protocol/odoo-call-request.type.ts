/**
 * One ORM call, with named arguments only (the form all three protocols accept): `ids` for
 * record methods such as `read`, everything else (`domain`, `fields`, `context`…) as keywords.
 */
export interface OdooCallRequest {
  readonly model: string;
  readonly method: string;
  readonly ids?: readonly number[];
  readonly kwargs: Readonly<Record<string, unknown>>;
}
