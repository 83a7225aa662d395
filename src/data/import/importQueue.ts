let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs restore and import jobs one at a time, in the order asked, so an import
 * never assigns ids before the articles kept from an earlier visit are back.
 */
export function enqueueImportWork<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work);
  tail = run.catch(() => undefined);
  return run;
}
