/**
 * Values computed again only when one of their inputs changed, compared by identity. A chart
 * re-renders on every hover, focus and "Show data"; it must not lay out, measure or summarise again
 * for them.
 */
export class MemoCache {
  private readonly entries = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  /**
   * The value last computed under `name`, if `deps` are the same values (`Object.is`) as then;
   * otherwise `compute()`'s result, kept for next time.
   */
  get<T>(name: string, deps: readonly unknown[], compute: () => T): T {
    const last = this.entries.get(name);
    if (last && last.deps.length === deps.length && last.deps.every((d, i) => Object.is(d, deps[i]))) {
      return last.value as T;
    }
    const value = compute();
    this.entries.set(name, { deps, value });
    return value;
  }
}
