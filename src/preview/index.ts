/*
 * The request preview feature: live JSON/XML preview, cURL snippet, import and source editing.
 * The app composes these; nothing here imports the editor or the app.
 */
export { RequestPreview, type RequestPreviewProps } from './request-preview';
export { CurlSnippet, type CurlSnippetProps } from './curl-snippet';
export { buildCurl } from './curl';
