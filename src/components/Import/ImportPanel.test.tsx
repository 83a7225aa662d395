// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useExplorer } from '../../store';
import { setTestCorpus } from '../../test/storeFixture';
import { makeArticle } from '../../test/articleFixture';
import { ImportPanel } from './ImportPanel';

beforeEach(() => {
  useExplorer.setState(useExplorer.getInitialState(), true);
  act(() => {
    setTestCorpus([makeArticle({ id: 'seed', title: '库尔勒市道歉' })]);
    useExplorer.getState().setDisplay({ lang: 'en' });
  });
});
afterEach(cleanup);

describe('ImportPanel', () => {
  it('shows the progress of an import as a progress bar with a count', () => {
    act(() => {
      useExplorer.getState().beginImport(300);
      useExplorer.getState().setImportProgress(12);
    });
    render(<ImportPanel />);
    const bar = screen.getByRole('progressbar', { name: 'Importing files' });
    expect(bar.getAttribute('aria-valuenow')).toBe('12');
    expect(bar.getAttribute('aria-valuemax')).toBe('300');
    expect(screen.getByTestId('import-progress').textContent).toContain('12 / 300 files');
    expect(screen.getByTestId('import-cancel')).toBeTruthy();
  });

  it('lists every file with its outcome, and opens an article named in it', () => {
    act(() => {
      useExplorer.getState().beginImport(2);
      useExplorer.getState().finishImport([
        { file: 'copy.txt', status: 'duplicate', of: { id: 'seed', title: '库尔勒市道歉' } },
        { file: 'big.txt', status: 'rejected', reason: 'too-large', size: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 },
      ]);
    });
    render(<ImportPanel />);
    expect(screen.getByTestId('import-summary').textContent).toBe('0 imported · 1 duplicate · 1 not imported');
    const rows = screen.getAllByTestId('import-report-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['duplicate', 'rejected']);
    expect(rows[1]!.textContent).toContain('too large (6 MB); the limit is 5 MB per file');
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(useExplorer.getState().selectedArticleId).toBe('seed');
  });

  it('asks before removing every imported article', () => {
    act(() => {
      useExplorer.getState().addArticles([makeArticle({ id: 'local-a' }), makeArticle({ id: 'local-b' })], []);
      useExplorer.getState().setImportPanelOpen(true);
    });
    render(<ImportPanel />);
    fireEvent.click(screen.getByTestId('import-remove-all'));
    expect(screen.getByText('Remove all 2 imported articles from this browser?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(useExplorer.getState().addedArticles).toHaveLength(2);
  });
});
