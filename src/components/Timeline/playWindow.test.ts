import { describe, expect, it } from 'vitest';
import { advanceWindow, initialWindow, windowRange } from './playWindow';
import { DAY, type Domain } from './timeScale';

const span: Domain = [Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)];

describe('play window', () => {
  it('starts at the corpus start with the default width when there is no date filter', () => {
    const window = initialWindow(null, null, span);
    expect(windowRange(window)).toEqual(['2020-01-01', '2020-01-28']);
  });

  it('continues from the current range, keeping its width', () => {
    const window = initialWindow('2021-03-01', '2021-03-14', span);
    expect(window.start).toBe(Date.UTC(2021, 2, 1));
    expect(window.length).toBe(14 * DAY);
  });

  it('restarts from the beginning when the range already sits at the end', () => {
    const window = initialWindow('2022-12-20', '2022-12-31', span);
    expect(window.start).toBe(span[0]);
    expect(window.length).toBe(12 * DAY);
  });

  it('moves by whole days and stops at the end of the corpus', () => {
    const window = initialWindow(null, null, span);
    const step = advanceWindow(window, 10.7, span);
    expect(windowRange(step.window)).toEqual(['2020-01-11', '2020-02-07']);
    expect(step.done).toBe(false);
    const last = advanceWindow(window, 5000, span);
    expect(last.done).toBe(true);
    expect(windowRange(last.window)[1]).toBe('2022-12-31');
  });
});
