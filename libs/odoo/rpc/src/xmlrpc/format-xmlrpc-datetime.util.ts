/** `20250131T08:12:03` (Python's xmlrpc.client form), in UTC. */
export function formatXmlRpcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new TypeError('XML-RPC cannot carry an invalid Date');
  const iso = date.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}`;
}
