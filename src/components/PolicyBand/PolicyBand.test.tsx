// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useExplorer } from '../../store';
import { resetStoreWithTimelineArticles } from '../Timeline/testArticles';
import { PolicyBand } from './PolicyBand';

beforeEach(resetStoreWithTimelineArticles);
afterEach(cleanup);

function cell(lane: string) {
  return screen.getAllByTestId('band-cell').find((entry) => entry.getAttribute('data-lane') === lane)!;
}

describe('PolicyBand', () => {
  it('shows the tighten/relax balance per lane with a glyph as well as colour', () => {
    render(<PolicyBand />);
    expect(screen.getByTestId('policy-band')).toBeTruthy();
    const xinjiang = cell('650000');
    expect(xinjiang.getAttribute('data-tighten')).toBe('2');
    expect(xinjiang.getAttribute('data-relax')).toBe('0');
    expect(xinjiang.textContent).toContain('▲');
    expect(cell('620000').textContent).toContain('▼');
    expect(xinjiang.getAttribute('aria-label')).toContain('2 tighten');
  });

  it('lists the sentences behind a cell and opens the article at one', () => {
    render(<PolicyBand />);
    fireEvent.click(cell('650000'));
    const sentences = screen.getAllByTestId('band-sentence');
    expect(screen.getByTestId('band-sentences')).toBeTruthy();
    expect(sentences.map((entry) => entry.querySelector('.band-sentence-text')?.textContent)).toEqual(['乌鲁木齐市实行封控管理。', '全员核酸检测。']);
    expect(document.activeElement).toBe(sentences[0]);
    fireEvent.click(sentences[1]!);
    expect(useExplorer.getState().selectedArticleId).toBe('urumqi');
    expect(useExplorer.getState().selectedMeasureIndex).toBe(1);
  });

  it('opens with Enter, closes with Escape and returns focus to the cell', () => {
    render(<PolicyBand />);
    const xinjiang = cell('650000');
    fireEvent.keyDown(xinjiang, { key: 'Enter' });
    fireEvent.keyDown(screen.getAllByTestId('band-sentence')[0]!, { key: 'Escape' });
    expect(screen.queryByTestId('band-sentences')).toBeNull();
    expect(document.activeElement?.getAttribute('data-lane')).toBe('650000');
  });

  it('follows the timeline lanes and the measure filters', () => {
    render(<PolicyBand />);
    act(() => useExplorer.getState().setDisplay({ lanes: 'category' }));
    expect(screen.getAllByTestId('band-cell').map((entry) => entry.getAttribute('data-lane')).sort()).toEqual(['lockdown', 'lockdown', 'mass-testing']);
    act(() => useExplorer.getState().toggleDirection('relax'));
    expect(screen.getAllByTestId('band-cell').map((entry) => entry.getAttribute('data-relax'))).toEqual(['1']);
  });

  it('says so when no measure matches', () => {
    render(<PolicyBand />);
    act(() => useExplorer.getState().setRegion('100000'));
    expect(screen.queryAllByTestId('band-cell')).toHaveLength(0);
    expect(screen.getByText('No measures under the current filters')).toBeTruthy();
  });
});
