/** Article text shortened for one line of a hover, list or summary: whitespace folded, an ellipsis past `length`. */
export function clipText(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
