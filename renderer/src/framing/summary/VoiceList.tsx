import type { ArticleFramingSummary } from '../../../../shared/api/framing-report-methods.ts';
import { speakerSideColour } from '../../../../shared/framing-report/labels.ts';
import { plural } from '../../ui/format.ts';

/** Speakers quoted by one article, most words first, each with their side and words. */
export function VoiceList({ summary }: { summary: ArticleFramingSummary }) {
  if (summary.voices.length === 0) return <p className="fs-empty">No named speakers</p>;
  return (
    <>
      <ul className="fs-voices" aria-label="Voices quoted">
        {summary.voices.map((voice) => (
          <li
            key={voice.speaker}
            title={`${plural(voice.direct, 'direct quote')}, ${plural(voice.reported, 'reported statement')}`}
          >
            <span className="fs-voices__who" lang={summary.language ?? undefined}>
              {voice.speaker}
            </span>
            <span className="fs-side" style={{ background: speakerSideColour(voice.side) }}>
              {voice.sideLabel}
            </span>
            <span className="fs-voices__words tabular muted">{voice.words} w</span>
          </li>
        ))}
      </ul>
      {summary.unattributedQuotes > 0 ? (
        <p className="fs-note">{plural(summary.unattributedQuotes, 'quote')} without a speaker</p>
      ) : null}
    </>
  );
}
