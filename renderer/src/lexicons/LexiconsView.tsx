/** The lexicon editor: the framing lexicons in force, with the user's additions and edits. */
export function LexiconsView() {
  return (
    <section className="view" aria-label="Lexicons">
      <h1>Lexicons</h1>
    </section>
  );
}
