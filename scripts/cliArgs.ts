/**
 * Walks command-line arguments in order; `value()` takes the argument after
 * the current flag, and says which flag it was for when there is none.
 */
export function forEachArg(argv: readonly string[], handle: (arg: string, value: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    handle(arg, () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    });
  }
}
