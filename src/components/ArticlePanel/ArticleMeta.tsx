import type { Article, PublicationDate } from '../../model';
import { format, useLang, useMessages } from '../../i18n';
import { regionByCode, shortName } from '../../data/lazy/lazyGazetteer';
import { useExplorer } from '../../store';
import { formatResolvedDate } from '../../i18n/formatDate';
import { GivenMeta } from './GivenMeta';
import { messages } from './messages';

export function ArticleMeta({ article, title }: { article: Article; title: string }) {
  const t = useMessages(messages);
  return (
    <header className="article-meta">
      <h3 className="article-meta__title" data-testid="article-title">
        {title}
      </h3>
      <dl className="article-meta__facts">
        <div className="article-meta__wide">
          <dt>{article.given ? t.publishedInText : t.published}</dt>
          <dd>
            <PublishedDate published={article.published} />
          </dd>
        </div>
        {article.source && (
          <div>
            <dt>{t.source}</dt>
            <dd>{article.source}</dd>
          </div>
        )}
        {article.author && (
          <div>
            <dt>{t.author}</dt>
            <dd>{article.author}</dd>
          </div>
        )}
        <div className="article-meta__wide">
          <dt>{article.given ? t.regionsInText : t.regions}</dt>
          <dd>
            <PrimaryRegions codes={article.primaryRegions} />
          </dd>
        </div>
        <div>
          <dt>{t.file}</dt>
          <dd className="article-meta__file">{article.file}</dd>
        </div>
        <div>
          <dt>{t.encoding}</dt>
          <dd>{article.encoding}</dd>
        </div>
        <div>
          <dt>{t.script}</dt>
          <dd>{t[`script_${article.script}`]}</dd>
        </div>
      </dl>
      <GivenMeta article={article} />
      <DamageNote article={article} />
    </header>
  );
}

function PublishedDate({ published }: { published: PublicationDate | null }) {
  const t = useMessages(messages);
  const lang = useLang();
  if (!published) return <span data-testid="published-date">{t.undated}</span>;
  const { evidence } = published;
  return (
    <span className="published">
      <time data-testid="published-date" dateTime={published.date}>
        {formatResolvedDate(published.date, published.precision, lang)}
      </time>
      {published.precision !== 'day' && <span className="chip">{t[`precision_${published.precision}`]}</span>}
      {published.inferred && (
        <span className="chip published__inferred" data-testid="inferred-badge" title={t.inferredHint}>
          {t.inferred}
          <span className="visually-hidden">: {t.inferredHint}</span>
        </span>
      )}
      <details className="published__evidence" data-testid="published-evidence">
        <summary>{t.evidenceSummary}</summary>
        <p>
          {t[`evidence_${evidence.source}`]}: “{evidence.text}”
          <br />
          <span className="published__where">
            {format(evidence.in === 'raw' ? t.evidenceInRaw : t.evidenceInText, { start: evidence.start, end: evidence.end })}
          </span>
          {evidence.landmarks && evidence.landmarks.length > 0 && (
            <>
              <br />
              {format(t.landmarks, { list: evidence.landmarks.join(lang === 'zh' ? '、' : ', ') })}
            </>
          )}
        </p>
      </details>
    </span>
  );
}

/**
 * Region names come from the gazetteer, which is Chinese only: both UI
 * languages show the Chinese short name, with the full name and code on hover.
 */
function PrimaryRegions({ codes }: { codes: readonly string[] }) {
  const t = useMessages(messages);
  const setHover = useExplorer((state) => state.setHover);
  if (codes.length === 0) return <>{t.noRegions}</>;
  return (
    <span className="article-meta__regions">
      {codes.map((code) => {
        const entry = regionByCode(code);
        return (
          <span
            key={code}
            className="chip"
            data-testid="article-region"
            data-code={code}
            title={entry ? `${entry.name} · ${t[`level_${entry.level}`]} · ${code}` : code}
            onMouseEnter={() => setHover({ regionCode: code })}
            onMouseLeave={() => setHover({ regionCode: null })}
          >
            {shortName(code)}
          </span>
        );
      })}
    </span>
  );
}

function DamageNote({ article }: { article: Article }) {
  const t = useMessages(messages);
  const lang = useLang();
  if (article.damage.length === 0) return null;
  const reasons = [...new Set(article.damage.map((span) => span.reason))].map((reason) => t[`damage_${reason}`]);
  return (
    <p className="article-meta__damage" role="note" data-testid="damage-note">
      ⚠ {format(t.damage, { count: article.damage.length, reasons: reasons.join(lang === 'zh' ? '、' : ', ') })}
    </p>
  );
}
