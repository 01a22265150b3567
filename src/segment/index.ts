/**
 * The segment domain: schemas and types, defaults, the catalogue, the JSON and XML codecs and the
 * plain-language summary. Plain TypeScript, no React, no fetch, no `window`: it runs in Node (the
 * sandbox server) and in the browser alike.
 */
export * from './schema';
export * from './errors';
export * from './codec';
export * from './catalogue';
export * from './defaults';
export * from './messages';
export { isCanonicalNumber } from './canonical-number';
export { loadXmlCodec, loadXmlWriter } from './xml-loader';
export { shapeOf, orderLike } from './shape';
export * from './limits';
export * from './summary';
export { createRequestSerializer } from './request-serializer';
export { ruleProblems, segmentRuleProblems } from './rule-check';
export { placeOf } from './place';
export { describeSample } from './sample';
export * from './api-contract';
export * from './api-bodies';
export { API_ENDPOINTS, type ApiEndpoint } from './api-endpoints';
export { listIdOf, withoutToken } from './request-fields';
export * from './request-from-info';
