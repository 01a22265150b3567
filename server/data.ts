import { z } from 'zod';
import {
  databaseFieldSchema,
  segmentRequestSchema,
  type DatabaseField,
  type SegmentRequest,
} from '../src/segment';

/*
 * The sandbox's data file: what an Altcraft account holds, reduced to what the editor needs.
 * Segments are stored as the update request that made them (the model's own schema, so the file
 * cannot hold a segment the API would refuse) plus the sandbox's bookkeeping (`id`, `count`).
 */

const positiveId = z.number().int().min(1);

/** A segment as stored: a valid request with its id, database and profile count. */
export const storedSegmentSchema = z.intersection(
  segmentRequestSchema,
  z.object({
    id: positiveId,
    list_id: positiveId,
    count: z.number().int().min(0),
    description: z.string().optional(),
  }),
);
export type StoredSegment = SegmentRequest & {
  id: number;
  list_id: number;
  count: number;
  description?: string;
};

/** A profile database with its fields (standard and custom), as `databases/fields_get` answers. */
export const storedDatabaseSchema = z.object({
  id: positiveId,
  name: z.string(),
  description: z.string().optional(),
  ui_tags: z.array(z.string()),
  fields: z.array(databaseFieldSchema),
});
export type StoredDatabase = z.infer<typeof storedDatabaseSchema> & { fields: DatabaseField[] };

export const sandboxDataSchema = z
  .object({
    version: z.literal(1),
    next_segment_id: positiveId,
    databases: z.array(storedDatabaseSchema),
    segments: z.array(storedSegmentSchema),
  })
  .superRefine((data, ctx) => {
    const lists = new Set(data.databases.map((d) => d.id));
    const seen = new Set<number>();
    data.segments.forEach((segment, index) => {
      if (seen.has(segment.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['segments', index, 'id'],
          message: `Duplicate segment id ${segment.id}.`,
        });
      }
      seen.add(segment.id);
      if (!lists.has(segment.list_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['segments', index, 'list_id'],
          message: `Database ${segment.list_id} does not exist.`,
        });
      }
      if (segment.id >= data.next_segment_id) {
        ctx.addIssue({
          code: 'custom',
          path: ['next_segment_id'],
          message: `next_segment_id must be greater than every segment id (${segment.id}).`,
        });
      }
    });
  });

/** The whole data file. */
export interface SandboxData {
  version: 1;
  next_segment_id: number;
  databases: StoredDatabase[];
  segments: StoredSegment[];
}
