// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useExplorer } from '../../store';
import { PlayControls } from './PlayControls';
import { Timeline } from './Timeline';
import { resetStoreWithTimelineArticles } from './testArticles';
import { setTestCorpus } from '../../test/storeFixture';
import { makeArticle, makeMeasure } from '../../test/articleFixture';

beforeEach(resetStoreWithTimelineArticles);
afterEach(cleanup);

describe('Timeline', () => {
  it('draws each dated article with its precision and counts the undated', () => {
    render(<Timeline />);
    expect(screen.getByTestId('timeline-svg')).toBeTruthy();
    expect(screen.getByTestId('timeline-mark-urumqi').getAttribute('data-precision')).toBe('day');
    expect(screen.getByTestId('timeline-mark-lanzhou').getAttribute('data-precision')).toBe('month');
    expect(screen.getByTestId('timeline-mark-national').getAttribute('data-inferred')).toBe('true');
    expect(screen.queryByTestId('timeline-mark-undated')).toBeNull();
    expect(screen.getByTestId('timeline-undated').textContent).toBe('1 undated');
  });

  it('selects on click and Enter, highlights the selection and shows its mentioned dates', () => {
    render(<Timeline />);
    fireEvent.click(screen.getByTestId('timeline-mark-urumqi'));
    expect(useExplorer.getState().selectedArticleId).toBe('urumqi');
    expect(screen.getByTestId('timeline-mark-urumqi').getAttribute('data-selected')).toBe('true');
    expect(screen.getAllByTestId('timeline-date-tick').map((tick) => tick.getAttribute('data-date'))).toEqual(['2022-08-12']);
    fireEvent.keyDown(screen.getByTestId('timeline-mark-lanzhou'), { key: 'Enter' });
    expect(useExplorer.getState().selectedArticleId).toBe('lanzhou');
  });

  it('shows a tooltip and sets the shared hover on pointer and focus', () => {
    render(<Timeline />);
    const mark = screen.getByTestId('timeline-mark-lanzhou');
    fireEvent.focus(mark);
    expect(useExplorer.getState().hover.articleId).toBe('lanzhou');
    expect(screen.getByRole('tooltip').textContent).toContain('Nov 2022 (month only)');
    fireEvent.blur(mark);
    expect(useExplorer.getState().hover.articleId).toBeNull();
    act(() => useExplorer.getState().setHover({ articleId: 'urumqi' }));
    expect(screen.getByTestId('timeline-mark-urumqi').getAttribute('data-hovered')).toBe('true');
  });

  it('switches lanes between provinces and measure categories', () => {
    render(<Timeline />);
    expect(screen.getByTestId('timeline-lanes-province').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Xinjiang')).toBeTruthy();
    fireEvent.click(screen.getByTestId('timeline-lanes-category'));
    expect(useExplorer.getState().display.lanes).toBe('category');
    expect(screen.getByText('Lockdown')).toBeTruthy();
    expect(screen.getByText('No measures')).toBeTruthy();
  });

  it('keeps zoom in the store: buttons and keys change timeDomain, reset clears it', () => {
    render(<Timeline />);
    fireEvent.click(screen.getByTestId('timeline-zoom-in'));
    const zoomed = useExplorer.getState().timeDomain;
    expect(zoomed).not.toBeNull();
    fireEvent.keyDown(screen.getByTestId('timeline-svg'), { key: 'ArrowRight' });
    expect(useExplorer.getState().timeDomain![0]).toBeGreaterThan(zoomed![0]);
    fireEvent.click(screen.getByTestId('timeline-zoom-reset'));
    expect(useExplorer.getState().timeDomain).toBeNull();
    fireEvent.keyDown(screen.getByTestId('timeline-svg'), { key: '+' });
    expect(useExplorer.getState().timeDomain).not.toBeNull();
  });

  it('draws the brush from the date filter and lets the keyboard set and clear it', () => {
    render(<Timeline />);
    act(() => useExplorer.getState().setDateRange('2022-08-01', '2022-08-31'));
    const brush = screen.getByTestId('timeline-brush');
    const selection = brush.querySelector('.selection')!;
    expect(selection.getAttribute('display')).not.toBe('none');
    expect(Number(selection.getAttribute('width'))).toBeGreaterThan(0);
    expect(screen.queryByTestId('timeline-mark-lanzhou')).toBeNull();
    fireEvent.keyDown(brush, { key: 'Delete' });
    expect(useExplorer.getState().filters.from).toBeNull();
    fireEvent.keyDown(brush, { key: 'Enter' });
    expect(useExplorer.getState().filters.from).not.toBeNull();
  });

  it('offers a reset when nothing matches', () => {
    render(<Timeline />);
    act(() => useExplorer.getState().setQuery('不存在的词'));
    fireEvent.click(screen.getByText('Reset filters'));
    expect(useExplorer.getState().filters.query).toBe('');
  });

  it('moves focus between marks with the arrow keys', () => {
    render(<Timeline />);
    const marks = screen.getByTestId('timeline-svg').querySelectorAll('[data-focus-id]');
    const tabStops = [...marks].filter((mark) => mark.getAttribute('tabindex') === '0');
    expect(tabStops).toHaveLength(1);
    fireEvent.keyDown(tabStops[0]!, { key: 'ArrowDown' });
    const focused = document.activeElement?.getAttribute('data-focus-id');
    expect(focused).toBeTruthy();
    expect(focused).not.toBe(tabStops[0]!.getAttribute('data-focus-id'));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
  });
});

describe('Timeline with many marks', () => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  afterEach(() => {
    HTMLCanvasElement.prototype.getContext = getContext;
  });
  const provinces = ['110100', '120100', '130100', '140100', '150100', '210100', '220100', '230100', '310100', '320100'];
  beforeEach(() => {
    // jsdom has no 2-D canvas; the canvas draws nothing here, while focus, keys and the pointer still go through the layout.
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
    const articles = provinces.flatMap((region, lane) =>
      Array.from({ length: 36 }, (_, month) =>
        makeArticle({
          id: `p${lane}-${month}`,
          title: `Article ${lane}-${month}`,
          published: {
            date: `${2020 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`,
            precision: 'day',
            inferred: false,
            evidence: { source: 'timestamp', text: '', in: 'text', start: 0, end: 0 },
          },
          primaryRegions: [region],
          measures: [makeMeasure({ category: 'lockdown', direction: 'tighten' })],
        }),
      ),
    );
    act(() => setTestCorpus(articles));
  });

  it('draws the marks into a canvas and keeps only the tab stop as an element', () => {
    render(<Timeline />);
    const canvas = screen.getByTestId('timeline-canvas');
    expect(Number(canvas.getAttribute('data-marks'))).toBeGreaterThan(300);
    const elements = screen.getByTestId('timeline-svg').querySelectorAll('[data-focus-id]');
    expect(elements).toHaveLength(1);
    expect(elements[0]!.getAttribute('tabindex')).toBe('0');
    expect(elements[0]!.getAttribute('aria-label')).toContain('Article');
  });

  it('moves focus with the arrow keys and selects with Enter', () => {
    render(<Timeline />);
    const first = screen.getByTestId('timeline-svg').querySelector<SVGElement>('[data-focus-id]')!;
    const firstId = first.getAttribute('data-focus-id');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const focused = document.activeElement!;
    expect(focused.getAttribute('data-focus-id')).toBeTruthy();
    expect(focused.getAttribute('data-focus-id')).not.toBe(firstId);
    expect(focused.getAttribute('role')).toBe('button');
    fireEvent.keyDown(focused, { key: 'Enter' });
    const selectedId = useExplorer.getState().selectedArticleId;
    expect(selectedId).toBeTruthy();
    expect(screen.getByTestId(`timeline-mark-${selectedId}`).getAttribute('data-selected')).toBe('true');
  });
});

describe('PlayControls', () => {
  it('toggles playing, moves the date window and stops on outside input', () => {
    render(
      <>
        <PlayControls />
        <button type="button">elsewhere</button>
      </>,
    );
    fireEvent.click(screen.getByTestId('play-button'));
    expect(useExplorer.getState().playing).toBe(true);
    expect(useExplorer.getState().filters.from).toBe('2022-03-05');
    fireEvent.change(screen.getByTestId('play-speed'), { target: { value: '91' } });
    expect(useExplorer.getState().playSpeed).toBe(91);
    expect(useExplorer.getState().playing).toBe(true);
    fireEvent.pointerDown(screen.getByText('elsewhere'));
    expect(useExplorer.getState().playing).toBe(false);
  });
});
