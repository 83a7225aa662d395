// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useExplorer } from '../../store';
import { makeArticle, makeMeasure } from '../../test/articleFixture';
import { setTestCorpus } from '../../test/storeFixture';
import { ResultAnnouncement } from './ResultAnnouncement';

const articles = [
  makeArticle({ id: 'a', measures: [makeMeasure({ category: 'lockdown', direction: 'tighten' })] }),
  makeArticle({ id: 'b', measures: [makeMeasure({ category: 'supplies', direction: 'support' })] }),
  makeArticle({ id: 'c', measures: [makeMeasure({ category: 'lockdown', direction: 'tighten' })] }),
];

beforeEach(() => {
  vi.useFakeTimers();
  useExplorer.setState(useExplorer.getInitialState(), true);
  act(() => useExplorer.getState().setDisplay({ lang: 'en' }));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const announced = () => screen.getByTestId('result-announcement').textContent;

describe('ResultAnnouncement', () => {
  it('is a polite status that says loading, then the count once the articles are in', () => {
    render(<ResultAnnouncement />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(announced()).toBe('Loading articles…');
    act(() => setTestCorpus(articles));
    act(() => vi.advanceTimersByTime(1000));
    expect(announced()).toBe('3 of 3 articles');
  });

  it('waits for a burst of filter changes to settle and then says the result once', () => {
    act(() => setTestCorpus(articles));
    render(<ResultAnnouncement />);
    act(() => useExplorer.getState().toggleCategory('lockdown'));
    act(() => vi.advanceTimersByTime(300));
    act(() => useExplorer.getState().toggleCategory('lockdown'));
    act(() => useExplorer.getState().toggleCategory('supplies'));
    act(() => vi.advanceTimersByTime(300));
    expect(announced()).toBe('3 of 3 articles');
    act(() => vi.advanceTimersByTime(1000));
    expect(announced()).toBe('1 of 3 articles');
  });

  it('speaks Chinese and groups large numbers', () => {
    act(() => useExplorer.getState().setDisplay({ lang: 'zh' }));
    act(() => setTestCorpus(Array.from({ length: 1200 }, (_, index) => makeArticle({ id: `n${index}` }))));
    render(<ResultAnnouncement />);
    expect(announced()).toBe('1,200 / 1,200 篇文章');
  });
});
