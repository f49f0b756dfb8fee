import { errorMessage } from '../api/api-client.ts';

interface ErrorNoticeProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failed call, said plainly with the backend's own message; never a blank screen. */
export function ErrorNotice({ title, error, onRetry }: ErrorNoticeProps) {
  return (
    <div className="notice notice--error" role="alert">
      <div>
        <p className="notice__title">{title}</p>
        <p className="notice__message">{errorMessage(error)}</p>
      </div>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
