import { useEffect, useRef } from 'react';
import { paragraphRanges, splitAtTarget } from './body-ranges.ts';
import { formatTarget, type PassageTarget } from './passage-target.ts';

interface ArticleBodyProps {
  body: string;
  language: string | null;
  /** A passage to scroll to, flash and mark (from a search hit). */
  target?: PassageTarget | null;
}

/**
 * The clean body as paragraphs. Each paragraph carries its offsets into the clean body
 * (`data-start`, `data-end`), the coordinates search hits and annotations use. Imported text is
 * untrusted: it is only ever rendered as text.
 */
export function ArticleBody({ body, language, target = null }: ArticleBodyProps) {
  const paragraphs = paragraphRanges(body);
  const targetRef = useRef<HTMLSpanElement>(null);
  const targetKey = target ? formatTarget(target) : '';

  useEffect(() => {
    if (targetKey) targetRef.current?.scrollIntoView({ block: 'center' });
  }, [targetKey]);

  if (paragraphs.length === 0) {
    return (
      <p className="muted">
        The importer found no body text in this article. Show removed lines to see the source.
      </p>
    );
  }
  return (
    <div className="article-body" lang={language ?? undefined}>
      {paragraphs.map((paragraph) => {
        const split = target ? splitAtTarget(paragraph, target) : null;
        return (
          <p key={paragraph.start} data-start={paragraph.start} data-end={paragraph.end}>
            {split ? (
              <>
                {split.before}
                {/* Keyed by the target, so landing on another passage replays the flash. */}
                <span
                  key={targetKey}
                  ref={targetRef}
                  className="reader-target"
                  data-testid="reader-target"
                >
                  {split.passageBefore}
                  {split.match ? <mark className="reader-target__match">{split.match}</mark> : null}
                  {split.passageAfter}
                </span>
                {split.after}
              </>
            ) : (
              paragraph.text
            )}
          </p>
        );
      })}
    </div>
  );
}
