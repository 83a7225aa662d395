import { describe, expect, it } from 'vitest';
import { toSimplified } from '../simplify';
import { classifyLine } from './boilerplate';

const kind = (line: string) => classifyLine(toSimplified(line));

describe('classifyLine', () => {
  it('recognises footer boilerplate in both scripts', () => {
    for (const line of [
      '上一篇:云南勐腊:割胶机器人让胶农不再“披星戴月”',
      '版权所有:上海颐若文化传播有限公司,',
      '沪ICP备14002729号',
      '京ICP备08103425号 京公网安备:110102000508',
      '圖片版權歸原作者所有,如有侵權請聯系我們,我們立刻刪除。',
      '新化月報網報料熱線:886 2395@qq.com',
      '(資料圖片僅供參考)',
      '更多新闻可点击上面各栏目',
      '网友评论',
      '关于我们 联系我们 网站导航',
      '老辰光网 www.myoldtime.com',
      'https://example.com/news/1.html',
      '内容管理开发平台 powered by DedeCms',
      '本文标签: 库尔勒市 库尔勒',
      '资料 | 各省份党报',
    ]) {
      expect(kind(line), line).toBe('boilerplate');
    }
  });

  it('recognises metadata lines', () => {
    for (const line of [
      '来源:北京青年报 作者:北京青年报 时间:2022-11-13 点击:',
      '更新时间:2022-09-09 12:38:20作者:佚名',
      '林啓輝 本文來源:觀察者網 責任編輯:林啓輝_NB13068',
      '责任编辑:张煜',
      '責編:北風',
    ]) {
      expect(kind(line), line).toBe('metadata');
    }
  });

  it('recognises related-content headers', () => {
    for (const line of ['相關推薦:', '相关文章', '你可能會喜歡', '最近更新', '推薦閱讀']) expect(kind(line)).toBe('related-header');
  });

  it('keeps body sentences, including ones that mention sources or copyright topics in passing', () => {
    for (const line of [
      '据库尔勒市委宣传部微信公众号“库尔勒零距离”9月9日消息,新疆库尔勒市发表两则通报。',
      '烏魯木齊:部分無疫情小區居民可在小區內進行非聚集性個人活動',
      '会议强调,要切断传染来源,严防输入。',
      '石謀軍、朱天舒、何偉參加。',
    ]) {
      expect(kind(line), line).toBe('body');
    }
  });
});
