/** The annotations panel: every coded passage, filterable, with its codebooks and coders. */
interface AnnotationsViewProps {
  onOpenArticle: (articleId: string) => void;
}

export function AnnotationsView(_props: AnnotationsViewProps) {
  return (
    <section className="view" aria-label="Annotations">
      <h1>Annotations</h1>
    </section>
  );
}
