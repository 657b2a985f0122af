/**
 * Math.max, Math.min and Array#push over lists of any length. Spreading a list into a call
 * (`Math.max(...rows)`, `list.push(...more)`) puts every element on the stack and ends the run
 * with "Maximum call stack size exceeded" once the list is long enough (a sheet of 200,000
 * cells, 30,000 problems); these loop instead, with the same results.
 */

/** `Math.max(floor, ...values)` for any number of values. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const v of values) m = Math.max(m, v);
  return m;
}

/** `Math.min(ceiling, ...values)` for any number of values. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let m = ceiling;
  for (const v of values) m = Math.min(m, v);
  return m;
}

/** `target.push(...items)` for any number of items; the target's new length. */
export function pushAll<T>(target: T[], items: Iterable<T>): number {
  for (const item of items) target.push(item);
  return target.length;
}
