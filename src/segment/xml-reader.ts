/*
 * Where the codecs get their XML reader. Here (Node, the sandbox, the tests) it is the reader
 * itself, synchronous from the start. The browser build swaps this module for
 * xml-reader.browser.ts (vite.config.ts), which loads the reader and its XML library on demand.
 */
export { readXml } from './xml';

/**
 * Makes `parseRequest`/`parseResponse` able to read XML. Needed in the browser before reading XML
 * text (the import and source dialogs, the API client on an XML reply); here it does nothing.
 */
export function loadXmlCodec(): Promise<void> {
  return Promise.resolve();
}
