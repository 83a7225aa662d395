// @vitest-environment jsdom
import { setTestCorpus } from '../../test/storeFixture';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { Article, GivenMetadata } from '../../model';
import { loadGazetteer } from '../../data/lazy/lazyGazetteer';
import { useExplorer } from '../../store';
import { ArticlePanel } from './ArticlePanel';
import { traditionalArticle } from './testArticle';

const ROW: GivenMetadata = {
  title: '乌鲁木齐市解除封控通告',
  date: '2021-08-24',
  source: '新疆日报',
  url: 'https://www.xinjiang.example/news/1',
  regionText: '江苏省',
  regionCodes: ['320000'],
};

function show(given: GivenMetadata | undefined, lang: 'en' | 'zh' = 'en'): Article {
  const article = traditionalArticle(given ? { given } : {});
  act(() => {
    setTestCorpus([article]);
    useExplorer.getState().setDisplay({ lang });
    useExplorer.getState().selectArticle(article.id);
  });
  render(<ArticlePanel />);
  return article;
}

beforeAll(async () => {
  await loadGazetteer();
});
beforeEach(() => {
  useExplorer.setState(useExplorer.getInitialState(), true);
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

describe('the archive row in the article panel', () => {
  it('shows nothing of the kind for an article that came as a file', () => {
    show(undefined);
    expect(screen.queryByTestId('given-meta')).toBeNull();
    expect(screen.getByTestId('article-panel').textContent).toContain('Published');
  });

  it('shows the row beside what the text says, and where they disagree', () => {
    show(ROW);
    const block = screen.getByTestId('given-meta');
    expect(block.textContent).toContain('From the archive row');
    expect(screen.getByTestId('given-title').textContent).toBe('乌鲁木齐市解除封控通告');
    expect(screen.getByTestId('given-date').getAttribute('dateTime')).toBe('2021-08-24');
    expect(screen.getByTestId('given-date').textContent).toBe('24 August 2021');
    expect(screen.getByTestId('given-source').textContent).toBe('新疆日报');
    expect(screen.getByTestId('given-region').textContent).toContain('江苏省');
    expect(screen.getByTestId('given-region-code').dataset.code).toBe('320000');
    // The text's own date stays visible next to the row's.
    expect(screen.getByTestId('published-date').getAttribute('dateTime')).toBe('2022-08-24');
    expect(screen.getByTestId('article-panel').textContent).toContain('Date in the text');
    expect(screen.getByTestId('given-date-mismatch').textContent).toContain("The row's date (24 August 2021) differs from the date in the text (24 August 2022)");
    expect(screen.getByTestId('given-region-mismatch').textContent).toContain('(江苏) is not among the regions the text is about (乌鲁木齐)');
  });

  it('links only http(s) URLs, opening them without handing over the page', () => {
    show(ROW);
    const link = screen.getByTestId('given-url').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.xinjiang.example/news/1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    cleanup();
    show({ url: 'javascript:alert(1)' });
    expect(screen.getByTestId('given-url').querySelector('a')).toBeNull();
    expect(screen.getByTestId('given-url').textContent).toBe('javascript:alert(1)');
  });

  it('says nothing of disagreement when the row agrees with the text, and speaks Chinese', () => {
    show({ date: '2022-08', regionText: '新疆 乌鲁木齐', regionCodes: ['650100'], title: '烏魯木齊解除封控' }, 'zh');
    expect(screen.queryByTestId('given-date-mismatch')).toBeNull();
    expect(screen.queryByTestId('given-region-mismatch')).toBeNull();
    expect(screen.queryByTestId('given-title')).toBeNull();
    expect(screen.getByTestId('given-meta').textContent).toContain('档案行中的信息');
    expect(screen.getByTestId('given-date').textContent).toBe('2022年8月');
  });
});
