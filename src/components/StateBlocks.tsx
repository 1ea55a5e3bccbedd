import { isValidElement, type ReactNode } from 'react';

/** The loading line a data component shows while it has nothing to list yet. */
export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <p role="status" data-slot="loading">
      {children}
    </p>
  );
}

/** Props of `ErrorState`. */
export interface ErrorStateProps {
  /** Why the data could not be loaded. */
  children: ReactNode;
  /** Offered after the reason when given. @default none */
  onRetry?: () => void;
  /** The retry button's label. @default none */
  retryLabel?: ReactNode;
}

/** The alert a data component shows instead of its content when loading failed. */
export function ErrorState({ children, onRetry, retryLabel }: ErrorStateProps) {
  return (
    <div role="alert" data-slot="error">
      {children}
      {onRetry && (
        <button type="button" className="fl-button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

/** The block a data component shows when there is nothing to list. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div data-slot="empty">{children}</div>;
}

/** What an `error` prop says: an Error's message, a string, or an element as given; else nothing. */
export function errorReason(error: unknown): ReactNode {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return isValidElement(error) ? error : null;
}
