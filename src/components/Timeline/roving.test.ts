import { describe, expect, it } from 'vitest';
import { nextRovingId, type RovingItem } from './roving';

const items: RovingItem[] = [
  { id: 'a', row: 0, x: 10 },
  { id: 'b', row: 0, x: 50 },
  { id: 'c', row: 0, x: 90 },
  { id: 'd', row: 2, x: 45 },
  { id: 'e', row: 2, x: 100 },
];

describe('nextRovingId', () => {
  it('moves along a row and stops at its ends', () => {
    expect(nextRovingId(items, 'a', 'ArrowRight')).toBe('b');
    expect(nextRovingId(items, 'c', 'ArrowRight')).toBeNull();
    expect(nextRovingId(items, 'a', 'ArrowLeft')).toBeNull();
    expect(nextRovingId(items, 'b', 'End')).toBe('c');
    expect(nextRovingId(items, 'c', 'Home')).toBe('a');
  });

  it('jumps to the nearest item of the next non-empty row', () => {
    expect(nextRovingId(items, 'b', 'ArrowDown')).toBe('d');
    expect(nextRovingId(items, 'e', 'ArrowUp')).toBe('c');
    expect(nextRovingId(items, 'd', 'ArrowDown')).toBeNull();
  });

  it('starts at the first item when the current one is gone', () => {
    expect(nextRovingId(items, 'zzz', 'ArrowRight')).toBe('a');
    expect(nextRovingId(items, 'a', 'Enter')).toBeNull();
  });
});
