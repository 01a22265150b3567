import { useState } from 'react';
import type { EditorHandle } from '../editor';
import { createRequest, type SegmentRequest } from '../segment';
import type { AppConfig } from './config';
import { EditorScreen } from './editor-screen';
import { Providers } from './providers';
import type { SaveHandler } from './use-save';

export interface AppProps {
  config: AppConfig;
  configProblems?: readonly string[];
  /** The segment to edit; a new dynamic segment on `config.list` (or database 1) by default. */
  initialRequest?: SegmentRequest;
  /** Sends a valid request (the API layer); without it Save validates and reports the request ready. */
  onSave?: SaveHandler;
  onEditorReady?: (editor: EditorHandle) => void;
}

/** The application: providers around the editor screen. */
export function App({ config, configProblems = [], initialRequest, onSave, onEditorReady }: AppProps) {
  const [request] = useState(() => initialRequest ?? createRequest('dynamic', config.list ?? 1));
  return (
    <Providers config={config}>
      <EditorScreen config={config} configProblems={configProblems} initialRequest={request} onSave={onSave} onEditorReady={onEditorReady} />
    </Providers>
  );
}
