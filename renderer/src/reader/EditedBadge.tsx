/** Marks a metadata field the user changed by hand; detection will not overwrite it. */
export function EditedBadge() {
  return (
    <span
      className="badge badge--edited"
      title="You changed this field; re-detection keeps your value"
    >
      edited by you
    </span>
  );
}
