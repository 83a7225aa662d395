import { COUNTRY_CODE } from '../model';

/**
 * Whether `code` lies inside `scope` in the GB/T 2260 hierarchy, read from the
 * code itself: a province XX0000 holds XX****, a prefecture XXYY00 holds XXYY**.
 * The national code 100000 holds only national-level mentions.
 */
export function regionContains(scope: string, code: string): boolean {
  if (scope === code) return true;
  if (scope === COUNTRY_CODE || code === COUNTRY_CODE) return false;
  if (scope.endsWith('0000')) return code.startsWith(scope.slice(0, 2));
  if (scope.endsWith('00')) return code.startsWith(scope.slice(0, 4));
  return false;
}

export function provinceOfCode(code: string): string | null {
  if (code === COUNTRY_CODE || !/^\d{6}$/.test(code)) return null;
  return `${code.slice(0, 2)}0000`;
}

export function prefectureOfCode(code: string): string | null {
  if (code === COUNTRY_CODE || code.endsWith('0000') || !/^\d{6}$/.test(code)) return null;
  return `${code.slice(0, 4)}00`;
}

const SIX_DIGITS = /^\d{6}$/;

/** The scopes holding a code: itself, its prefecture and its province (national stays national). */
export function scopesOf(code: string): string[] {
  if (code === COUNTRY_CODE || !SIX_DIGITS.test(code)) return [code];
  const prefecture = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  return code === province ? [code] : code === prefecture ? [code, province] : [code, prefecture, province];
}

const scopeListCache = new WeakMap<readonly string[], string[]>();

/** Every scope holding any of the codes, without repeats; cached per list (lists are shared, see readCollection). */
export function scopesOfList(codes: readonly string[]): string[] {
  let scopes = scopeListCache.get(codes);
  if (!scopes) {
    const unique = new Set<string>();
    for (const code of codes) for (const scope of scopesOf(code)) unique.add(scope);
    scopeListCache.set(codes, (scopes = [...unique]));
  }
  return scopes;
}
