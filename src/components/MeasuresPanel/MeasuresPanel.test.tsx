// @vitest-environment jsdom
import { setTestCorpus } from '../../test/storeFixture';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useExplorer } from '../../store';
import { makeArticle, makeMeasure } from '../../test/articleFixture';
import { traditionalArticle } from '../ArticlePanel/testArticle';
import { MeasuresPanel } from './MeasuresPanel';

const other = makeArticle({
  id: 'lanzhou',
  measures: [
    makeMeasure({ category: 'lockdown', direction: 'tighten' }),
    makeMeasure({ category: 'lockdown', direction: 'tighten' }),
    makeMeasure({ category: 'supplies', direction: 'support' }),
  ],
});

beforeEach(() => {
  useExplorer.setState(useExplorer.getInitialState(), true);
  act(() => {
    setTestCorpus([traditionalArticle(), other]);
    useExplorer.getState().setDisplay({ lang: 'en' });
  });
});
afterEach(cleanup);

describe('MeasuresPanel summary', () => {
  it('counts measures per category and direction across the filtered articles', () => {
    render(<MeasuresPanel />);
    expect(screen.getByTestId('measure-summary').textContent).toContain('5 measures in 2 filtered articles');
    const rows = screen.getAllByTestId('measure-summary-row');
    expect(rows.map((row) => row.dataset.category)).toEqual(['lockdown', 'mass-testing', 'supplies']);
    expect(rows[0]?.textContent).toContain('Lockdown');
    expect(rows[0]?.textContent).toMatch(/3.*▲.*2.*▼.*1/);
  });

  it('toggles the category filter from a row', () => {
    render(<MeasuresPanel />);
    const supplies = () => screen.getAllByTestId('measure-summary-row').find((row) => row.dataset.category === 'supplies')!;
    fireEvent.click(supplies());
    expect(useExplorer.getState().filters.categories).toEqual(['supplies']);
    expect(supplies().getAttribute('aria-pressed')).toBe('true');
    fireEvent.mouseEnter(supplies());
    expect(useExplorer.getState().hover.category).toBe('supplies');
    fireEvent.click(supplies());
    expect(useExplorer.getState().filters.categories).toEqual([]);
  });

  it('offers a reset when no measures match', () => {
    act(() => useExplorer.getState().setQuery('nothing matches this'));
    render(<MeasuresPanel />);
    expect(screen.queryByTestId('measure-summary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useExplorer.getState().filters.query).toBe('');
    expect(screen.getByTestId('measure-summary')).toBeTruthy();
  });
});

describe('MeasuresPanel for an article', () => {
  it('lists the article measures by category with their details', () => {
    act(() => useExplorer.getState().selectArticle('urumqi'));
    render(<MeasuresPanel />);
    expect(screen.queryByTestId('measure-summary')).toBeNull();
    const rows = screen.getAllByTestId('measure-row');
    expect(rows.map((row) => [row.dataset.category, row.dataset.direction, row.dataset.measureIndex])).toEqual([
      ['lockdown', 'relax', '0'],
      ['mass-testing', 'tighten', '1'],
    ]);
    expect(rows[0]?.textContent).toContain('▼ Relax');
    expect(rows[0]?.textContent).toContain('解除封控');
    expect(rows[0]?.textContent).toContain('乌鲁木齐');
    expect(rows[0]?.textContent).toContain('23 August 2022');
    expect(rows[1]?.textContent).toContain('1 time a day');
  });

  it('selects a measure on click and marks the current one', () => {
    act(() => useExplorer.getState().selectArticle('urumqi'));
    render(<MeasuresPanel />);
    const token = useExplorer.getState().measureFocusToken;
    fireEvent.click(screen.getAllByTestId('measure-row')[1]!);
    expect(useExplorer.getState().selectedArticleId).toBe('urumqi');
    expect(useExplorer.getState().selectedMeasureIndex).toBe(1);
    expect(useExplorer.getState().measureFocusToken).toBe(token + 1);
    expect(screen.getAllByTestId('measure-row')[1]?.getAttribute('aria-current')).toBe('true');
    expect(screen.getAllByTestId('measure-row')[0]?.getAttribute('aria-current')).toBeNull();
  });

  it('sets the hovered category from a row', () => {
    act(() => useExplorer.getState().selectArticle('urumqi'));
    render(<MeasuresPanel />);
    fireEvent.mouseEnter(screen.getAllByTestId('measure-row')[0]!);
    expect(useExplorer.getState().hover.category).toBe('lockdown');
    fireEvent.mouseLeave(screen.getAllByTestId('measure-row')[0]!);
    expect(useExplorer.getState().hover.category).toBeNull();
  });

  it('says so when the article has no measures', () => {
    act(() => setTestCorpus([makeArticle({ id: 'plain' })]));
    act(() => useExplorer.getState().selectArticle('plain'));
    render(<MeasuresPanel />);
    expect(screen.getByTestId('measures-empty')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    act(() => useExplorer.getState().setDisplay({ lang: 'zh' }));
    act(() => useExplorer.getState().selectArticle('urumqi'));
    render(<MeasuresPanel />);
    expect(screen.getAllByTestId('measure-row')[1]?.textContent).toContain('每天1次');
    expect(screen.getByTestId('measures-panel').textContent).toContain('封控');
  });
});
