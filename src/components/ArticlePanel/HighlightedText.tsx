import { Fragment, memo, type CSSProperties, type ReactNode } from 'react';
import { CATEGORY_COLORS, DIRECTION_GLYPHS } from '../theme';
import type { Highlight } from './highlights';
import type { Paragraph, Segment } from './segmentText';

export interface IndexedParagraph extends Paragraph<Highlight> {
  /** Global index of the paragraph's first segment; segment ids run on from it. */
  firstId: number;
}

interface Props {
  paragraphs: readonly IndexedParagraph[];
  selectedMeasureIndex: number | null;
  /** The measure currently flashing, and which of two animations to play so a repeat restarts it. */
  flash: { index: number; parity: 0 | 1 } | null;
}

/**
 * The article text as paragraphs of segments, each segment wrapped in one
 * element per highlight covering it (measure sentences outermost). Only the
 * text itself is rendered, so the element's textContent is the article's text.
 */
export const HighlightedText = memo(function HighlightedText({ paragraphs, selectedMeasureIndex, flash }: Props) {
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="article-text__paragraph">
          {paragraph.segments.map((segment, i) =>
            renderSegment(segment, paragraph.firstId + i, selectedMeasureIndex, flash),
          )}
        </p>
      ))}
    </>
  );
});

function renderSegment(segment: Segment<Highlight>, id: number, selected: number | null, flash: Props['flash']): ReactNode {
  let node: ReactNode = segment.text;
  for (let k = segment.annotations.length - 1; k >= 0; k--) {
    const highlight = segment.annotations[k]!;
    const isStart = segment.start === Math.max(0, highlight.start);
    node = wrap(highlight, node, id, isStart, selected, flash, k === 0 ? id : undefined);
  }
  return typeof node === 'string' ? <Fragment key={id}>{node}</Fragment> : node;
}

function wrap(
  highlight: Highlight,
  children: ReactNode,
  id: number,
  isStart: boolean,
  selected: number | null,
  flash: Props['flash'],
  key: number | undefined,
): ReactNode {
  const common = {
    'data-seg': id,
    'data-hl-start': isStart ? '' : undefined,
    tabIndex: isStart ? -1 : undefined,
  };
  switch (highlight.kind) {
    case 'measure': {
      const { measure, index, track } = highlight;
      const classes = ['hl', 'hl-measure'];
      if (index === selected) classes.push('is-selected');
      if (flash?.index === index) classes.push(flash.parity === 0 ? 'is-flashing-a' : 'is-flashing-b');
      const style = { '--hl-color': CATEGORY_COLORS[measure.category], '--hl-track': track } as CSSProperties;
      return (
        <span
          key={key} {...common}
          className={classes.join(' ')}
          style={style}
          data-testid="hl-measure"
          data-category={measure.category}
          data-direction={measure.direction}
          data-measure-index={index}
          data-measure-start={isStart ? index : undefined}
          data-glyph={isStart ? DIRECTION_GLYPHS[measure.direction] : undefined}
        >
          {children}
        </span>
      );
    }
    case 'date':
      return (
        <span key={key} {...common} className="hl hl-date" data-testid="hl-date" data-date={highlight.date.date}>
          {children}
        </span>
      );
    case 'region':
      return (
        <span key={key} {...common} className="hl hl-region" data-testid="hl-region" data-code={highlight.region.code}>
          {children}
        </span>
      );
    case 'query':
      return (
        <mark key={key} {...common} className="hl hl-query" data-testid="hl-query">
          {children}
        </mark>
      );
  }
}
