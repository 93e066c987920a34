/**
 * Attributes from several sources of one product, the first source of a name winning (names compared
 * ignoring case), so a value stated in its own column is never replaced by one read from free text.
 */
export function mergeAttributes(
  first: Record<string, string>,
  ...later: Iterable<[string, string]>[]
): Record<string, string> {
  const merged = { ...first };
  const names = new Set(Object.keys(first).map((name) => name.toLowerCase()));
  for (const pairs of later)
    for (const [name, value] of pairs) {
      if (names.has(name.toLowerCase())) continue;
      names.add(name.toLowerCase());
      merged[name] = value;
    }
  return merged;
}
