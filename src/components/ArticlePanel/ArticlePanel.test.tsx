// @vitest-environment jsdom
import { setTestCorpus } from '../../test/storeFixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useExplorer } from '../../store';
import { ArticlePanel } from './ArticlePanel';
import { traditionalArticle } from './testArticle';

function load(article = traditionalArticle()) {
  act(() => {
    setTestCorpus([article]);
    useExplorer.getState().setDisplay({ lang: 'en' });
    useExplorer.getState().selectArticle(article.id);
  });
  return article;
}

beforeEach(() => {
  useExplorer.setState(useExplorer.getInitialState(), true);
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

describe('ArticlePanel', () => {
  it('invites a selection when no article is selected', () => {
    act(() => setTestCorpus([]));
    act(() => useExplorer.getState().setDisplay({ lang: 'en' }));
    render(<ArticlePanel />);
    expect(screen.getByTestId('article-panel').textContent).toContain('Select an article on the timeline, map or list');
  });

  it('shows metadata with the publication date, its precision evidence and an inferred badge', () => {
    load();
    render(<ArticlePanel />);
    expect(screen.getByTestId('article-title').textContent).toBe('烏魯木齊解除封控');
    expect(screen.getByTestId('published-date').getAttribute('dateTime')).toBe('2022-08-24');
    expect(screen.getByTestId('published-date').textContent).toBe('24 August 2022');
    expect(screen.getByTestId('inferred-badge')).toBeTruthy();
    const evidence = screen.getByTestId('published-evidence');
    expect(evidence.textContent).toContain('8月24日');
    expect(evidence.textContent).toContain('Urumqi lockdown');
    const panel = screen.getByTestId('article-panel');
    expect(panel.textContent).toContain('big5');
    expect(panel.textContent).toContain('urumqi.txt');
    expect(within(panel).getByTestId('article-region').textContent).toBe('乌鲁木齐');
  });

  it('renders the text as text, one paragraph per line, with every highlight', () => {
    const article = load();
    render(<ArticlePanel />);
    const text = screen.getByTestId('article-text');
    expect(text.querySelectorAll('p')).toHaveLength(2);
    expect(text.textContent).toBe(article.text.replace(/\n/g, ''));

    const region = screen.getByTestId('hl-region');
    expect(region.dataset.code).toBe('650100');
    expect(region.textContent).toBe('烏魯木齊');
    expect(screen.getByTestId('hl-date').textContent).toBe('8月23日');

    const measures = screen.getAllByTestId('hl-measure');
    const lockdown = measures.filter((element) => element.dataset.measureIndex === '0');
    expect(lockdown.map((element) => element.textContent).join('')).toBe('烏魯木齊8月23日起解除封控。');
    expect(lockdown[0]?.dataset.category).toBe('lockdown');
    expect(lockdown[0]?.dataset.direction).toBe('relax');
    expect(lockdown[0]?.dataset.glyph).toBe('▼');
    // The region mention sits inside the measure sentence.
    expect(lockdown[0]?.contains(region)).toBe(true);
    expect(measures.some((element) => element.dataset.measureIndex === '1' && element.dataset.glyph === '▲')).toBe(true);
  });

  it('highlights query matches in either script', () => {
    load();
    act(() => useExplorer.getState().setQuery('核酸檢测'));
    render(<ArticlePanel />);
    expect(screen.getAllByTestId('hl-query').map((element) => element.textContent)).toEqual(['核酸檢測']);
  });

  it('switches script without moving any highlight', () => {
    const article = load();
    render(<ArticlePanel />);
    fireEvent.click(screen.getByTestId('script-toggle-simplified'));
    expect(useExplorer.getState().display.script).toBe('simplified');
    expect(screen.getByTestId('script-toggle-simplified').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('article-text').textContent).toBe(article.textSimplified.replace(/\n/g, ''));
    expect(screen.getByTestId('hl-region').textContent).toBe('乌鲁木齐');
    expect(screen.getByTestId('hl-date').textContent).toBe('8月23日');
    expect(screen.getByTestId('article-title').textContent).toBe('乌鲁木齐解除封控');

    fireEvent.click(screen.getByTestId('script-toggle-traditional'));
    expect(screen.getByTestId('hl-region').textContent).toBe('烏魯木齊');
    fireEvent.click(screen.getByTestId('script-toggle-original'));
    expect(screen.getByTestId('article-text').textContent).toBe(article.text.replace(/\n/g, ''));
  });

  it('shows the raw file without highlights', () => {
    const article = load();
    render(<ArticlePanel />);
    fireEvent.click(screen.getByTestId('raw-toggle'));
    expect(screen.getByTestId('raw-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('article-raw').textContent).toBe(article.raw);
    expect(screen.queryByTestId('article-text')).toBeNull();
    expect(screen.queryAllByTestId('hl-region')).toHaveLength(0);
  });

  it('explains a highlight on hover and lights up its region elsewhere', () => {
    load();
    render(<ArticlePanel />);
    fireEvent.mouseOver(screen.getByTestId('hl-region'));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('乌鲁木齐市');
    expect(tooltip.textContent).toContain('650100');
    expect(tooltip.textContent).toContain('prefecture');
    expect(tooltip.textContent).toContain('Lockdown');
    expect(useExplorer.getState().hover.regionCode).toBe('650100');
    expect(useExplorer.getState().hover.category).toBe('lockdown');

    fireEvent.mouseLeave(screen.getByTestId('article-text'));
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(useExplorer.getState().hover.regionCode).toBeNull();
  });

  it('explains a date and a measure on keyboard focus', () => {
    load();
    render(<ArticlePanel />);
    const text = screen.getByTestId('article-text');
    act(() => text.focus());
    fireEvent.keyDown(text, { key: 'ArrowRight' });
    expect(screen.getByRole('tooltip').textContent).toContain('Lockdown');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Mass testing');
    expect(tooltip.textContent).toContain('1 time a day');
    expect(document.activeElement?.getAttribute('aria-describedby')).toBe(tooltip.id);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();

    fireEvent.mouseOver(screen.getByTestId('hl-date'));
    expect(screen.getByRole('tooltip').textContent).toMatch(/23 August 2022.*year inferred/);
  });

  it('scrolls to and flashes the selected measure', () => {
    const article = load();
    render(<ArticlePanel />);
    act(() => useExplorer.getState().selectArticle(article.id, 1));
    const start = screen.getByTestId('article-text').querySelector('[data-measure-start="1"]')!;
    expect(start.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(start.className).toMatch(/is-selected/);
    expect(start.className).toMatch(/is-flashing-(a|b)/);
  });

  it('leaves the raw view when a measure is chosen', () => {
    const article = load();
    act(() => useExplorer.getState().setDisplay({ showRaw: true }));
    render(<ArticlePanel />);
    act(() => useExplorer.getState().selectArticle(article.id, 0));
    expect(useExplorer.getState().display.showRaw).toBe(false);
    expect(screen.getByTestId('article-text')).toBeTruthy();
  });

  it('notes damaged text', () => {
    load(traditionalArticle({ damage: [{ start: 0, end: 2, reason: 'mojibake' }] }));
    render(<ArticlePanel />);
    expect(screen.getByTestId('damage-note').textContent).toContain('garbled encoding');
  });
});
