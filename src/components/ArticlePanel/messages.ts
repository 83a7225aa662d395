import type { Messages } from '../../i18n';

export const messages: Messages<
  | 'heading'
  | 'close'
  | 'loading'
  | 'selectPrompt'
  | 'loadingText'
  | 'textFailed'
  | 'retry'
  | 'source'
  | 'author'
  | 'published'
  | 'undated'
  | 'precision_day'
  | 'precision_month'
  | 'precision_year'
  | 'inferred'
  | 'inferredHint'
  | 'evidenceSummary'
  | 'evidence_timestamp'
  | 'evidence_signature'
  | 'evidence_dateline'
  | 'evidence_mentioned-date'
  | 'evidence_landmark'
  | 'evidenceInText'
  | 'evidenceInRaw'
  | 'landmarks'
  | 'file'
  | 'encoding'
  | 'script'
  | 'script_traditional'
  | 'script_simplified'
  | 'script_mixed'
  | 'regions'
  | 'noRegions'
  | 'damage'
  | 'damage_mojibake'
  | 'damage_replacement-character'
  | 'scriptGroup'
  | 'showOriginal'
  | 'showSimplified'
  | 'showTraditional'
  | 'raw'
  | 'rawNote'
  | 'emptyText'
  | 'textLabel'
  | 'legendMeasure'
  | 'legendRegion'
  | 'legendDate'
  | 'legendQuery'
  | 'level_country'
  | 'level_province'
  | 'level_prefecture'
  | 'level_county'
  | 'region'
  | 'code'
  | 'date'
  | 'yearInferred'
  | 'trigger'
  | 'measureRegions'
  | 'measureDate'
  | 'params'
  | 'queryMatch'
  | 'surface'
  | 'publishedInText'
  | 'regionsInText'
  | 'givenHeading'
  | 'givenTitle'
  | 'givenDate'
  | 'givenDatePlaces'
  | 'givenSource'
  | 'givenUrl'
  | 'givenRegion'
  | 'givenRegionUnresolved'
  | 'givenDateDiffers'
  | 'givenRegionDiffers'
> = {
  zh: {
    heading: '文章',
    close: '关闭文章',
    loading: '正在加载文章…',
    selectPrompt: '在时间轴、地图或列表中选择一篇文章',
    loadingText: '正在载入正文…',
    textFailed: '无法载入正文：{reason}',
    retry: '重试',
    source: '来源',
    author: '作者',
    published: '发布日期',
    undated: '未找到发布日期',
    precision_day: '精确到日',
    precision_month: '仅知月份',
    precision_year: '仅知年份',
    inferred: '推断',
    inferredHint: '日期的一部分（通常是年份）未写在文中，是推断得出的',
    evidenceSummary: '日期依据',
    'evidence_timestamp': '时间戳',
    'evidence_signature': '落款',
    'evidence_dateline': '电头',
    'evidence_mentioned-date': '文中提到的日期',
    'evidence_landmark': '标志性事件',
    evidenceInText: '位于清理后文本第 {start}–{end} 字符',
    evidenceInRaw: '位于原始文件第 {start}–{end} 字符',
    landmarks: '匹配的标志性事件：{list}',
    file: '文件',
    encoding: '编码',
    script: '字体',
    'script_traditional': '繁体',
    'script_simplified': '简体',
    'script_mixed': '繁简混合',
    regions: '主要地区',
    noRegions: '未识别到地区',
    damage: '部分文本已损坏，按原样显示：{reasons}（{count} 处）。',
    'damage_mojibake': '乱码',
    'damage_replacement-character': '替换字符 �',
    scriptGroup: '显示字体',
    showOriginal: '原文',
    showSimplified: '简体',
    showTraditional: '繁體',
    raw: '原始文件',
    rawNote: '未经处理的原始文件（按 {encoding} 解码），不含标注。',
    emptyText: '这篇文章没有正文。',
    textLabel: '正文（方向键可在标注之间移动）',
    legendMeasure: '措施句',
    legendRegion: '地区',
    legendDate: '日期',
    legendQuery: '搜索匹配',
    'level_country': '全国',
    'level_province': '省级',
    'level_prefecture': '地级',
    'level_county': '县级',
    region: '地区',
    code: '代码',
    date: '日期',
    yearInferred: '年份为推断',
    trigger: '触发词',
    measureRegions: '地区',
    measureDate: '日期',
    params: '参数',
    queryMatch: '匹配搜索“{query}”',
    surface: '原文写作',
    publishedInText: '正文中的日期',
    regionsInText: '正文所涉地区',
    givenHeading: '档案行中的信息',
    givenTitle: '标题',
    givenDate: '日期',
    givenDatePlaces: '时间轴按此日期排列',
    givenSource: '来源',
    givenUrl: '链接',
    givenRegion: '地区',
    givenRegionUnresolved: '未能对应到行政区划',
    givenDateDiffers: '档案行的日期（{row}）与正文中的日期（{text}）不一致；时间轴、日期筛选和列表顺序采用档案行的日期。',
    givenRegionDiffers: '档案行的地区（{row}）不在正文所涉地区（{text}）之中。',
  },
  en: {
    heading: 'Article',
    close: 'Close article',
    loading: 'Loading articles…',
    selectPrompt: 'Select an article on the timeline, map or list',
    loadingText: 'Loading the text…',
    textFailed: 'The text could not be loaded: {reason}',
    retry: 'Retry',
    source: 'Source',
    author: 'Author',
    published: 'Published',
    undated: 'No publication date found',
    precision_day: 'exact day',
    precision_month: 'month only',
    precision_year: 'year only',
    inferred: 'inferred',
    inferredHint: 'Part of this date (usually the year) is not written in the article and was inferred',
    evidenceSummary: 'How this date was found',
    'evidence_timestamp': 'timestamp',
    'evidence_signature': 'signature line',
    'evidence_dateline': 'dateline',
    'evidence_mentioned-date': 'date mentioned in the text',
    'evidence_landmark': 'landmark events',
    evidenceInText: 'in the cleaned text, characters {start}–{end}',
    evidenceInRaw: 'in the raw file, characters {start}–{end}',
    landmarks: 'Landmarks matched: {list}',
    file: 'File',
    encoding: 'Encoding',
    script: 'Script',
    'script_traditional': 'Traditional',
    'script_simplified': 'Simplified',
    'script_mixed': 'Mixed',
    regions: 'Regions',
    noRegions: 'No region recognised',
    damage: 'Damaged text, shown as found: {reasons} ({count}×).',
    'damage_mojibake': 'garbled encoding',
    'damage_replacement-character': 'replacement characters �',
    scriptGroup: 'Text script',
    showOriginal: 'Original',
    showSimplified: '简 Simplified',
    showTraditional: '繁 Traditional',
    raw: 'Raw file',
    rawNote: 'The unprocessed file, decoded from {encoding} — no highlights.',
    emptyText: 'This article has no text.',
    textLabel: 'Article text (arrow keys move between highlights)',
    legendMeasure: 'Measure sentence',
    legendRegion: 'Region',
    legendDate: 'Date',
    legendQuery: 'Search match',
    'level_country': 'national',
    'level_province': 'province',
    'level_prefecture': 'prefecture',
    'level_county': 'county',
    region: 'Region',
    code: 'code',
    date: 'Date',
    yearInferred: 'year inferred',
    trigger: 'Trigger',
    measureRegions: 'Regions',
    measureDate: 'Date',
    params: 'Details',
    queryMatch: 'Matches search “{query}”',
    surface: 'written as',
    publishedInText: 'Date in the text',
    regionsInText: 'Regions in the text',
    givenHeading: 'From the archive row',
    givenTitle: 'Title',
    givenDate: 'Date',
    givenDatePlaces: 'places the article on the timeline',
    givenSource: 'Source',
    givenUrl: 'URL',
    givenRegion: 'Region',
    givenRegionUnresolved: 'not matched to a region code',
    givenDateDiffers: "The row's date ({row}) differs from the date in the text ({text}); the timeline, date filters and list order use the row's date.",
    givenRegionDiffers: "The row's region ({row}) is not among the regions the text is about ({text}).",
  },
};
