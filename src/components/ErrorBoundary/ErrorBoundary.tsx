import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useExplorer } from '../../store';

interface Props {
  /** Names the view in the message, e.g. "Timeline". */
  view: { zh: string; en: string };
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps one failing view from blanking the page: the other views keep working
 * and this one says what went wrong, with a way to try again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.view.en} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ViewError view={this.props.view} message={error.message} onRetry={() => this.setState({ error: null })} />;
  }
}

function ViewError({ view, message, onRetry }: { view: Props['view']; message: string; onRetry: () => void }) {
  const lang = useExplorer((state) => state.display.lang);
  return (
    <div className="panel empty-state" role="alert" data-testid="view-error">
      <p>{lang === 'zh' ? `“${view.zh}”视图出错：${message}` : `The ${view.en} view failed: ${message}`}</p>
      <button type="button" className="button" onClick={onRetry}>
        {lang === 'zh' ? '重试' : 'Try again'}
      </button>
    </div>
  );
}
