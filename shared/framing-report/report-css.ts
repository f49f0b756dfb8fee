/** The report's one stylesheet, inlined into the HTML file: screen and print (A4 landscape). */
export const reportCss = `
:root {
  --text: #1b1f27; --text-2: #4d5563; --muted: #737b8a; --border: #dde1e7; --border-strong: #c5cbd4;
  --sunken: #f3f5f8; --accent: #3552c9;
  --cue-contested: #b45309; --cue-contested-soft: rgba(217, 119, 6, 0.16);
  --cue-loaded: #c2410c; --cue-hedge: #2563eb; --cue-reporting: #0f766e; --cue-source: #7c3aed;
  --cue-quote: #6b7280; --cue-quote-soft: rgba(107, 114, 128, 0.45); --cue-metaphor: #15803d;
  --cue-contradiction: #be123c; --cue-contradiction-soft: rgba(225, 29, 72, 0.12); --cue-frame: #475569;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 32px 40px 48px; max-width: 1480px; background: #fff; color: var(--text);
  font: 13px/1.45 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif;
  font-variant-numeric: tabular-nums;
}
h1 { margin: 2px 0 6px; font-size: 24px; line-height: 1.25; font-weight: 650; }
h2 {
  margin: 30px 0 10px; padding-bottom: 5px; border-bottom: 2px solid var(--text);
  font-size: 15px; font-weight: 650; letter-spacing: 0.01em; break-after: avoid;
}
h2 .hint { font-weight: 400; font-size: 12px; color: var(--muted); margin-left: 8px; letter-spacing: 0; }
p { margin: 0; }
.eyebrow { font-size: 11px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
.meta { color: var(--text-2); font-size: 12px; }
.meta span + span::before { content: '·'; margin: 0 7px; color: var(--muted); }
.note { margin-top: 8px; color: var(--muted); font-size: 11.5px; max-width: 110ch; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--border); }
thead th {
  font-size: 11px; font-weight: 600; color: var(--text-2); background: var(--sunken);
  border-bottom: 1px solid var(--border-strong);
}
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
.row-head { font-weight: 600; color: var(--text-2); font-size: 12px; }
.summary, .terms, .frames { table-layout: fixed; }
.summary col.head, .terms col.head, .frames col.head { width: 168px; }
.row-head small { display: block; font-weight: 400; color: var(--muted); font-size: 10.5px; }
.outlet { font-weight: 650; font-size: 12.5px; color: var(--text); }
.outlet-title { display: block; font-weight: 400; color: var(--text-2); font-size: 11px; line-height: 1.3; margin-top: 2px; }
.lang { display: inline-block; margin-left: 5px; padding: 0 4px; border: 1px solid var(--border-strong); border-radius: 3px; font-size: 9.5px; font-weight: 600; color: var(--muted); text-transform: uppercase; vertical-align: 1px; }
.empty { color: var(--muted); }
.figure { font-size: 15px; font-weight: 600; }
.figure small { font-size: 11px; font-weight: 400; color: var(--muted); margin-left: 4px; }
.articles td.title { width: 40%; }
.articles a { color: var(--accent); word-break: break-all; }
.url { font-size: 11px; color: var(--text-2); word-break: break-all; }
/* Quoted words by side: a stacked bar and its key. */
.share-bar { display: flex; height: 10px; border-radius: 3px; overflow: hidden; background: var(--sunken); margin: 2px 0 5px; min-width: 120px; }
.share-bar span { display: block; height: 100%; }
.share-key { list-style: none; margin: 0; padding: 0; font-size: 11px; }
.share-key li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 5px; }
.share-key .dot { flex: none; width: 8px; height: 8px; border-radius: 2px; align-self: center; }
.share-key .label { flex: 1 1 auto; min-width: 0; }
.share-key .pct { font-weight: 600; margin-left: auto; }
.share-key .words { color: var(--muted); text-align: right; min-width: 34px; }
.voices { list-style: none; margin: 0; padding: 0; font-size: 11.5px; }
.voices li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 5px; padding: 1px 0; }
.voices .who { flex: 1 1 auto; min-width: 0; }
.voices .side { flex: none; font-size: 10px; padding: 0 5px; border-radius: 8px; color: #fff; white-space: nowrap; }
.voices .w { flex: none; margin-left: auto; color: var(--muted); white-space: nowrap; text-align: right; min-width: 30px; }
thead .outlet { overflow-wrap: anywhere; }
/* Contested terms */
.term { display: inline-block; margin: 0 4px 3px 0; padding: 1px 6px; border-radius: 3px; background: var(--cue-contested-soft); border-bottom: 2px solid var(--cue-contested); font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif; font-size: 12.5px; }
.term .count { font-family: inherit; font-size: 10px; color: var(--muted); margin-left: 3px; }
.term-side { display: block; font-size: 10px; color: var(--muted); margin: -1px 0 5px; }
/* Frame profile */
.frames td, .frames tbody th { padding-top: 2px; padding-bottom: 2px; border-bottom-color: #eef0f3; }
.frames .row-head { font-weight: 500; font-size: 11.5px; color: var(--text); }
.bar { display: flex; align-items: center; gap: 6px; font-size: 10.5px; color: var(--text-2); }
.bar .track { flex: 1; height: 8px; background: var(--sunken); border-radius: 2px; min-width: 60px; }
.bar .fill { display: block; height: 100%; background: var(--cue-frame); border-radius: 2px; }
.bar.lead .fill { background: var(--accent); }
.bar.lead { font-weight: 600; color: var(--text); }
.bar .v { width: 30px; text-align: right; }
/* Contradictions */
.contradictions { list-style: none; margin: 0; padding: 0; }
.contradictions > li { border: 1px solid var(--border); border-left: 3px solid var(--cue-contradiction); border-radius: 4px; padding: 8px 12px; margin-bottom: 8px; break-inside: avoid; }
.kind { display: inline-block; font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; background: var(--cue-contradiction); border-radius: 3px; padding: 0 5px; margin-right: 6px; }
.why { font-size: 12px; color: var(--text-2); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-top: 6px; }
.pair .src { font-size: 11px; font-weight: 600; color: var(--text-2); margin-bottom: 2px; }
.reading { font-family: Georgia, 'Noto Serif', 'PT Serif', 'DejaVu Serif', serif; font-size: 12.5px; line-height: 1.5; }
.hit { background: var(--cue-contradiction-soft); border-bottom: 2px solid var(--cue-contradiction); }
/* Annotations */
.codes { display: flex; flex-wrap: wrap; gap: 3px; }
.code { font-size: 10.5px; padding: 0 6px; border-radius: 8px; border: 1px solid; white-space: nowrap; }
.annot { border-bottom: 2px solid; padding: 0 1px; }
.annot-ref { font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 9px; font-weight: 700; vertical-align: super; margin-left: 1px; text-decoration: none; color: var(--text-2); }
/* Legend and the aligned comparison */
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0 0 10px; padding: 7px 10px; background: var(--sunken); border-radius: 4px; font-size: 11.5px; }
.legend b { margin-right: 2px; color: var(--text-2); }
.legend .swatch { font-family: Georgia, 'DejaVu Serif', serif; padding: 0 2px; margin-right: 4px; }
.aligned { table-layout: fixed; }
.aligned th.n, .aligned td.n { width: 34px; color: var(--muted); font-size: 10.5px; text-align: right; padding-right: 6px; }
.aligned td { border-left: 1px solid var(--border); }
.aligned td.n { border-left: none; }
.aligned .pivot { background: #f7f8fc; }
.aligned .only td:not(.n):not(.gap) { background: #fffbf0; }
.gap { color: #b3b9c3; text-align: center; vertical-align: middle; }
.passage + .passage { margin-top: 6px; }
.frame-tag { display: inline-block; font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 9.5px; line-height: 1.5; padding: 0 6px; margin-bottom: 2px; border: 1px solid var(--border-strong); border-radius: 8px; color: var(--cue-frame); background: #fff; }
.cue--contested-term { background: var(--cue-contested-soft); text-decoration: underline solid var(--cue-contested) 2px; text-underline-offset: 0.2em; }
.cue--loaded { text-decoration: underline wavy var(--cue-loaded) 1.5px; text-underline-offset: 0.2em; }
.cue--hedge { text-decoration: underline dotted var(--cue-hedge) 2.5px; text-underline-offset: 0.2em; }
.cue--reporting-verb { text-decoration: underline dashed var(--cue-reporting) 1.5px; text-underline-offset: 0.2em; }
.cue--source { text-decoration: underline double var(--cue-source) 1.5px; text-underline-offset: 0.2em; }
.cue--metaphor { text-decoration: overline dotted var(--cue-metaphor) 2px; }
.cue--quote { box-shadow: inset 0 -1px 0 var(--cue-quote-soft); }
.cue--quote.first { border-left: 2px solid var(--cue-quote); padding-left: 2px; }
.cue--contradiction { background: var(--cue-contradiction-soft); }
.cue--contradiction.first::before { content: '≠'; font-family: 'DejaVu Sans', sans-serif; font-size: 0.72em; font-weight: 700; color: #fff; background: var(--cue-contradiction); border-radius: 3px; padding: 0 3px; margin-right: 3px; vertical-align: 0.12em; }
.legend .cue--frame { font-family: 'DejaVu Sans', sans-serif; font-size: 10px; border: 1px solid var(--border-strong); border-radius: 8px; color: var(--cue-frame); padding: 0 5px; }
.lexicons { margin: 0; padding-left: 18px; font-size: 11.5px; color: var(--text-2); }
.lexicons li { margin: 2px 0; }
footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid var(--border); font-size: 11px; color: var(--muted); }
@page { size: A4 landscape; margin: 12mm 11mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 10.5px; }
  h1 { font-size: 20px; }
  h2 { margin-top: 20px; }
  .reading { font-size: 10.5px; }
  .aligned td, .aligned th { padding: 4px 5px; }
  section.comparison { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;
