/*
 * Where the codecs get their XML reader and writer. Here (Node, the sandbox, the tests) they are the
 * modules themselves, synchronous from the start. The browser build swaps this module for
 * xml-loader.browser.ts (vite.config.ts), which loads them and their XML library on demand.
 */
export { readXml } from './xml';
export { writeXml } from './xml-write';

/**
 * Makes the codecs able to read and write XML. Needed in the browser before reading XML text (the
 * import and source dialogs, the API client on an XML reply); here it does nothing.
 */
export function loadXmlCodec(): Promise<void> {
  return Promise.resolve();
}

/** Makes the codecs able to write XML (the preview, an XML request body); here it does nothing. */
export function loadXmlWriter(): Promise<void> {
  return Promise.resolve();
}
