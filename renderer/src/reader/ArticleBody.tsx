import { bodyParagraphs } from './line-labels.ts';

interface ArticleBodyProps {
  body: string;
  language: string | null;
}

/** The clean body as paragraphs. Imported text is untrusted: it is only ever rendered as text. */
export function ArticleBody({ body, language }: ArticleBodyProps) {
  const paragraphs = bodyParagraphs(body);
  if (paragraphs.length === 0) {
    return (
      <p className="muted">
        The importer found no body text in this article. Show removed lines to see the source.
      </p>
    );
  }
  return (
    <div className="article-body" lang={language ?? undefined}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
