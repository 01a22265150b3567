import { Suspense, use, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { loadXmlWriter } from '../segment';
import { ErrorBoundary } from '../ui/error-boundary';
import { afterFirstIdle } from '../ui/idle';
import type * as PreviewModule from './preview-content';
import type { PreviewContentProps } from './preview-content';
import { retryableImport } from '../ui/retry-import';

export type PreviewPaneProps = PreviewContentProps;

/*
 * The preview (serializing, highlighting, the virtual list, the summary) is a chunk of its own, off
 * the path to an editable segment: it is asked for once the first screen is painted (boot.tsx),
 * and drawn once that screen is idle: the rules never wait for it. A chunk that fails to load (a
 * dropped connection) says so with a Retry, and the edits are untouched.
 */
let loading: Promise<typeof PreviewModule> | undefined;
const loadPreview = retryableImport(
  () => import('./preview-content'),
  (module) => module,
);

/** Starts loading the preview's chunk (once; again after a failure). */
export function preloadPreview(): Promise<typeof PreviewModule> {
  // The XML writer comes with it: the preview and the cURL command write XML synchronously.
  loading ??= Promise.all([loadPreview(), loadXmlWriter()]).then(
    ([module]) => module,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function Placeholder({ height }: { height: number }) {
  const { t } = useTranslation('preview');
  return (
    <Box
      role="status"
      aria-label={t('loadingPreview')}
      sx={{
        minHeight: Math.max(200, height - 100) + 100,
        borderRadius: 1,
        bgcolor: 'action.hover',
      }}
    />
  );
}

function LoadFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation('preview');
  const { t: tc } = useTranslation('common');
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={retry}>
          {tc('retry')}
        </Button>
      }
    >
      {t('previewLoadFailed')}
    </Alert>
  );
}

function Loaded({
  module,
  ...props
}: PreviewPaneProps & { module: Promise<typeof PreviewModule> }) {
  const { PreviewContent } = use(module);
  return <PreviewContent {...props} />;
}

/** The live preview of the request, loaded on its own (see above). */
export function PreviewPane(props: PreviewPaneProps) {
  // A failed load is asked for again on Retry (preloadPreview forgets a failure). The chunk
  // is asked for after the first paint (boot.tsx), and drawn once the first screen is idle.
  const [module, setModule] = useState(() => afterFirstIdle().then(preloadPreview));
  return (
    <ErrorBoundary
      fallback={(retry) => (
        <LoadFailed
          retry={() => {
            retry();
            setModule(preloadPreview());
          }}
        />
      )}
    >
      <Suspense fallback={<Placeholder height={props.height} />}>
        <Loaded module={module} {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
