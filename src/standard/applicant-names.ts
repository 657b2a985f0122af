/**
 * Application names as judges type them. Two names that differ only in spacing or in full-width /
 * half-width characters (上海Ａ公司 / 上海A公司 / 上海 A 公司) are probably the same application; they
 * are reported, never merged silently.
 */

/** NFKC folds full-width forms to half-width; then every kind of space is removed. */
export function comparableName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "");
}

/** Groups of distinct names that compare equal, each group in first-seen order. */
export function similarNameGroups(names: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = comparableName(name);
    const group = groups.get(key) ?? [];
    if (!group.includes(name)) group.push(name);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The rule "the same applicant" wherever a name typed by a person is compared. */
export function sameApplicant(a: string, b: string): boolean {
  return comparableName(a) === comparableName(b);
}
