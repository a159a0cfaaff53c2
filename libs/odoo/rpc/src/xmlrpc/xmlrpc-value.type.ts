/**
 * A value XML-RPC can carry: int/i4/i8 and double → number, boolean, string, nil → null,
 * dateTime.iso8601 → Date (UTC; the format has no zone), base64 → Uint8Array, array, struct.
 */
export type XmlRpcValue =
  | number
  | boolean
  | string
  | null
  | Date
  | Uint8Array
  | readonly XmlRpcValue[]
  | { readonly [member: string]: XmlRpcValue };
