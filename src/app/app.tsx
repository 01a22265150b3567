import type { QueryClient } from '@tanstack/react-query';
import type { SegmentRequest } from '../segment';
import { ApiConnectionProvider } from './api-connection';
import type { AppConfig } from './config';
import type { DocumentSession } from './document';
import { Providers } from './providers';
import { SegmentDocument } from './segment-document';

export interface AppProps {
  config: AppConfig;
  configProblems?: readonly string[];
  /** Start on this request instead of loading `config.segment` (or a new dynamic segment on `config.list`). */
  initialRequest?: SegmentRequest;
  /** A token handed over by a host page (embedding); held in memory only. */
  initialToken?: string | undefined;
  /** An editor session handed over by a host page (embedding); held in memory only. */
  session?: string | undefined;
  /** Embedded in a portal: the document's session, which the embedding layer listens to. */
  documentSession?: DocumentSession | undefined;
  /** The page's query client, with the start-up requests already under way (early-start.ts). */
  queryClient?: QueryClient | undefined;
}

/** The application: providers (query client, theme, API connection) around the segment being edited. */
export function App({
  config,
  configProblems = [],
  initialRequest,
  initialToken,
  session,
  documentSession,
  queryClient,
}: AppProps) {
  return (
    <Providers config={config} queryClient={queryClient}>
      <ApiConnectionProvider config={config} initialToken={initialToken} session={session}>
        <SegmentDocument
          config={config}
          configProblems={configProblems}
          initialRequest={initialRequest}
          documentSession={documentSession}
        />
      </ApiConnectionProvider>
    </Providers>
  );
}
