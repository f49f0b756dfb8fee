import { useMemo, type CSSProperties } from 'react';
import type { FramingCue } from '../../../shared/framing-view/segment-runs.ts';
import type { AnnotationRow } from '../../../shared/api/annotation-methods.ts';
import { FramingText } from '../framing/FramingText.tsx';
import { useAnnotationsInView } from './annotation-context.ts';
import { annotationColor, annotationLabel, annotationRuns, textOn, withAlpha } from './runs.ts';

interface AnnotatedTextProps {
  /** A stretch of the clean body: `body.slice(start, start + text.length)`. */
  text: string;
  start: number;
  cues: readonly FramingCue[];
  /** The article; defaults to the one article of the view. */
  articleId?: string;
}

const noAnnotations: readonly AnnotationRow[] = [];

/**
 * Body text with coded passages as tinted marks (framing highlights nest inside). Each piece
 * carries `data-offset`, its start in the body, so a selection maps back to body offsets; a mark
 * also carries the ids of the annotations covering it, and its code label is drawn by CSS (not
 * part of the text). Imported text is untrusted: it is only ever rendered as text.
 */
export function AnnotatedText({ text, start, cues, articleId }: AnnotatedTextProps) {
  const scope = useAnnotationsInView();
  const article = articleId ?? scope?.articleId ?? null;
  const annotations = (article ? scope?.byArticle.get(article) : undefined) ?? noAnnotations;
  const runs = useMemo(() => annotationRuns(text, start, annotations), [text, start, annotations]);
  const codes = scope?.codes;
  return (
    <>
      {runs.map((run) => {
        const framed = <FramingText text={run.text} start={run.start} cues={cues} />;
        if (run.covering.length === 0 || !codes) {
          return (
            <span key={run.start} data-offset={run.start}>
              {framed}
            </span>
          );
        }
        const colors = run.covering.map((a) => annotationColor(a, codes));
        const top = colors[colors.length - 1] ?? '#8a6cf0';
        const label = run.starting
          .map((a) => annotationLabel(a, codes))
          .filter(Boolean)
          .join(' | ');
        const style = {
          backgroundImage: colors
            .map((c) => `linear-gradient(${withAlpha(c, 0.2)}, ${withAlpha(c, 0.2)})`)
            .join(', '),
          boxShadow: colors
            .map((c, i) => `inset 0 -${2 * (colors.length - i)}px 0 ${c}`)
            .reverse()
            .join(', '),
          '--anno-color': top,
          '--anno-label-text': textOn(top),
        } as CSSProperties;
        const innermost = run.covering[run.covering.length - 1];
        const names = run.covering.map((a) => annotationLabel(a, codes) || 'annotation');
        return (
          <mark
            key={run.start}
            className={`anno${label ? ' anno--start' : ''}`}
            data-offset={run.start}
            data-annotation-ids={run.covering.map((a) => a.id).join(' ')}
            data-depth={run.covering.length}
            data-label={label || undefined}
            style={style}
            title={`Coded: ${names.join(' · ')} — click to edit`}
            {...(label && innermost
              ? {
                  tabIndex: 0,
                  role: 'button',
                  'aria-label': `Coded passage: ${names.join(', ')}. Press Enter to edit, A to code the same words again.`,
                }
              : {})}
          >
            {framed}
          </mark>
        );
      })}
    </>
  );
}
