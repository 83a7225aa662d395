import { describe, expect, it } from 'vitest';
import { Random, hashSeed, mulberry32 } from './random';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('hashSeed', () => {
  it('is stable and spreads nearby inputs', () => {
    expect(hashSeed('article', 1, 0)).toBe(hashSeed('article', 1, 0));
    const seeds = new Set(Array.from({ length: 1000 }, (_, index) => hashSeed('article', 1, index)));
    expect(seeds.size).toBe(1000);
    expect(hashSeed('article', 1, 0)).not.toBe(hashSeed('article', 2, 0));
  });
});

describe('Random', () => {
  it('keeps int within bounds and reaches both ends', () => {
    const random = new Random(7);
    const values = Array.from({ length: 2000 }, () => random.int(3, 6));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(6);
  });

  it('follows the weights', () => {
    const random = new Random(9);
    let heavy = 0;
    for (let i = 0; i < 4000; i++) {
      if (random.weighted([{ value: 'heavy', weight: 3 }, { value: 'light', weight: 1 }]) === 'heavy') heavy++;
    }
    expect(heavy / 4000).toBeGreaterThan(0.7);
    expect(heavy / 4000).toBeLessThan(0.8);
  });

  it('samples distinct items', () => {
    const random = new Random(11);
    const sample = random.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });

  it('forks streams that do not disturb each other', () => {
    const a = new Random(5);
    const b = new Random(5);
    a.fork('x').float();
    expect(a.float()).toBe((b.fork('y'), b.float()));
  });
});
