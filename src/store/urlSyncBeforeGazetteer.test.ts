// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// A gazetteer that has not arrived yet, whatever the test setup preloaded.
const gazetteer = vi.hoisted(() => {
  let loaded = false;
  let resolveArrival!: () => void;
  const arrival = new Promise<void>((resolve) => {
    resolveArrival = resolve;
  });
  return {
    arrive: () => {
      loaded = true;
      resolveArrival();
      return arrival;
    },
    overrides: {
      lazyGazetteer: { current: () => (loaded ? {} : null) },
      loadGazetteer: () => arrival,
      regionByCode: (code: string) => (loaded && code === '650000' ? { code, name: '新疆维吾尔自治区', level: 'province', parent: null } : undefined),
    },
  };
});
vi.mock('../data/lazy/lazyGazetteer', async (importOriginal) => ({ ...(await importOriginal<object>()), ...gazetteer.overrides }));

const { useExplorer } = await import('./index');
const { startUrlSync } = await import('./urlSync');

let stop: () => void = () => {};
afterEach(() => stop());

describe('URL sync before the gazetteer has loaded', () => {
  it('keeps a linked region, then drops it with a notice if unknown, rewriting the entry', async () => {
    useExplorer.setState(useExplorer.getInitialState(), true);
    window.history.replaceState(null, '', '/?region=999999&q=%E5%B0%81%E6%8E%A7');
    const push = vi.spyOn(window.history, 'pushState');
    stop = startUrlSync(useExplorer);
    expect(useExplorer.getState().filters.region).toBe('999999');
    expect(useExplorer.getState().notices).toHaveLength(0);

    await gazetteer.arrive();
    expect(useExplorer.getState().filters.region).toBeNull();
    expect(useExplorer.getState().filters.query).toBe('封控');
    expect(useExplorer.getState().notices.map((notice) => notice.id)).toEqual(['url-bad-region-0']);
    expect(new URLSearchParams(window.location.search).get('region')).toBeNull();
    expect(new URLSearchParams(window.location.search).get('q')).toBe('封控');
    expect(push).not.toHaveBeenCalled();
  });
});
