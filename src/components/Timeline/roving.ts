/** An element in a 2-D roving-focus set: `row` is its lane, `x` its position. */
export interface RovingItem {
  id: string;
  row: number;
  x: number;
}

/**
 * The item an arrow key moves focus to: Left/Right along the row, Up/Down to the
 * nearest item in the closest non-empty row, Home/End to the row's ends. Null
 * when there is nowhere to go (or the key is not a navigation key).
 */
export function nextRovingId(items: readonly RovingItem[], currentId: string, key: string): string | null {
  const current = items.find((item) => item.id === currentId);
  if (!current) return items[0]?.id ?? null;
  const row = items.filter((item) => item.row === current.row).sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const index = row.findIndex((item) => item.id === currentId);
  switch (key) {
    case 'ArrowRight':
      return row[index + 1]?.id ?? null;
    case 'ArrowLeft':
      return index > 0 ? (row[index - 1]?.id ?? null) : null;
    case 'Home':
      return row[0]?.id ?? null;
    case 'End':
      return row[row.length - 1]?.id ?? null;
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = key === 'ArrowDown';
      const rows = [...new Set(items.map((item) => item.row))].filter((r) => (down ? r > current.row : r < current.row));
      if (rows.length === 0) return null;
      const target = down ? Math.min(...rows) : Math.max(...rows);
      let best: RovingItem | null = null;
      for (const item of items) {
        if (item.row !== target) continue;
        if (!best || Math.abs(item.x - current.x) < Math.abs(best.x - current.x)) best = item;
      }
      return best?.id ?? null;
    }
    default:
      return null;
  }
}

/** The element under `root` whose `attribute` equals `value` (ids may hold characters a CSS selector would need escaped). */
export function elementWithAttribute(root: Element | null, attribute: string, value: string): HTMLElement | SVGElement | null {
  if (!root) return null;
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>(`[${attribute}]`)) {
    if (element.getAttribute(attribute) === value) return element;
  }
  return null;
}
