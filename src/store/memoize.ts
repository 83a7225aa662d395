/**
 * Remembers the last result for the last arguments (compared by identity), so a
 * derived-data selector hands every view the same object until its inputs change
 * — zustand re-renders only when a selector's result changes.
 */
export function memoizeLast<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
