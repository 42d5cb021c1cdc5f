/**
 * A copy without the fields that hold no value (undefined, or null as the API may send it), so
 * that request bodies leave absent values out instead of echoing them.
 */
export function withoutEmpty<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value) as [string, unknown][]) {
    if (field !== undefined && field !== null) {
      copy[key] = field;
    }
  }
  return copy as T;
}
