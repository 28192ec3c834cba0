import { Component, type ReactNode } from 'react';

import { RouteErrorPage } from './pages/route-error-page';

interface Props {
  /** Changing it (the current path) clears the error, so navigating away recovers. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

/**
 * Catches a page that fails to render and shows the error page inside the layout, so the header and the
 * language switch stay usable. (The app uses react-router's declarative mode, which has no errorElement.)
 */
export class RouteErrorBoundary extends Component<Props, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: '' };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
    this.setState({ failedAt: this.props.resetKey });
  }

  override render(): ReactNode {
    const { failedAt } = this.state;
    if (failedAt !== null && (failedAt === '' || failedAt === this.props.resetKey)) return <RouteErrorPage />;
    return this.props.children;
  }
}
