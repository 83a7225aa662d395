import { useId } from 'react';
import type { Article } from '../../model';
import { format, useLang, useMessages } from '../../i18n';
import { formatResolvedDate } from '../../i18n/formatDate';
import { datesDisagree, httpUrl, regionsDisagree } from '../../data/givenMetadata';
import { precisionOf } from '../../data/publishedInterval';
import { regionByCode, shortName } from '../../data/lazy/lazyGazetteer';
import { useExplorer } from '../../store';
import { messages } from './messages';

/** What the archive row said beside the text, and where it disagrees with what the text says. */
export function GivenMeta({ article }: { article: Article }) {
  const t = useMessages(messages);
  const lang = useLang();
  const headingId = useId();
  const { given } = article;
  if (!given) return null;
  const formatDate = (date: string) => formatResolvedDate(date, precisionOf(date), lang);
  const list = (codes: readonly string[]) => codes.map(shortName).join(lang === 'zh' ? '、' : ', ');
  const textDate = article.published?.date;
  const dateDiffers = given.date !== undefined && textDate !== undefined && datesDisagree(given.date, textDate);
  const rowCodes = given.regionCodes ?? [];
  const regionDiffers = regionsDisagree(rowCodes, article.primaryRegions);
  const link = given.url === undefined ? null : httpUrl(given.url);
  return (
    <section className="article-meta__given" data-testid="given-meta" aria-labelledby={headingId}>
      <h4 id={headingId} className="article-meta__given-heading">
        {t.givenHeading}
      </h4>
      <dl className="article-meta__facts">
        {given.title !== undefined && given.title !== article.title && (
          <div className="article-meta__wide">
            <dt>{t.givenTitle}</dt>
            <dd data-testid="given-title">{given.title}</dd>
          </div>
        )}
        {given.date !== undefined && (
          <div className="article-meta__wide">
            <dt>{t.givenDate}</dt>
            <dd className="published">
              <time data-testid="given-date" dateTime={given.date}>
                {formatDate(given.date)}
              </time>
              <span className="chip">{t.givenDatePlaces}</span>
            </dd>
          </div>
        )}
        {given.source !== undefined && (
          <div>
            <dt>{t.givenSource}</dt>
            <dd data-testid="given-source">{given.source}</dd>
          </div>
        )}
        {given.regionText !== undefined && (
          <div>
            <dt>{t.givenRegion}</dt>
            <dd className="published" data-testid="given-region">
              <span>{given.regionText}</span>
              {rowCodes.length > 0 ? <RowRegions codes={rowCodes} /> : <span className="chip">{t.givenRegionUnresolved}</span>}
            </dd>
          </div>
        )}
        {given.url !== undefined && (
          <div className="article-meta__wide">
            <dt>{t.givenUrl}</dt>
            <dd className="article-meta__url" data-testid="given-url">
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {given.url}
                </a>
              ) : (
                given.url
              )}
            </dd>
          </div>
        )}
      </dl>
      {dateDiffers && (
        <p className="article-meta__mismatch" role="note" data-testid="given-date-mismatch">
          ⚠ {format(t.givenDateDiffers, { row: formatDate(given.date!), text: formatDate(textDate!) })}
        </p>
      )}
      {regionDiffers && (
        <p className="article-meta__mismatch" role="note" data-testid="given-region-mismatch">
          ⚠ {format(t.givenRegionDiffers, { row: list(rowCodes), text: list(article.primaryRegions) })}
        </p>
      )}
    </section>
  );
}

/** Region names come from the Chinese-only gazetteer, as in the text's region list. */
function RowRegions({ codes }: { codes: readonly string[] }) {
  const setHover = useExplorer((state) => state.setHover);
  return (
    <span className="article-meta__regions">
      {codes.map((code) => (
        <span
          key={code}
          className="chip"
          data-testid="given-region-code"
          data-code={code}
          title={`${regionByCode(code)?.name ?? code} · ${code}`}
          onMouseEnter={() => setHover({ regionCode: code })}
          onMouseLeave={() => setHover({ regionCode: null })}
        >
          {shortName(code)}
        </span>
      ))}
    </span>
  );
}
