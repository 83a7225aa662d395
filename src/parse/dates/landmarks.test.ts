import { describe, expect, it } from 'vitest';
import { formatDay, fromDayNumber } from './calendar';
import { LANDMARKS, matchLandmarks, publicationWindow } from './landmarks';

const windowOf = (text: string) => {
  const window = publicationWindow(text);
  return [formatDay(fromDayNumber(window.from)), formatDay(fromDayNumber(window.to)), window.landmarks];
};

describe('landmarks', () => {
  it('has unique ids and well-formed windows', () => {
    expect(new Set(LANDMARKS.map((l) => l.id)).size).toBe(LANDMARKS.length);
    for (const landmark of LANDMARKS) {
      if (landmark.to) expect(landmark.from <= landmark.to).toBe(true);
    }
  });

  it('narrows the window with hard lower bounds and soft periods', () => {
    expect(windowOf('坚持动态清零，执行第九版防控方案')).toEqual(['2022-06-27', '2022-12-31', ['ninth-edition-plan', 'dynamic-zero']]);
    expect(windowOf('奥密克戎变异株')[0]).toBe('2021-11-26');
  });

  it('drops a soft period that contradicts a hard landmark', () => {
    // 复工复产 alone points to 2020, but 奥密克戎 did not exist then.
    expect(windowOf('奥密克戎疫情后复工复产')).toEqual(['2021-11-26', '2023-12-31', ['omicron-variant']]);
  });

  it('ignores the interim name when the later name is present', () => {
    expect(matchLandmarks('新型冠状病毒肺炎防控方案').map((m) => m.landmark.id)).toEqual(['ncp-name']);
  });

  it('sees clues through pinyin glosses and reports offsets in the glossed text', () => {
    const text = '推进“动(dòng)态(tài)清零”';
    const [match] = matchLandmarks(text);
    expect(match?.landmark.id).toBe('dynamic-zero');
    expect(text.slice(match!.start, match!.end)).toBe('动(dòng)态(tài)清零');
  });
});
