import { describe, expect, it } from 'vitest';
import { makeMeasure } from '../../test/articleFixture';
import { groupMeasures, summaryRows } from './groupMeasures';

describe('groupMeasures', () => {
  it('groups by category in taxonomy order, keeping indices and text order', () => {
    const measures = [
      makeMeasure({ category: 'quarantine', direction: 'relax', start: 50, end: 60 }),
      makeMeasure({ category: 'lockdown', direction: 'tighten', start: 30, end: 40 }),
      makeMeasure({ category: 'quarantine', direction: 'relax', start: 10, end: 20 }),
    ];
    const groups = groupMeasures(measures, ['lockdown', 'mass-testing', 'quarantine']);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.index)])).toEqual([
      ['lockdown', [1]],
      ['quarantine', [2, 0]],
    ]);
  });

  it('puts categories missing from the order last', () => {
    const groups = groupMeasures(
      [makeMeasure({ category: 'apology', direction: 'neutral' }), makeMeasure({ category: 'lockdown', direction: 'tighten' })],
      ['lockdown'],
    );
    expect(groups.map((g) => g.category)).toEqual(['lockdown', 'apology']);
  });

  it('returns no groups for no measures', () => {
    expect(groupMeasures([], ['lockdown'])).toEqual([]);
  });
});

describe('summaryRows', () => {
  it('lists categories with measures in order, with totals, and keeps selected empty ones', () => {
    const summary = new Map([
      ['quarantine' as const, { tighten: 1, relax: 4, support: 0, neutral: 0 }],
      ['lockdown' as const, { tighten: 3, relax: 1, support: 0, neutral: 1 }],
    ]);
    const rows = summaryRows(summary, ['schools'], ['lockdown', 'quarantine', 'schools', 'apology']);
    expect(rows.map((r) => [r.category, r.total])).toEqual([
      ['lockdown', 5],
      ['quarantine', 5],
      ['schools', 0],
    ]);
  });
});
