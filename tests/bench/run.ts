/**
 * `npm run bench [-- <name>]`: runs the benchmarks and prints their figures. Benchmarks are not
 * timed tests: they measure, they do not pass or fail on speed.
 */
import { benchImport } from './import.bench.ts';
import { benchSearch } from './search.bench.ts';
import { benchAlign } from './align.bench.ts';
import { benchStories } from './stories.bench.ts';
import { benchFraming, benchFramingBackend } from './framing.bench.ts';
import { benchFramingSummary } from './framing-summary.bench.ts';
import { benchCompareRender } from './compare-render.bench.ts';
import { benchLexiconToggle } from './lexicon-toggle.bench.ts';
import { benchReanchor } from './reanchor.bench.ts';

const benches: Record<string, () => Promise<void> | void> = {
  import: benchImport,
  search: benchSearch,
  align: benchAlign,
  stories: benchStories,
  framing: async () => {
    benchFraming();
    await benchFramingBackend();
  },
  'framing-summary': benchFramingSummary,
  'compare-render': benchCompareRender,
  'lexicon-toggle': benchLexiconToggle,
  reanchor: benchReanchor,
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  const bench = benches[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n# ${name}`);
  await bench();
}
