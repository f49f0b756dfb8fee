/**
 * Re-anchoring after an edit, as `articles.editText` and a re-import run it: 200 coded passages on
 * a ~20,000-character English article (paragraphs from the search benchmark's generated corpus:
 * news-register sentences with a small, skewed vocabulary), each passage inside one paragraph.
 * Edits: 20 local insertions, a sentence added to every 5th paragraph, the paragraphs reversed
 * (every passage still there verbatim, moved), and a worst case, the text replaced by unrelated
 * text (every passage searched for and orphaned). Median of the runs, each on a fresh body so
 * that preparing the text is part of the time; anchored and orphaned counts.
 */
import { reanchorAll } from '../../shared/annotations/anchor.ts';
import type { AnchorResult, AnchorTarget } from '../../shared/annotations/anchor.ts';
import { describeSpan } from '../../shared/annotations/selectors.ts';
import { prng } from '../support/generate-corpus.ts';
import { createCorpusGenerator } from '../support/search-corpus.ts';

/** English paragraphs from the generated corpus, about `length` characters in all. */
function paragraphs(seed: number, length: number): string[] {
  const generator = createCorpusGenerator(seed);
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i += 1) {
    const article = generator.next(i);
    if (article.language !== 'en') continue;
    for (const paragraph of article.paragraphs) {
      if (total >= length) break;
      out.push(paragraph);
      total += paragraph.length + 2;
    }
  }
  return out;
}

/** `count` passages of 3–20 words, spread through the paragraphs, none across a paragraph break. */
function passages(paras: string[], count: number): AnchorTarget[] {
  const random = prng(5);
  const body = paras.join('\n\n');
  const targets: AnchorTarget[] = [];
  let paragraphStart = 0;
  const starts = paras.map((p) => {
    const at = paragraphStart;
    paragraphStart += p.length + 2;
    return at;
  });
  for (let i = 0; i < count; i += 1) {
    const index = Math.floor((i / count) * paras.length);
    const text = paras[index] ?? '';
    const words = [...text.matchAll(/\S+/g)];
    const first = Math.floor(random() * Math.max(1, words.length - 3));
    const last = Math.min(words.length - 1, first + 2 + Math.floor(random() * 18));
    const from = (starts[index] ?? 0) + (words[first]?.index ?? 0);
    const lastWord = words[last];
    const to = (starts[index] ?? 0) + (lastWord?.index ?? 0) + (lastWord?.[0].length ?? 0);
    targets.push(describeSpan(body, from, to));
  }
  return targets;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export function benchReanchor(runs = 7): void {
  const paras = paragraphs(7, 20_000);
  const oldBody = paras.join('\n\n');
  const targets = passages(paras, 200);
  const random = prng(9);
  let local = oldBody;
  for (let i = 0; i < 20; i += 1) {
    const at = local.indexOf(' ', Math.floor(random() * local.length));
    if (at > 0) local = `${local.slice(0, at)} newly added${local.slice(at)}`;
  }
  const edits: [string, string][] = [
    ['20 local insertions', local],
    [
      'a sentence added to every 5th paragraph',
      paras
        .map((p, i) => (i % 5 === 4 ? `${p} The editor added this sentence later.` : p))
        .join('\n\n'),
    ],
    ['paragraphs reversed', [...paras].reverse().join('\n\n')],
    ['unrelated text (worst case)', paragraphs(8, 20_000).join('\n\n')],
  ];
  console.log(
    `${targets.length} passages on a ${oldBody.length}-character article of ${paras.length} paragraphs; median of ${runs} runs`,
  );
  for (const [name, newBody] of edits) {
    const times: number[] = [];
    let results: AnchorResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      const fresh = newBody + ' '.repeat(run);
      const start = performance.now();
      results = reanchorAll(oldBody, fresh, targets);
      times.push(performance.now() - start);
    }
    const anchored = results.filter((r) => r.status === 'anchored').length;
    console.log(
      `${name}: ${median(times).toFixed(1)} ms, ${anchored} anchored, ${results.length - anchored} orphaned`,
    );
  }
}
