/** Two offset columns: the same event, seen from two places. */
export function Logo() {
  return (
    <svg className="logo" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <rect x="2" y="3" width="8" height="16" rx="2" fill="currentColor" opacity="0.45" />
      <rect x="12" y="3" width="8" height="16" rx="2" fill="currentColor" />
    </svg>
  );
}
