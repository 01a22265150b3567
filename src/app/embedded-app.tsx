import { useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { fetchAppConfig } from '../api';
import { useEmbedBridge, type InitMessage, type SegmentErrorCode } from '../embed';
import { setLanguage } from '../i18n';
import { withoutToken } from '../segment';
import { App } from './app';
import type { AppConfig } from './config';
import { DocumentSession, type SaveStatus } from './document';

export interface EmbeddedAppProps {
  config: AppConfig;
  configProblems: readonly string[];
}

/** How long the editor waits for the host's `init` before it starts from its URL alone. */
const INIT_WAIT_MS = 4000;

/** The page's configuration with what the host's `init` says on top. */
function withInit(config: AppConfig, init: InitMessage | null): AppConfig {
  if (!init) return config;
  return {
    ...config,
    segment: init.request ? undefined : (init.segmentId ?? config.segment),
    apiBase: init.apiBase ?? config.apiBase,
    format: init.format ?? config.format,
    lang: init.lang ?? config.lang,
    theme: init.theme ?? config.theme,
    readonly: init.readonly ?? config.readonly,
  };
}

/**
 * The editor inside an admin portal's iframe (`?embed=1`): speaks the protocol of DESIGN.md through
 * the embed bridge, with the allowed parent origins from the server's configuration. It starts on
 * the host's `init` (token in memory, segment or request, format, language, theme, read-only), or
 * from its URL when no `init` comes; it reports changes, saves, errors and its height.
 */
export function EmbeddedApp({ config, configProblems }: EmbeddedAppProps) {
  const { t } = useTranslation('app');
  const [origins, setOrigins] = useState<readonly string[] | null>(null);
  const [init, setInit] = useState<{ message: InitMessage | null; count: number } | null>(null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const lastStatus = useRef<string>('idle');
  // One document per `init`: a new `init` starts the editor afresh.
  const documentSession = useMemo(() => (init ? new DocumentSession() : null), [init]);

  useEffect(() => {
    let live = true;
    void fetchAppConfig().then((server) => {
      if (live) setOrigins(server?.allowedOrigins ?? []);
    });
    const fallback = setTimeout(
      () => setInit((current) => current ?? { message: null, count: 0 }),
      INIT_WAIT_MS,
    );
    return () => {
      live = false;
      clearTimeout(fallback);
    };
  }, []);

  const { post } = useEmbedBridge({
    enabled: origins !== null && origins.length > 0,
    parentOrigins: origins ?? [],
    onInit: (message) => {
      if (message.lang) void setLanguage(message.lang);
      setInit((current) => ({ message, count: (current?.count ?? 0) + 1 }));
    },
    onSave: () => documentSession?.save(),
    onSet: (request) => documentSession?.replace(request),
    heightElement: root,
  });

  useEffect(() => {
    if (!documentSession) return undefined;
    const error = (message: string, code: SegmentErrorCode) =>
      post({ type: 'segment-editor:error', message, code });
    const report = (status: SaveStatus) => {
      if (status.kind === lastStatus.current) return;
      lastStatus.current = status.kind;
      // An add whose answer was lost but whose segment was found did save: the host hears `saved`.
      if (status.kind === 'saved' || status.kind === 'found')
        post({ type: 'segment-editor:saved', savedId: status.id });
      else if (status.kind === 'failed') error(status.message, 'save-failed');
      else if (status.kind === 'not-created')
        error(
          t(status.checked ? 'notCreated' : 'notCreatedUnchecked', { message: status.message }),
          status.checked ? 'not-created' : 'save-failed',
        );
      else if (status.kind === 'refused')
        error(t('saveRefused', { count: status.count }), 'invalid');
      else if (status.kind === 'asking')
        error(
          t(
            status.reason === 'conflict'
              ? 'conflictTitle'
              : status.reason === 'missing'
                ? 'missingTitle'
                : 'overwriteTitle',
            { id: status.id },
          ),
          status.reason === 'conflict' ? 'conflict' : 'needs-confirmation',
        );
    };
    let status: SaveStatus | undefined;
    let loadError: string | undefined;
    const check = () => {
      const snapshot = documentSession.getSnapshot();
      if (snapshot.status !== status) report((status = snapshot.status));
      if (snapshot.loadError !== loadError) {
        loadError = snapshot.loadError;
        if (loadError) error(loadError, 'load-failed');
      }
    };
    const stop = documentSession.subscribe(check);
    check();
    const stopChanges = documentSession.subscribeChanges(({ request, valid, dirty }) => {
      post({ type: 'segment-editor:change', request: withoutToken(request), valid, dirty });
    });
    return () => {
      stop();
      stopChanges();
    };
  }, [documentSession, post, t]);

  const effective = withInit(config, init?.message ?? null);
  return (
    <div ref={setRoot}>
      {init ? (
        <App
          key={init.count}
          config={effective}
          configProblems={configProblems}
          initialRequest={init.message?.request}
          initialToken={init.message?.token}
          session={init.message?.session}
          documentSession={documentSession ?? undefined}
        />
      ) : (
        <Box
          role="status"
          sx={{ display: 'flex', gap: 1.5, alignItems: 'center', justifyContent: 'center', py: 6 }}
        >
          <CircularProgress size={24} aria-hidden />
          <Typography>{t('waitingForHost')}</Typography>
        </Box>
      )}
    </div>
  );
}
