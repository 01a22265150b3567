import {
  listIdOf,
  parseRequest,
  standardFields,
  type DatabaseField,
  type SegmentRequest,
} from '../src/segment';
import { readFixture, type RequestFixtureName } from '../src/segment/fixtures';
import type { SandboxData, StoredSegment } from './data';

/*
 * Demo data for a fresh sandbox: two databases with standard and custom fields, and segments of
 * all three kinds. The documentation's examples (src/segment/fixtures) are segments 2, 14, 28 and
 * 31, so the seed's requests update segments that exist.
 */

const standard: DatabaseField[] = standardFields.map((field) => ({
  name: field.name,
  title: field.label.en,
  type: field.type,
}));

function fromFixture(name: RequestFixtureName, count: number, description?: string): StoredSegment {
  const {
    token: _token,
    format: _format,
    ...request
  } = parseRequest(readFixture(name, 'json'), 'json');
  const listId = listIdOf(request) ?? 1;
  return {
    ...request,
    id: request.id ?? 1,
    list_id: listId,
    count,
    ...(description ? { description } : {}),
  };
}

function segment(
  id: number,
  count: number,
  request: SegmentRequest & { list_id: number },
): StoredSegment {
  return { ...request, id, count };
}

/** A fresh copy of the demo data. */
export function demoData(): SandboxData {
  return {
    version: 1,
    next_segment_id: 32,
    databases: [
      {
        id: 5,
        name: 'Newsletter subscribers',
        description: 'People who signed up on the website',
        ui_tags: ['newsletter'],
        fields: [
          ...standard,
          { name: 'visits', title: 'Visits', type: 'int' },
          { name: 'interests', title: 'Interests', type: 'tags' },
          { name: 'source', title: 'Sign-up source', type: 'string' },
        ],
      },
      {
        id: 6,
        name: 'Customers',
        description: 'Buyers from the online shop',
        ui_tags: ['shop', 'crm'],
        fields: [
          ...standard,
          { name: 'orders', title: 'Orders', type: 'int' },
          { name: 'lifetime_value', title: 'Lifetime value', type: 'float' },
          { name: 'last_order', title: 'Last order date', type: 'date' },
          { name: 'loyalty_level', title: 'Loyalty level', type: 'string' },
          { name: 'segments_tags', title: 'Tags', type: 'tags' },
        ],
      },
    ],
    segments: [
      segment(1, 240, {
        name: 'Imported leads',
        list_id: 5,
        is_static: true,
        is_refresh_daily: false,
      }),
      fromFixture('static', 1200, 'The static example of the API documentation'),
      segment(3, 87, {
        name: 'Frequent visitors',
        list_id: 5,
        is_static: false,
        segment: [
          {
            list_id: 5,
            condition: 'and',
            limit: 0,
            percent_from: 0,
            percent_to: 100,
            queries: [
              {
                compo: 'default',
                name: 'visits',
                operator: 'greater',
                type: 'int',
                value: [{ name: 'value', value: 10 }],
              },
              {
                compo: 'default',
                name: 'interests',
                operator: 'contains',
                type: 'tags',
                value: [{ name: 'value', value: 'sport' }],
              },
            ],
          },
        ],
      }),
      segment(7, 15, {
        name: 'VIP customers (hand-picked)',
        list_id: 6,
        is_static: true,
        is_refresh_daily: false,
      }),
      segment(12, 412, {
        name: 'Recent big spenders',
        list_id: 6,
        is_static: true,
        is_refresh_daily: true,
        segment: [
          {
            list_id: 6,
            condition: 'and',
            limit: 1000,
            percent_from: 0,
            percent_to: 100,
            queries: [
              {
                compo: 'default',
                name: 'lifetime_value',
                operator: 'greater',
                type: 'float',
                value: [{ name: 'value', value: 499.5 }],
              },
              {
                compo: 'default',
                name: 'last_order',
                operator: 'after',
                type: 'date',
                value: [{ name: 'value', value: '2024-01-01' }],
              },
            ],
          },
        ],
      }),
      fromFixture('dynamic', 1520, 'The dynamic example of the API documentation'),
      fromFixture('updatable', 980, 'The updatable example of the API documentation'),
      fromFixture('multi-group', 3310, 'Several groups and multi-pair values'),
    ],
  };
}
