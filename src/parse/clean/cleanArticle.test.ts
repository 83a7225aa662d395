import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../simplify';
import { cleanArticle } from './cleanArticle';

const SEEDS = join(__dirname, '../../../public/seeds');
const seed = (prefix: string) => {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return cleanArticle(readFileSync(join(SEEDS, file), 'utf8'));
};

describe('cleanArticle on the seed articles', () => {
  it('000: takes the title from (原標題:…), drops the related commentary and reads the footer', () => {
    const article = seed('000');
    expect(article.title).toBe('烏魯木齊公佈書記、市長手機號碼');
    expect(article.text.startsWith('烏魯木齊公佈書記、市長手機號碼\n\n近日，烏魯木齊')).toBe(true);
    expect(article.source).toBe('觀察者網');
    expect(article.author).toBeNull();
    expect(article.text).toContain('2020年8月24日');
    expect(article.text).not.toContain('相關推薦');
    expect(article.text).not.toContain('微博全文');
    expect(article.text).not.toContain('責任編輯');
    expect(article.removedLines).toContain('林啓輝 本文來源:觀察者網 責任編輯:林啓輝_NB13068');
    expect(article.text).toContain('經開區（頭屯河區）');
  });

  it('001: drops the repeated title and the metadata line, keeping its timestamp in removedLines', () => {
    const article = seed('001');
    expect(article.title).toBe('库尔勒市道歉：防疫存在短板，全力做好生活保障');
    expect(article.text.split('\n')[0]).toBe(article.title);
    expect(article.text.match(/库尔勒市道歉/g)).toHaveLength(1);
    expect(article.source).toBe('观察者网');
    expect(article.author).toBeNull();
    expect(article.removedLines.some((line) => line.includes('2022-09-09 12:38:20'))).toBe(true);
    expect(article.text).not.toContain('本文标签');
    expect(article.text).toContain('BA.5.2，载毒量');
  });

  it('002: removes the page footer', () => {
    const article = seed('002');
    expect(article.title).toBe('多位省级党政“一把手”部署优化防控措施 几个细节值得关注');
    expect(article.source).toBe('北京青年报');
    for (const footer of ['上一篇', '下一篇', '版权所有', 'ICP', 'powered by', '责编', '网友评论', '关于我们', 'myoldtime']) {
      expect(article.text).not.toContain(footer);
    }
    expect(article.text.match(/几个细节值得关注/g)).toHaveLength(1);
    expect(article.removedLines).toContain('来源:北京青年报 作者:北京青年报 时间:2022-11-13 点击:');
    expect(article.text.endsWith('解决好人民群众实际困难。')).toBe(true);
  });

  it('003: strips pinyin and repairs the shifted GBK runs', () => {
    const article = seed('003');
    expect(article.title).toBe('尹弘在蘭州市疫情防控有關工作會議上強調 處理好管和放、封與解的關系 科學精準持續推進“動態清零”');
    expect(article.text).toContain('“不等式”。“管”要嚴格標準');
    expect(article.text).toContain('管徹底。“放”要在嚴格評估后');
    expect(article.text).toContain('快速處置。“封”要科學合理');
    expect(article.text).toContain('據甘肅日報報道');
    expect(article.text).not.toMatch(/\p{Script=Han}\?|\?\p{Script=Han}/u);
    expect(article.text).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/);
    expect(article.repairs.pinyin).toBeGreaterThan(150);
    expect(article.repairs.mojibake).toBe(5);
    expect(article.damage).toEqual([]);
    expect(article.source).toBe('中國甘肅網/甘肅日報');
    expect(article.author).toBe('李欣瑤');
    expect(article.text).not.toContain('資料圖片');
    expect(article.text).not.toContain('報料熱線');
    expect(article.text.endsWith('石謀軍、朱天舒、何偉參加。')).toBe(true);
  });

  it('004: derives a title, drops the footer and keeps the body intact', () => {
    const raw = readFileSync(join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith('004'))!), 'utf8');
    const article = cleanArticle(raw);
    expect(article.title).toBe('疫情就是命令');
    expect(article.source).toBe('中国报道');
    expect(article.author).toBe('杜向奎');
    for (const footer of ['责任编辑', '版权所有', 'ICP', '公网安备']) expect(article.text).not.toContain(footer);
    const bodyLines = raw.split('\n').filter((line) => line.trim() !== '').slice(0, 5);
    const keptLines = article.text.split('\n');
    expect(keptLines).toHaveLength(5);
    keptLines.forEach((line, index) => {
      // Only punctuation width may differ.
      expect(line.replace(/[，：；（）]/g, (mark) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' })[mark]!)).toBe(
        bodyLines[index]!.trim(),
      );
    });
  });
});

describe('cleanArticle on small texts', () => {
  it('handles empty input', () => {
    expect(cleanArticle('')).toEqual({
      text: '',
      title: '',
      source: null,
      author: null,
      damage: [],
      removedLines: [],
      repairs: { pinyin: 0, mojibake: 0 },
    });
  });

  it('changes a text without boilerplate only in whitespace', () => {
    const raw = '  上海发布新规  \n\n\n\n　　新华社上海3月1日电 上海市今天起调整防控措施。\n\n\n市民出行需查验健康码。  ';
    const article = cleanArticle(raw);
    expect(article.text).toBe('上海发布新规\n\n新华社上海3月1日电 上海市今天起调整防控措施。\n\n市民出行需查验健康码。');
    expect(article.title).toBe('上海发布新规');
    expect(article.removedLines).toEqual([]);
  });

  it('reports damage it cannot repair, with offsets into the cleaned text', () => {
    const article = cleanArticle('通知\n\n今天\uFFFD\uFFFD开会,要?!肮堋币獓?格。');
    const spans = article.damage.map((span) => ({ reason: span.reason, text: article.text.slice(span.start, span.end) }));
    expect(spans).toEqual([
      { reason: 'replacement-character', text: '\uFFFD\uFFFD' },
      { reason: 'mojibake', text: '?!肮堋币獓?' },
    ]);
  });
});

const CORPUS = join(__dirname, '../../../../shared/corpus/real-news.jsonl');

describe.skipIf(!existsSync(CORPUS))('cleanArticle on the real corpus', () => {
  it('cleans every item without crashing and keeps normal bodies', () => {
    const items = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { title?: string | null; text?: string | null });
    let shrunk = 0;
    for (const item of items) {
      const raw = `${item.title ?? ''}\n\n${item.text ?? ''}`;
      const article = cleanArticle(raw);
      const inputLength = toSimplified(raw).replace(/\s/g, '').length;
      const outputLength = article.text.replace(/\s/g, '').length;
      if (inputLength > 0 && outputLength < inputLength * 0.5) shrunk++;
    }
    expect(items.length).toBeGreaterThan(9000);
    expect(shrunk / items.length).toBeLessThan(0.01);
  }, 300_000);
});
