/**
 * Wraps a pure function of a cell text in a memo that empties itself when full. Cell texts repeat
 * heavily (labels on every form, `0`, `-`, `100%`), so each distinct text is read once; the cap
 * keeps memory flat however many distinct texts a batch brings.
 */
export function boundedMemo<V>(compute: (text: string) => V, limit = 50_000): (text: string) => V {
  const memo = new Map<string, V>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = compute(text);
      if (memo.size >= limit) memo.clear();
      memo.set(text, value);
    }
    return value as V;
  };
}
