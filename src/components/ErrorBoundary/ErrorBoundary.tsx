import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useExplorer } from '../../store';

interface Props {
  /** Names the view in the message, e.g. "Timeline". */
  view: { zh: string; en: string };
  /** Clears whatever made the view fail (e.g. a cached file) before it is drawn again. */
  onRetry?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped on Retry so the view is mounted afresh, not resumed with stale state. */
  attempt: number;
}

/**
 * Keeps one failing view from blanking the page: the other views keep working
 * and this one says what went wrong, with a way to try again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.view.en} failed`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return <ViewError view={this.props.view} message={error.message} onRetry={this.retry} />;
  }
}

function ViewError({ view, message, onRetry }: { view: Props['view']; message: string; onRetry: () => void }) {
  const lang = useExplorer((state) => state.display.lang);
  return (
    <div className="view-error empty-state" role="alert" data-testid="view-error">
      <p>{lang === 'zh' ? `“${view.zh}”视图出错：${message}` : `The ${view.en} view failed: ${message}`}</p>
      <button type="button" className="button" onClick={onRetry}>
        {lang === 'zh' ? '重试' : 'Retry'}
      </button>
    </div>
  );
}
