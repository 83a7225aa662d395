// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../model';
import { EMPTY_FILTERS, useExplorer } from '../../store';
import { defaultDisplay } from '../../store/displaySlice';
import { NO_HOVER } from '../../store/selectionSlice';
import { RegionList } from './RegionList';
import { RegionMap } from './RegionMap';

const publicDir = join(__dirname, '../../../public');

function article(id: string, primaryRegions: string[], measureRegions: string[][] = []): ArticleSummary {
  return {
    id,
    primaryRegions,
    regionCodes: primaryRegions,
    measures: measureRegions.map((regionCodes) => ({ category: 'lockdown', direction: 'tighten', regionCodes })),
    published: { date: '2022-10-01', precision: 'day', inferred: false },
    textSimplified: '',
  } as unknown as ArticleSummary;
}

const ARTICLES = [
  article('korla', ['652801'], [['652801'], ['652801']]),
  article('urumqi', ['650100'], [['650100']]),
  article('lanzhou', ['620100'], [['620100']]),
  article('national', ['100000'], [['100000'], ['650000']]),
];

beforeAll(() => {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace(/^.*?geo\//, 'geo/');
    try {
      const body = readFileSync(join(publicDir, path), 'utf8');
      return new Response(body, { status: 200 });
    } catch {
      return new Response('', { status: 404, statusText: 'Not Found' });
    }
  });
});

beforeEach(() => {
  useExplorer.setState({
    articles: ARTICLES,
    corpusStatus: 'ready',
    filters: EMPTY_FILTERS,
    hover: NO_HOVER,
    selectedArticleId: null,
    display: { ...defaultDisplay(), lang: 'en' },
  });
});
afterEach(cleanup);

describe('RegionMap', () => {
  it('shades provinces by count and filters on click', async () => {
    render(<RegionMap />);
    expect(screen.getByText('Loading map…')).toBeTruthy();
    const xinjiang = await screen.findByTestId('map-region-650000');
    expect(xinjiang.getAttribute('data-count')).toBe('3');
    expect(screen.getByTestId('map-region-620000').getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('map-region-140000').getAttribute('data-count')).toBe('0');
    expect(screen.getAllByRole('button', { name: /^Xinjiang 新疆/ })).toHaveLength(1);

    fireEvent.click(xinjiang, { detail: 1 });
    expect(useExplorer.getState().filters.region).toBe('650000');
    expect(xinjiang.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(xinjiang, { detail: 1 });
    expect(useExplorer.getState().filters.region).toBeNull();
  });

  it('links hover both ways and shows a tooltip on focus', async () => {
    render(<RegionMap />);
    const gansu = await screen.findByTestId('map-region-620000');
    act(() => gansu.focus());
    expect(useExplorer.getState().hover.regionCode).toBe('620000');
    expect(screen.getByRole('tooltip').textContent).toContain('1 article');
    act(() => gansu.blur());
    expect(useExplorer.getState().hover.regionCode).toBeNull();
  });

  it('switches the metric and shows the national count', async () => {
    render(<RegionMap />);
    await screen.findByTestId('map-region-650000');
    fireEvent.click(screen.getByRole('button', { name: 'Measures' }));
    expect(useExplorer.getState().display.mapMetric).toBe('measures');
    expect(screen.getByTestId('map-region-650000').getAttribute('data-count')).toBe('4');
    const national = screen.getByTestId('map-national');
    expect(national.textContent).toContain('1');
    fireEvent.click(national);
    expect(useExplorer.getState().filters.region).toBe('100000');
  });

  it('opens a province to its prefectures and goes back', async () => {
    render(<RegionMap />);
    const xinjiang = await screen.findByTestId('map-region-650000');
    fireEvent.doubleClick(xinjiang);
    expect(useExplorer.getState().display.mapFocus).toBe('650000');
    const bazhou = await screen.findByTestId('map-region-652800');
    expect(bazhou.getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('map-region-650100').getAttribute('data-count')).toBe('1');
    fireEvent.click(bazhou, { detail: 1 });
    expect(useExplorer.getState().filters.region).toBe('652800');
    fireEvent.click(screen.getByTestId('map-back'));
    expect(useExplorer.getState().display.mapFocus).toBeNull();
    await screen.findByTestId('map-region-650000');
  });

  it('opens Gansu and Shanxi from the zoom button', async () => {
    for (const [province, prefecture] of [['620000', '620100'], ['140000', '140800']] as const) {
      act(() => useExplorer.setState({ filters: { ...EMPTY_FILTERS, region: province }, display: { ...defaultDisplay(), lang: 'en' } }));
      render(<RegionMap />);
      fireEvent.click(await screen.findByTestId('map-zoom'));
      await screen.findByTestId(`map-region-${prefecture}`);
      cleanup();
    }
  });

  it('moves between provinces with arrow keys', async () => {
    render(<RegionMap />);
    const gansu = await screen.findByTestId('map-region-620000');
    act(() => gansu.focus());
    fireEvent.keyDown(gansu, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-testid')).toMatch(/map-region-(650000|630000)/);
  });

  it('marks the selected article’s regions', async () => {
    act(() => useExplorer.setState({ selectedArticleId: 'korla' }));
    const { container } = render(<RegionMap />);
    await screen.findByTestId('map-region-650000');
    expect(container.querySelectorAll('.region-map__overlay--article')).toHaveLength(1);
    expect(screen.getByText("Selected article's regions")).toBeTruthy();
  });

  it('shows the country for a focus without a prefecture map', async () => {
    act(() => useExplorer.setState({ display: { ...defaultDisplay(), lang: 'en', mapFocus: '810000' } }));
    render(<RegionMap />);
    await screen.findByTestId('map-region-650000');
    expect(screen.queryByTestId('map-back')).toBeNull();
  });
});

describe('RegionList', () => {
  it('lists regions by count and filters on click', async () => {
    render(<RegionList />);
    const items = screen.getAllByRole('button', { pressed: false }).filter((b) => b.dataset.testid?.startsWith('region-list-item-'));
    expect(items[0]!.dataset.testid).toBe('region-list-item-650000');
    fireEvent.click(screen.getByTestId('region-list-item-620000'));
    expect(useExplorer.getState().filters.region).toBe('620000');
    expect(screen.getByTestId('region-list-item-620000').getAttribute('aria-pressed')).toBe('true');
  });

  it('searches in either script and shows the matching prefecture', async () => {
    render(<RegionList />);
    fireEvent.change(screen.getByTestId('region-search'), { target: { value: '蘭州' } });
    await waitFor(() => expect(screen.getByTestId('region-list-item-620100')).toBeTruthy());
    expect(screen.queryByTestId('region-list-item-650000')).toBeNull();
  });

  it('expands with the arrow keys and moves focus down', async () => {
    render(<RegionList />);
    const xinjiang = screen.getByTestId('region-list-item-650000');
    act(() => xinjiang.focus());
    fireEvent.keyDown(xinjiang, { key: 'ArrowRight' });
    expect(screen.getByTestId('region-list-item-652800')).toBeTruthy();
    fireEvent.keyDown(xinjiang, { key: 'ArrowRight' });
    // 乌鲁木齐 and 巴州 tie at one article; ties sort by code.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('region-list-item-650100');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(xinjiang);
    fireEvent.keyDown(xinjiang, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-testid')).toBe('region-list-item-650100');
  });
});
