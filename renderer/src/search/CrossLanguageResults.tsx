import type { CrossLanguageHit } from '../../../shared/search/search-schemas.ts';
import { formatPublished, languageName } from '../ui/format.ts';

interface CrossLanguageResultsProps {
  hits: CrossLanguageHit[];
  onOpen: (hit: CrossLanguageHit) => void;
}

/** Long passages are cut: the reason says why it matched, the reader shows the rest. */
const maxPassageChars = 360;

function excerpt(text: string): string {
  if (text.length <= maxPassageChars) return text;
  const cut = text.slice(0, maxPassageChars);
  const space = cut.lastIndexOf(' ');
  return `${space > maxPassageChars - 40 ? cut.slice(0, space) : cut}…`;
}

/**
 * "Find elsewhere" candidates in another language, kept apart from the quote hits and labelled as
 * matched through shared features: nothing was translated, so a researcher must judge them. Passage
 * text is imported, untrusted: rendered as React text only.
 */
export function CrossLanguageResults({ hits, onOpen }: CrossLanguageResultsProps) {
  if (hits.length === 0) return null;
  return (
    <section className="cross-language" aria-label="In other languages">
      <h2 className="cross-language__title">In other languages</h2>
      <p className="cross-language__note">
        Matched through names, numbers and the glossary, not translation
      </p>
      <ul className="cross-language__list">
        {hits.map((hit) => (
          <li key={`${hit.article}-${hit.passageIndex}`} className="hit-group">
            <button
              type="button"
              className="cross-language__hit"
              onClick={() => onOpen(hit)}
              aria-label={`Open ${hit.title || 'Untitled'} at the matching passage`}
            >
              <span className="hit-group__meta">
                <span className="hit-group__outlet">{hit.outlet ?? 'Unknown outlet'}</span>
                <span aria-hidden="true">·</span>
                <span>{formatPublished(hit.published, 'short')}</span>
                <span aria-hidden="true">·</span>
                <span>{languageName(hit.language)}</span>
                <span aria-hidden="true">·</span>
                <span title="Similarity of the shared names, numbers and glossary concepts">
                  {Math.round(hit.score * 100)}% similar
                </span>
              </span>
              <span className="hit-group__title" lang={hit.language ?? undefined}>
                {hit.title || 'Untitled'}
              </span>
              <span className="hit__text" lang={hit.language ?? undefined}>
                {excerpt(hit.text)}
              </span>
              <span className="cross-language__reason">Shared {hit.reason}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
