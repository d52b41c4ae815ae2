import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the heading: "The workbench", "This pane". */
  name: string;
  /** Goes back to a screen that works (the overview); the boundary then tries again. */
  onBack?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A view that fails shows what happened and a way back, instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private back = (): void => {
    this.props.onBack?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="error-screen" role="alert" aria-label="Something went wrong">
        <h2>{this.props.name} ran into a problem</h2>
        <p>{error.message || 'An unexpected error occurred.'}</p>
        <p className="muted">Your stored work is safe: every change is saved as you make it.</p>
        <div className="form-actions">
          {this.props.onBack ? (
            <button type="button" className="button primary" onClick={this.back}>
              Back to the overview
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}
