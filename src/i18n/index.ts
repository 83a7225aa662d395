import { useExplorer } from '../store';

export type Lang = 'zh' | 'en';

/** Per-feature message tables keep each component's strings beside it. */
export type Messages<Key extends string> = Record<Lang, Record<Key, string>>;

export function useLang(): Lang {
  return useExplorer((state) => state.display.lang);
}

export function useMessages<Key extends string>(messages: Messages<Key>): Record<Key, string> {
  return messages[useLang()];
}

/** Replaces `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Number and date formatting in the UI language. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}
