import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of `SectionBoundary`. */
export interface SectionBoundaryProps {
  /** Name of the section, shown when it fails, such as "Stack trace". */
  section: string;
  /** The part of the data the section shows, printed as JSON when it fails. */
  data?: unknown;
  /** Called when the section throws, for the host's error reporting. */
  onError?: (error: Error, info: ErrorInfo) => void;
  /** A value that, when it changes, clears a caught error and renders the section again (such as the event). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

const MAX_JSON = 200_000;

function safeJson(data: unknown): string {
  try {
    const text = JSON.stringify(data, null, 2) ?? String(data);
    return text.length > MAX_JSON ? `${text.slice(0, MAX_JSON)}\n… (${(text.length - MAX_JSON).toLocaleString()} more characters)` : text;
  } catch (error) {
    return `(cannot be shown as JSON: ${(error as Error).message})`;
  }
}

/**
 * An error boundary for one section of a page: when the section throws, it says what failed
 * and shows that section's raw data, while the other sections keep rendering.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(previous: SectionBoundaryProps) {
    // New data may render fine: a page that shows another event must not keep the old failure.
    if (this.state.error && !Object.is(previous.resetKey, this.props.resetKey)) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="fl fl-section-error" role="alert">
        <p>
          <strong>{this.props.section}</strong> could not be shown: {error.message || String(error)}
        </p>
        {this.props.data !== undefined && (
          <details>
            <summary>Raw data of this section</summary>
            <pre>{safeJson(this.props.data)}</pre>
          </details>
        )}
      </div>
    );
  }
}
