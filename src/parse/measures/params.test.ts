import { describe, expect, it } from 'vitest';
import type { MeasureCategory } from '../../model';
import { extractParams } from './params';

function paramsOf(text: string, category: MeasureCategory) {
  const whole = { start: 0, end: text.length };
  return extractParams(text, category, whole, [whole]);
}

describe('extractParams', () => {
  it('reads a change of quarantine days as value and from', () => {
    expect(paramsOf('即日起集中隔离满5天的密接人员转为3天居家隔离', 'quarantine')).toEqual([
      { name: 'days', value: 3, from: 5, text: '5天的密接人员转为3天' },
    ]);
  });

  it('reads Chinese numerals for days', () => {
    expect(paramsOf('实行十四天居家隔离', 'quarantine')).toEqual([{ name: 'days', value: 14, text: '十四天' }]);
    expect(paramsOf('由十四天调整为七天', 'quarantine')[0]).toMatchObject({ value: 7, from: 14 });
  });

  it('ignores look-back windows and streaks', () => {
    expect(paramsOf('14天内有旅居史的人员', 'quarantine')).toEqual([]);
    expect(paramsOf('连续5天未发现新增感染者', 'quarantine')).toEqual([]);
  });

  it('reads times per day', () => {
    expect(paramsOf('对人员活动区域每天至少进行6次清洁消毒', 'protection')).toEqual([
      { name: 'times-per-day', value: 6, text: '每天至少进行6次' },
    ]);
    expect(paramsOf('每天对电梯消毒一次', 'protection')[0]).toMatchObject({ value: 1 });
  });

  it('reads counts of communities, venues and people for the categories they describe', () => {
    expect(paramsOf('对993个小区实行封闭式管理', 'lockdown')).toEqual([
      { name: 'communities', value: 993, text: '993个小区' },
    ]);
    expect(paramsOf('强制关停网吧，浴室，饭店等150余家', 'business')).toEqual([
      { name: 'venues', value: 150, text: '150余家' },
    ]);
    expect(paramsOf('其中科级干部撤职1人', 'accountability')).toEqual([{ name: 'people', value: 1, text: '1人' }]);
  });

  it('ignores numbers that do not describe the category', () => {
    expect(paramsOf('对993个小区实行封闭式管理', 'apology')).toEqual([]);
    expect(paramsOf('出动执法人员4400余人次', 'accountability')).toEqual([]);
    expect(paramsOf('逐户逐人进行摸排，确保不漏一人', 'contact-tracing')).toEqual([]);
  });
});
