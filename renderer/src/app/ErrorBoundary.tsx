import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Last line of defence: a rendering bug shows a message and a way back, never a blank window. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Parallax UI error', error, info.componentStack);
  }

  private handleReload = () => {
    window.location.hash = '#/library';
    window.location.reload();
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>Something went wrong in this view.</h1>
        <p className="fatal__message">{this.state.error.message}</p>
        <button type="button" className="button button--primary" onClick={this.handleReload}>
          Reload Parallax
        </button>
      </div>
    );
  }
}
