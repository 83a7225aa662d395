/**
 * Two text queries for the benchmark, chosen from words common in epidemic news
 * by what the built search texts answer: each must match some but not all
 * articles, and the two must match different sets, so alternating between them
 * always changes the list.
 */
export const CANDIDATE_QUERIES = ['核酸', '隔离', '封控', '疫苗', '口罩', '病例', '管控', '复工', '物资', '出行', '解封', '健康码', '检测', '确诊', '防控'];

export interface QueryChoice {
  queries: [string, string];
  hits: [number, number];
}

export function chooseQueries(searchTexts: readonly string[], candidates: readonly string[] = CANDIDATE_QUERIES): QueryChoice | null {
  const total = searchTexts.length;
  const answers = candidates
    .map((query) => {
      const matches: number[] = [];
      searchTexts.forEach((text, position) => {
        if (text.includes(query)) matches.push(position);
      });
      return { query, matches };
    })
    .filter(({ matches }) => matches.length > 0 && matches.length < total)
    // Closest to a fifth of the collection first: big enough to be a real list, far from all of it.
    .sort((a, b) => Math.abs(a.matches.length / total - 0.2) - Math.abs(b.matches.length / total - 0.2));
  for (let i = 0; i < answers.length; i++) {
    for (let j = i + 1; j < answers.length; j++) {
      const a = answers[i]!;
      const b = answers[j]!;
      if (a.matches.join() !== b.matches.join()) return { queries: [a.query, b.query], hits: [a.matches.length, b.matches.length] };
    }
  }
  return null;
}
