import type { Messages } from '../../i18n';

export const playMessages: Messages<'play' | 'pause' | 'speed' | 'week' | 'month' | 'quarter' | 'halfYear' | 'nothing'> = {
  zh: {
    play: '播放',
    pause: '暂停',
    speed: '播放速度',
    week: '每秒 1 周',
    month: '每秒 1 个月',
    quarter: '每秒 1 季度',
    halfYear: '每秒半年',
    nothing: '没有带日期的文章可播放',
  },
  en: {
    play: 'Play',
    pause: 'Pause',
    speed: 'Play speed',
    week: '1 week / s',
    month: '1 month / s',
    quarter: '1 quarter / s',
    halfYear: '6 months / s',
    nothing: 'No dated articles to play',
  },
};
