import { useLayoutEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { databasesQueryOptions, useApiClient, useApiErrorMessage, useSegment } from '../api';
import { createRequest, requestFromInfo, type SegmentRequest } from '../segment';
import { AppHeader } from './app-header';
import type { AppConfig } from './config';
import { comparedVersion } from './conflict-diff';
import { DocumentSession, useDocument, type OpenedDocument } from './document';
import { draftKey } from './draft-store';
import { readLastDatabase } from './last-database';
import { EditorScreen } from './editor-screen';
import { TokenNotice } from './token-notice';

export interface SegmentDocumentProps {
  config: AppConfig;
  configProblems: readonly string[];
  /** Start on this request instead of loading `config.segment` or creating a new one. */
  initialRequest?: SegmentRequest | undefined;
  /** Embedded in a portal: the document's session, which the embedding layer listens to. */
  documentSession?: DocumentSession | undefined;
}

/**
 * A document this editor did not load: a new segment, or a request given by the portal. A given
 * request's ID is not the editor's own (it was neither loaded nor created here), so Save asks
 * before it overwrites that segment.
 */
function newDocument(request: SegmentRequest): OpenedDocument {
  const listId = request.list_id ?? 1;
  if (request.id !== undefined) {
    return {
      key: draftKey({ segmentId: request.id }),
      segmentId: undefined,
      request,
      kindSource: 'given',
      server: undefined,
    };
  }
  return {
    key: draftKey({ listId }),
    segmentId: undefined,
    request,
    kindSource: 'new',
    server: undefined,
  };
}

/**
 * The database of a new segment: `?list=`, else the one last saved on, else the first that
 * `databases/list` gives (waited for; database 1 when the list cannot be had).
 */
function useNewSegmentDatabase(config: AppConfig, wanted: boolean): number | undefined {
  const client = useApiClient();
  // Only for a new segment: the first read of localStorage can hold the page for some 20 ms.
  const [known] = useState(() => (wanted ? (config.list ?? readLastDatabase()) : undefined));
  const databases = useQuery({
    ...databasesQueryOptions(client),
    enabled: wanted && known === undefined,
  });
  if (known !== undefined) return known;
  if (databases.isSuccess) return databases.data.items[0]?.id ?? 1;
  return databases.isError ? 1 : undefined;
}

/**
 * The segment being edited: loaded by `?segment=ID` (with a loading state, and an error with Retry
 * that changes nothing), or new on `?list=ID`. A save that creates a segment switches to it: the
 * address becomes `?segment=<new id>` and the editor starts afresh on the saved request.
 */
export function SegmentDocument({
  config,
  configProblems,
  initialRequest,
  documentSession,
}: SegmentDocumentProps) {
  const { t } = useTranslation('app');
  const client = useApiClient();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const [session] = useState(() => documentSession ?? new DocumentSession());
  const { opened } = useDocument(session);
  const creating = !initialRequest && config.segment === undefined;
  const newDatabase = useNewSegmentDatabase(config, creating);
  const loading = opened === null && !initialRequest ? config.segment : undefined;
  const query = useSegment(loading);
  const built =
    query.data && loading !== undefined
      ? requestFromInfo(query.data, { listId: config.list })
      : undefined;
  // What to open, once: later refetches of the same segment (the check before a save) do not reach the editor.
  const ready: OpenedDocument | undefined =
    opened !== null
      ? undefined
      : initialRequest
        ? newDocument(initialRequest)
        : creating && newDatabase !== undefined
          ? newDocument(createRequest('dynamic', newDatabase))
          : loading !== undefined && query.data && built?.ok
            ? {
                key: draftKey({ segmentId: loading }),
                segmentId: loading,
                request: built.request,
                kindSource: built.kindSource,
                server: comparedVersion(query.data),
              }
            : undefined;
  // Layout effects: the document opens before the browser paints, so no loading screen flashes.
  useLayoutEffect(() => {
    if (ready) session.open(ready);
  });
  useLayoutEffect(
    () => session.connect({ client, queryClient, errorMessage }),
    [session, client, queryClient, errorMessage],
  );
  const loadError = query.isError ? errorMessage(query.error) : undefined;
  useLayoutEffect(() => session.loadFailed(loadError), [session, loadError]);

  // The document about to open is shown at once: the first render is the editor, not a loading
  // screen that the layout effect above would replace before the paint (rendered for nothing).
  const shown = opened ?? ready;
  if (shown)
    return (
      <EditorScreen
        key={shown.key}
        config={config}
        configProblems={configProblems}
        document={shown}
        session={session}
        embedded={documentSession !== undefined}
      />
    );
  const id = loading ?? 0;
  return (
    <>
      <AppHeader compact={config.embed} />
      <Box component="main" sx={{ px: { xs: 1.5, sm: 3 }, py: 3, maxWidth: 880, mx: 'auto' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <TokenNotice />
          {query.isError ? (
            <Alert
              severity="error"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => void query.refetch()}
                  disabled={query.isFetching}
                >
                  {t('retry')}
                </Button>
              }
            >
              <AlertTitle>{t('loadFailed', { id })}</AlertTitle>
              {errorMessage(query.error)}
            </Alert>
          ) : built && !built.ok ? (
            <Alert severity="error">
              <AlertTitle>{t('loadFailed', { id })}</AlertTitle>
              {t('noDatabase', { id })}
            </Alert>
          ) : (
            <Box
              role="status"
              sx={{
                display: 'flex',
                gap: 1.5,
                alignItems: 'center',
                py: 6,
                justifyContent: 'center',
              }}
            >
              <CircularProgress size={24} aria-hidden />
              <Typography>{creating ? t('loadingDatabases') : t('loading', { id })}</Typography>
            </Box>
          )}
        </Box>
      </Box>
    </>
  );
}
