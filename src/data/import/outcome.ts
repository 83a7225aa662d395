import type { Article, FileError } from '../../model';

/** Why a file given to the import did not become an article. */
export type RejectReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'no-chinese'
  | 'no-article-text'
  | 'unsupported-type'
  | 'invalid-collection'
  | 'unreadable'
  | 'cancelled';

export interface Rejection {
  status: 'rejected';
  reason: RejectReason;
  /** The parser's or validator's own words, when it said more than the reason. */
  detail?: string;
  /** For `too-large`: the file's size and the limit it broke, in bytes. */
  size?: number;
  limit?: number;
}

/** What parsing one file gave, before it is compared with what the browser already has. */
export type ParsedFile =
  | { status: 'parsed'; articles: Article[]; problems: FileError[] }
  | Rejection;

export interface ArticleRef {
  id: string;
  title: string;
}

/** One row of the import report: every file given gets exactly one. */
export type FileReport = { file: string } & (
  | {
      status: 'imported';
      articles: ArticleRef[];
      /** Articles of a collection file that were already here. */
      duplicates: number;
      /** Records of a collection file that could not be read. */
      problems: FileError[];
    }
  | { status: 'duplicate'; of: ArticleRef }
  | Rejection
);

export const rejection = (reason: RejectReason, extra: Omit<Rejection, 'status' | 'reason'> = {}): Rejection => ({
  status: 'rejected',
  reason,
  ...extra,
});
