import { pythonStringEnd } from './python-string-end.util';

/** One argument of a call as written, `offset` indexing the text given to {@link pythonCallArguments}. */
export interface PythonCallArgument {
  readonly text: string;
  readonly offset: number;
}

/**
 * Splits the arguments of the call whose `(` is at `open`, at top-level commas, without parsing
 * them (so constructs a parser may not support, in arguments nobody reads, do no harm). Comments
 * and blank space around an argument are left out. Undefined when the parenthesis never closes.
 */
export function pythonCallArguments(text: string, open: number): PythonCallArgument[] | undefined {
  const args: PythonCallArgument[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = pythonStringEnd(text, i);
      if (end === undefined) return undefined;
      i = end - 1;
    } else if (ch === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && depth > 0) depth--;
    else if ((ch === ',' && depth === 0) || ch === ')') {
      pushArgument(args, text, start, i);
      if (ch === ')') return args;
      start = i + 1;
    }
  }
  return undefined;
}

const LEADING = /^(?:\s|#[^\n\r]*)*/;

function pushArgument(args: PythonCallArgument[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = LEADING.exec(raw)![0].length;
  const body = raw.slice(lead).trimEnd();
  if (body !== '') args.push({ text: body, offset: from + lead });
}
