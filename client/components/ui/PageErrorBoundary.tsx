import { Component, type ReactNode } from 'react';
import { useT } from '../../hooks/use-prefs';

function PageFailed() {
  const { t } = useT();
  return (
    <div className="state state-error" role="alert">
      <p>{t('state.pageFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('state.reload')}
      </button>
    </div>
  );
}

type Props = { children: ReactNode; /** The address: moving to another page starts over. */ resetKey: string };

/**
 * A page that fails to render — most often its chunk missing after a new version was deployed
 * while the tab stayed open — shows a message and a reload button in the layout, instead of
 * leaving the screen blank.
 */
export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
