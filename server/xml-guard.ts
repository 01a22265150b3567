import { CodecError, MAX_XML_ELEMENTS } from '../src/segment';
import { bodyFormat } from './requests';

/*
 * A cheap look at an XML request body before anything parses it (finding 5 of issue 12): parsing a
 * few MB of XML blocks the event loop for seconds, so the element count is capped and the token is
 * read with one linear scan, and a wrong token is refused before the parser runs.
 */

const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;

/** What the scan found. */
export interface XmlScan {
  /** True when the body is XML (and was scanned). */
  xml: boolean;
  /** The plain text of the root's `<token>` child, when it has one. */
  token: string | undefined;
  /** A `<token>` child whose text the scan leaves to the parser (entities, CDATA). */
  tokenUnread: boolean;
}

/**
 * Counts the elements of an XML body (refusing more than {@link MAX_XML_ELEMENTS} with a
 * CodecError) and finds the token element directly under the root. JSON bodies pass unscanned.
 */
export function guardXmlBody(text: string, contentType: string | undefined): XmlScan {
  if (text.trim() === '' || bodyFormat(contentType, text) !== 'xml')
    return { xml: false, token: undefined, tokenUnread: false };
  let depth = 0;
  let count = 0;
  let token: string | undefined;
  let tokenUnread = false;
  tag.lastIndex = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const [whole, close, name, selfClosing] = m;
    if (close) {
      depth--;
      continue;
    }
    if (++count > MAX_XML_ELEMENTS) {
      throw new CodecError(
        'too-large',
        `The XML has more than ${MAX_XML_ELEMENTS.toLocaleString('en')} elements; a segment request is far smaller.`,
      );
    }
    if (depth === 1 && token === undefined && !selfClosing && name?.toLowerCase() === 'token') {
      const end = text.indexOf('<', m.index + whole.length);
      const value = end < 0 ? '' : text.slice(m.index + whole.length, end);
      // Entities and CDATA are left to the parser: only plain text is compared early.
      if (!value.includes('&') && text.startsWith('</', end)) token = value.trim();
      else tokenUnread = true;
    }
    if (!selfClosing) depth++;
  }
  return { xml: true, token, tokenUnread };
}
