import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazyModule';

describe('lazyModule', () => {
  it('imports once, on the first load, and tells listeners when it arrives', async () => {
    const importModule = vi.fn(async () => ({ answer: 42 }));
    const module = lazyModule(importModule);
    const listener = vi.fn();
    module.subscribe(listener);
    expect(importModule).not.toHaveBeenCalled();
    expect(module.current()).toBeNull();

    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toEqual({ answer: 42 });
    expect(second).toBe(first);
    expect(module.current()).toBe(first);
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed import', async () => {
    const importModule = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ ok: true });
    const module = lazyModule<{ ok: boolean }>(importModule);
    await expect(module.load()).rejects.toThrow('offline');
    expect(module.current()).toBeNull();
    await expect(module.load()).resolves.toEqual({ ok: true });
    expect(importModule).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const module = lazyModule(async () => ({}));
    const listener = vi.fn();
    module.subscribe(listener)();
    await module.load();
    expect(listener).not.toHaveBeenCalled();
  });
});
