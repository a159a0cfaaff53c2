/**
 * Python reads source with universal newlines: `\r\n`, a lone `\r` and `\n` are each one line
 * break. Returns 0 when `text[index]` does not start a line break, else the break's length.
 */
export function lineBreakLength(text: string, index: number): number {
  const ch = text[index];
  if (ch === '\n') return 1;
  if (ch !== '\r') return 0;
  return text[index + 1] === '\n' ? 2 : 1;
}

/** Offsets where each line starts (the first is 0); a `\r\n` counts as one break. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const length = lineBreakLength(text, i);
    if (length === 0) continue;
    i += length - 1;
    starts.push(i + 1);
  }
  return starts;
}

/** Replaces every line break (`\r\n`, `\r`) by `\n`, as Python does for the text of string literals. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
