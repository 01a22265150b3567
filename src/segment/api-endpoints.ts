import type * as z from 'zod/mini';
import { idRequestSchema, pageRequestSchema } from './api-bodies';
import type { ApiMethod } from './api-contract';
import {
  databaseGetResponseSchema,
  databaseListResponseSchema,
  fieldsResponseSchema,
  getSegmentResponseSchema,
  savedResponseSchema,
  segmentListResponseSchema,
  segmentRequestSchema,
} from './schema';

/** One API method's bodies: what a request holds, and how a successful reply is written. */
export interface ApiEndpoint {
  request: z.core.$ZodType;
  reply: z.core.$ZodType;
}

/**
 * Every API method with its request and reply schemas: the server's routes are made from this table,
 * and the client writes its bodies with the same request schemas.
 */
export const API_ENDPOINTS = {
  'segments/update': { request: segmentRequestSchema, reply: savedResponseSchema },
  'segments/add': { request: segmentRequestSchema, reply: savedResponseSchema },
  'segments/get': { request: idRequestSchema, reply: getSegmentResponseSchema },
  'segments/list': { request: pageRequestSchema, reply: segmentListResponseSchema },
  'segments/delete': { request: idRequestSchema, reply: savedResponseSchema },
  'databases/list': { request: pageRequestSchema, reply: databaseListResponseSchema },
  'databases/get': { request: idRequestSchema, reply: databaseGetResponseSchema },
  'databases/fields_get': { request: idRequestSchema, reply: fieldsResponseSchema },
} as const satisfies Record<ApiMethod, ApiEndpoint>;
