import { useEffect, useRef } from 'react';
import { paragraphRanges, splitAtTarget } from './body-ranges.ts';
import { formatTarget, type PassageTarget } from './passage-target.ts';
import { cuesStartingIn, type FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import { AnnotatedText } from '../annotations/AnnotatedText.tsx';
import { useCodablePassageProps } from '../annotations/codable-passage.ts';
import { FrameTags } from '../framing/FrameTags.tsx';

interface ArticleBodyProps {
  body: string;
  language: string | null;
  /** A passage to scroll to, flash and mark (from a search hit). */
  target?: PassageTarget | null;
  /** The article's shown framing cues, highlighted in the text (frame cues as paragraph tags). */
  cues?: readonly FramingCue[];
}

const noCues: readonly FramingCue[] = [];

/**
 * The clean body as paragraphs. Each paragraph carries its offsets into the clean body
 * (`data-start`, `data-end`), the coordinates search hits and annotations use. Imported text is
 * untrusted: it is only ever rendered as text.
 */
export function ArticleBody({ body, language, target = null, cues = noCues }: ArticleBodyProps) {
  const paragraphs = paragraphRanges(body);
  const codable = useCodablePassageProps();
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
        const { start } = paragraph;
        // Each piece is highlighted by its own offsets into the clean body (framing cues, coded
        // passages); the search match stays plain text in its <mark>, the one thing the reader is
        // pointed at.
        const piece = (text: string, offset: number) => (
          <AnnotatedText text={text} start={start + offset} cues={cues} />
        );
        return (
          <p key={start} data-start={start} data-end={paragraph.end} {...codable}>
            <FrameTags cues={cuesStartingIn(cues, start, paragraph.end)} />
            {split ? (
              <>
                {piece(split.before, 0)}
                {/* Keyed by the target, so landing on another passage replays the flash. */}
                <span
                  key={targetKey}
                  ref={targetRef}
                  className="reader-target"
                  data-testid="reader-target"
                >
                  {piece(split.passageBefore, split.before.length)}
                  {split.match ? (
                    <mark
                      className="reader-target__match"
                      data-offset={start + split.before.length + split.passageBefore.length}
                    >
                      {split.match}
                    </mark>
                  ) : null}
                  {piece(
                    split.passageAfter,
                    split.before.length + split.passageBefore.length + split.match.length,
                  )}
                </span>
                {piece(split.after, paragraph.text.length - split.after.length)}
              </>
            ) : (
              piece(paragraph.text, 0)
            )}
          </p>
        );
      })}
    </div>
  );
}
