// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GazetteerEntry } from '../../parse/regions/gazetteer';

// The gazetteer as the page sees it before its chunk arrives, whatever the test setup preloaded.
const gazetteer = vi.hoisted(() => {
  let loaded = false;
  const listeners = new Set<() => void>();
  return {
    arrive: () => {
      loaded = true;
      listeners.forEach((listener) => listener());
    },
    gate: <T,>(value: T, before: T) => (loaded ? value : before),
    lazyGazetteer: {
      current: () => (loaded ? {} : null),
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      load: async () => ({}),
    },
  };
});
vi.mock('../../data/lazy/lazyGazetteer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../data/lazy/lazyGazetteer')>();
  return {
    ...real,
    lazyGazetteer: gazetteer.lazyGazetteer,
    searchRegions: (query: string, limit?: number) => gazetteer.gate<GazetteerEntry[]>(real.searchRegions(query, limit), []),
  };
});

const { useExplorer } = await import('../../store');
const { RegionSearch } = await import('./RegionSearch');

afterEach(cleanup);

describe('RegionSearch before the gazetteer has loaded', () => {
  it('says regions are loading, then lists matches when they arrive', () => {
    act(() => useExplorer.getState().setDisplay({ lang: 'en' }));
    render(<RegionSearch />);
    fireEvent.change(screen.getByTestId('filter-region-search'), { target: { value: '烏魯木齊' } });
    expect(screen.getByRole('listbox').textContent).toBe('Loading regions…');
    act(() => gazetteer.arrive());
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('乌鲁木齐市');
  });
});
