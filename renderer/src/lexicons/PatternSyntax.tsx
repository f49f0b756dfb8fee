/** A short reminder of how lexicon patterns match (see shared/framing/lexicon-schema.ts). */
export function PatternSyntax() {
  return (
    <details className="lexicon-syntax">
      <summary>Pattern syntax</summary>
      <ul>
        <li>
          Words separated by spaces match whole words in that order: <code>so-called</code>,{' '}
          <code>according to</code>.
        </li>
        <li>
          Case, <code>ё</code>/<code>е</code>, curly quotes, dashes and no-break spaces are ignored.
        </li>
        <li>
          <code>a|b</code> inside a word gives alternatives: <code>claim|claims|claimed</code>.
        </li>
        <li>
          A final <code>*</code> matches any ending, after at least 3 letters: <code>заяви*</code>{' '}
          matches заявил, заявила, заявили.
        </li>
        <li>
          Punctuation splits words as it does in the text: <code>people&apos;s</code> is{' '}
          <code>people</code> + <code>s</code>.
        </li>
        <li>Several patterns (one per line) are all forms of the same entry.</li>
      </ul>
    </details>
  );
}
