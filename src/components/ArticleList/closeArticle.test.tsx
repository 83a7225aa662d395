// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useExplorer } from '../../store';
import { setTestCorpus } from '../../test/storeFixture';
import { makeArticle } from '../../test/articleFixture';
import { traditionalArticle } from '../ArticlePanel/testArticle';
import { ArticlePanel } from '../ArticlePanel/ArticlePanel';
import { ArticleList } from './ArticleList';

beforeEach(() => {
  useExplorer.setState(useExplorer.getInitialState(), true);
  Element.prototype.scrollIntoView = vi.fn();
  act(() => {
    setTestCorpus([traditionalArticle(), makeArticle({ id: 'second' })]);
    useExplorer.getState().setDisplay({ lang: 'en' });
    useExplorer.getState().selectArticle('urumqi');
  });
});
afterEach(cleanup);

describe('closing an article', () => {
  it('Escape in the article closes it and puts focus back on the list', () => {
    render(
      <>
        <ArticleList />
        <ArticlePanel />
      </>,
    );
    fireEvent.keyDown(screen.getByTestId('article-text'), { key: 'Escape' });
    expect(useExplorer.getState().selectedArticleId).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('listbox'));
    expect(screen.getByTestId('article-empty')).toBeTruthy();
  });

  it('the Close button does the same', () => {
    render(
      <>
        <ArticleList />
        <ArticlePanel />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close article' }));
    expect(useExplorer.getState().selectedArticleId).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('listbox'));
  });

  it('Escape in the list clears the selection; Home and End jump to the ends', () => {
    render(<ArticleList />);
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(useExplorer.getState().selectedArticleId).toBeNull();
    fireEvent.keyDown(list, { key: 'End' });
    const last = useExplorer.getState().selectedArticleId;
    fireEvent.keyDown(list, { key: 'Home' });
    const first = useExplorer.getState().selectedArticleId;
    expect(new Set([first, last])).toEqual(new Set(['urumqi', 'second']));
    expect(first).not.toBe(last);
  });
});
