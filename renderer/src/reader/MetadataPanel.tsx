import { useState, type ReactNode } from 'react';
import type { ArticleRecord } from '../../../shared/api/schemas.ts';
import { formatConfidence, formatPublished, languageName } from '../ui/format.ts';
import { EditedBadge } from './EditedBadge.tsx';
import { MetadataEditor } from './MetadataEditor.tsx';

interface MetadataPanelProps {
  article: ArticleRecord;
  onSaved: (record: ArticleRecord) => void;
}

/** The article's metadata with what the user changed marked; Edit turns it into a form. */
export function MetadataPanel({ article, onSaved }: MetadataPanelProps) {
  const [isEditing, setIsEditing] = useState(false);
  const edited = new Set(article.editedFields);
  const handleSaved = (record: ArticleRecord) => {
    setIsEditing(false);
    onSaved(record);
  };

  return (
    <section className="side-panel" aria-label="Metadata">
      <div className="side-panel__header">
        <h2 className="side-panel__title">Metadata</h2>
        {isEditing ? null : (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setIsEditing(true)}
          >
            Edit
          </button>
        )}
      </div>
      {isEditing ? (
        <MetadataEditor
          article={article}
          onSaved={handleSaved}
          onCancel={() => setIsEditing(false)}
        />
      ) : (
        <dl className="facts">
          <Fact label="Title" isEdited={edited.has('title')}>
            {article.title}
          </Fact>
          <Fact label="Outlet" isEdited={edited.has('outlet')}>
            {article.outlet ?? <span className="muted">Unknown</span>}
          </Fact>
          <Fact label="Language" isEdited={edited.has('language')}>
            {languageName(article.language)}
            {article.language ? <span className="muted"> ({article.language})</span> : null}
          </Fact>
          <Fact label="Published" isEdited={edited.has('published')}>
            {formatPublished(article.published)}
            {article.publishedSource ? (
              <span className="fact__note">
                from “{article.publishedSource}”, confidence{' '}
                {formatConfidence(article.publishedConfidence)}
              </span>
            ) : null}
          </Fact>
          <Fact label="Source file">{article.file ?? <span className="muted">—</span>}</Fact>
          <Fact label="Format">
            {article.format} · {article.encoding}
          </Fact>
        </dl>
      )}
    </section>
  );
}

function Fact({
  label,
  isEdited = false,
  children,
}: {
  label: string;
  isEdited?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="fact">
      <dt className="fact__label">
        {label}
        {isEdited ? <EditedBadge /> : null}
      </dt>
      <dd className="fact__value">{children}</dd>
    </div>
  );
}
