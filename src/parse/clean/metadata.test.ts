import { describe, expect, it } from 'vitest';
import { toSimplified } from '../simplify';
import { openingPrefixLength, readMetadata } from './metadata';

const line = (original: string) => ({ original, simplified: toSimplified(original) });

describe('readMetadata', () => {
  it('reads labelled source and author, ignoring 佚名', () => {
    expect(readMetadata([line('来源:人民网 作者:张三 时间:2022-11-13')], [])).toEqual({ source: '人民网', author: '张三' });
    expect(readMetadata([line('更新时间:2022-09-09 12:38:20作者:佚名')], [])).toEqual({ source: null, author: null });
    expect(readMetadata([line('林啓輝 本文來源:觀察者網 責任編輯:林啓輝_NB13068')], [])).toEqual({
      source: '觀察者網',
      author: null,
    });
  });

  it('drops an author that only repeats the publisher', () => {
    expect(readMetadata([line('来源:北京青年报 作者:北京青年报 时间:2022-11-13 点击:')], [])).toEqual({
      source: '北京青年报',
      author: null,
    });
  });

  it('reads datelines and bylines in the original script', () => {
    expect(readMetadata([], [line('(观察者网 讯)据库尔勒市委宣传部消息')])).toEqual({ source: '观察者网', author: null });
    expect(readMetadata([], [line('中国报道讯(通讯员 杜向奎)疫情就是命令。')])).toEqual({ source: '中国报道', author: '杜向奎' });
    expect(readMetadata([], [line('中國甘肅網11月8日訊據甘肅日報報道(新甘肅·甘肅日報記者李欣瑤)省委書記')])).toEqual({
      source: '中國甘肅網/甘肅日報',
      author: '李欣瑤',
    });
    expect(readMetadata([], [line('本报讯(记者 王五 赵六)昨天')])).toEqual({ source: null, author: '王五、赵六' });
  });

  it('does not take an ordinary sentence for a dateline', () => {
    expect(readMetadata([], [line('疫情期间电话咨询量大增。')])).toEqual({ source: null, author: null });
  });
});

describe('openingPrefixLength', () => {
  it('measures dateline and byline', () => {
    const text = '中国报道讯(通讯员 杜向奎)疫情就是命令。';
    expect(text.slice(openingPrefixLength(text))).toBe('疫情就是命令。');
    expect(openingPrefixLength('疫情就是命令。')).toBe(0);
  });
});
