import type * as z from 'zod/mini';
import { serializeRequest } from './codec';
import { segmentRequestSchema, type SegmentRequest, type WireFormat } from './schema';
import { orderLike, shapeOf } from './shape';
import { writeXml } from './xml-loader';

/*
 * Serializing a request of thousands of conditions takes tens of milliseconds (XML most), too much
 * to redo for every keystroke. The editor's successive requests share every group a keystroke did
 * not change (the same objects), so the text of each group can be kept and only the changed ones
 * written again. The result is exactly serializeRequest's: the request's text is its fields, then
 * its groups, and a group's text does not depend on its neighbours.
 */

const requestShape = shapeOf(segmentRequestSchema);
const requestFields: ReadonlyMap<string, z.core.$ZodType> =
  requestShape.kind === 'object' ? requestShape.fields : new Map();
const groupsSchema = requestFields.get('segment');

/** A group as it sits inside the request's text: its own JSON, indented to the array's depth. */
const groupJson = (group: unknown) => {
  const items = groupsSchema ? orderLike([group], groupsSchema) : [group];
  return JSON.stringify(items, null, 2)
    .slice(4, -2)
    .replace(/\n {2}/g, '\n    ');
};

/** A group as XML lines inside `<xml>`: one `<segment array="">` element, indented. */
const groupXml = (group: unknown) => {
  const text = writeXml({ segment: [group] }, segmentRequestSchema);
  return text.slice(text.indexOf('\n') + 1, text.lastIndexOf('</xml>'));
};

/**
 * A serializeRequest that keeps the text of each group (by identity: never change a group object
 * in place after serializing it). Each serializer has its own memory, freed with the groups.
 */
export function createRequestSerializer(): (request: SegmentRequest, format: WireFormat) => string {
  const kept = { json: new WeakMap<object, string>(), xml: new WeakMap<object, string>() };
  return (request, format) => {
    const { segment: groups, ...fields } = request;
    // The fast path needs `segment` last and the groups as objects; anything else is written whole.
    const simple =
      groups !== undefined &&
      groups.length > 0 &&
      groups.every(
        (group) => typeof group === 'object' && group !== null && !Array.isArray(group),
      ) &&
      Object.keys(fields).some((key) => fields[key as keyof typeof fields] !== undefined) &&
      Object.keys(fields).every((key) => requestFields.has(key));
    if (!simple) return serializeRequest(request, format);
    const texts = groups.map((group) => {
      let text = kept[format].get(group);
      if (text === undefined)
        kept[format].set(group, (text = format === 'xml' ? groupXml(group) : groupJson(group)));
      return text;
    });
    const head = serializeRequest(fields, format);
    if (format === 'xml')
      return `${head.slice(0, head.lastIndexOf('</xml>'))}${texts.join('')}</xml>\n`;
    return `${head.slice(0, head.lastIndexOf('\n}'))},\n  "segment": [\n    ${texts.join(',\n    ')}\n  ]\n}\n`;
  };
}
