/**
 * Framing analysis of a 6-article story (the alignment benchmark's story: about 1,000 words each,
 * English and Russian): lexicon cues, quotes and voices, frame profile per article, as the
 * backend's framing.analyze runs them. The first run includes loading and compiling the lexicons.
 */
import {
  articleVoices,
  defaultLexicons,
  detectCues,
  frameProfile,
} from '../../shared/framing/index.ts';
import { buildStory } from './align.bench.ts';

export function benchFraming(runs = 7): void {
  const story = buildStory();
  const analyse = () => {
    let cues = 0;
    for (const article of story) {
      const texts = article.passages.map((p) => p.text);
      const body = texts.join('\n\n');
      cues += detectCues(body, article.language, defaultLexicons()).length;
      cues += articleVoices(body, article.language, { lexicons: defaultLexicons() }).quotes.length;
      frameProfile(texts, article.language, defaultLexicons());
    }
    return cues;
  };
  let start = performance.now();
  const cues = analyse();
  console.log(
    `first story (lexicons loaded and compiled): ${(performance.now() - start).toFixed(1)} ms`,
  );
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    start = performance.now();
    analyse();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `6-article story: median ${median.toFixed(1)} ms, min ${(times[0] ?? 0).toFixed(1)} ms over ${runs} runs; ${cues} cues and quotes (target < 200 ms)`,
  );
}
