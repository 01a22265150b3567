import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

function Crash() {
  const { t } = useTranslation('app');
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      }
    >
      <AlertTitle>{t('crashTitle')}</AlertTitle>
      {t('crashText')}
    </Alert>
  );
}

/** Shows a way out instead of a blank page when rendering fails. The error text is not shown: it could hold data. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The name and component stack help a developer; messages may carry user data, so they stay out.
    console.error('Segment Editor crashed:', error instanceof Error ? error.name : typeof error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <Crash /> : this.props.children;
  }
}
