import { describe, expect, it } from 'vitest';
import { chooseQueries } from './queries';

describe('chooseQueries', () => {
  it('picks two queries that match some articles, and different ones', () => {
    const texts = ['核酸 隔离', '核酸', '隔离 封控', '疫苗', '核酸 隔离'];
    const choice = chooseQueries(texts, ['核酸', '隔离', '口罩']);
    expect(choice).not.toBeNull();
    const [a, b] = choice!.queries;
    expect(a).not.toBe(b);
    const hitsOf = (query: string) => texts.filter((text) => text.includes(query)).length;
    expect(choice!.hits).toEqual([hitsOf(a), hitsOf(b)]);
  });

  it('skips queries matching everything or nothing', () => {
    expect(chooseQueries(['核酸', '核酸'], ['核酸', '口罩'])).toBeNull();
  });

  it('skips a pair that matches the same articles', () => {
    expect(chooseQueries(['核酸 隔离', '疫苗'], ['核酸', '隔离'])).toBeNull();
  });
});
