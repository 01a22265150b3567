import {
  kindFlags,
  kindOf,
  listIdOf,
  type Group,
  type MessageLocale,
  type Query,
  type SegmentKind,
  type SegmentRequest,
} from '../../segment';

/*
 * The form's values (the draft) and the request they describe. The draft differs from the request
 * in three ways, each so that nothing a person typed is lost:
 * - the kind is one field, and the rules stay in the draft while the kind is static (the request
 *   then carries none), so switching static -> dynamic gives them back;
 * - a number field that does not hold a number keeps its text, so the message can say so;
 * - a group has no database of its own: it is always the segment's (altcraft-api.md section 2).
 */

/** What a number input holds: a number, nothing yet, or text that is not a number. */
export type NumberInput = number | string | undefined;

export interface DraftGroup {
  condition: string;
  limit: NumberInput;
  percent_from: NumberInput;
  percent_to: NumberInput;
  queries: Query[];
}

export interface SegmentDraft {
  id: NumberInput;
  list_id: NumberInput;
  name: string;
  kind: SegmentKind;
  segment: DraftGroup[];
}

/** Request fields the editor does not show but sends back as they came (`token`, `format`). */
export type RequestExtras = Pick<SegmentRequest, 'token' | 'format'>;

/** The language a number is read and written in: Russian writes `1,5` for 1.5. */
export type NumberLocale = MessageLocale;

// Spaces a person (or a copied figure) puts between groups of digits: space, no-break, thin.
const digitGroupSpaces = /(?<=\d)[ \u00a0\u202f\u2009](?=\d)/g;

/**
 * The number a person typed, read as a person means it: `01` is 1, `+5` is 5, `1.` is 1, `.5` is
 * 0.5, `1 000` is 1000; in Russian `1,5` is 1.5, in English `1,500` is 1500. Text that is not a
 * number stays text, so the model can say "must be a number" instead of the input dropping it.
 */
export function parseNumberInput(text: string, locale: NumberLocale = 'en'): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let plain = trimmed.replace(digitGroupSpaces, '');
  if (locale === 'ru' && /^[-+]?\d*,\d*$/.test(plain)) plain = plain.replace(',', '.');
  else if (locale === 'en' && /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(plain))
    plain = plain.replaceAll(',', '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return text;
  const number = Number(plain);
  return Number.isFinite(number) ? (Object.is(number, -0) ? 0 : number) : text;
}

/** How a number input shows its value: the canonical number (`1,5` in Russian), or the text kept. */
export function formatNumberInput(value: NumberInput, locale: NumberLocale = 'en'): string {
  if (value === undefined) return '';
  if (typeof value === 'number' && locale === 'ru') return String(value).replace('.', ',');
  return String(value);
}

const copyQuery = (query: Query): Query => ({
  ...query,
  value: query.value.map((pair) => ({ ...pair })),
});

/** The draft of `request`, and the fields kept aside for sending back. */
export function fromRequest(request: SegmentRequest): {
  draft: SegmentDraft;
  extras: RequestExtras;
} {
  const extras: RequestExtras = {};
  if (request.token !== undefined) extras.token = request.token;
  if (request.format !== undefined) extras.format = request.format;
  const draft: SegmentDraft = {
    id: request.id,
    list_id: listIdOf(request),
    name: request.name,
    kind: kindOf(request),
    segment: (request.segment ?? []).map((group) => ({
      condition: group.condition,
      limit: group.limit,
      percent_from: group.percent_from,
      percent_to: group.percent_to,
      queries: group.queries.map(copyQuery),
    })),
  };
  return { draft, extras };
}

/**
 * The request `draft` describes: a fresh object, never sharing state with the form. It is built even
 * when the draft is invalid (the preview shows invalid drafts with their problems marked), so fields
 * holding the wrong type are passed through for the schema to name.
 */
export function toRequest(
  draft: SegmentDraft,
  extras: RequestExtras = {},
  /** A group already built from the same draft group, to share instead of building it again. */
  reuse: (index: number) => Group | undefined = () => undefined,
): SegmentRequest {
  const request: Record<string, unknown> = { ...extras };
  if (draft.id !== undefined) request.id = draft.id;
  if (draft.list_id !== undefined) request.list_id = draft.list_id;
  request.name = draft.name;
  Object.assign(request, kindFlags(draft.kind));
  if (draft.kind !== 'static') {
    request.segment = draft.segment.map(
      (group, index) =>
        reuse(index) ??
        ({
          list_id: draft.list_id,
          condition: group.condition,
          limit: group.limit,
          percent_from: group.percent_from,
          percent_to: group.percent_to,
          queries: group.queries.map(copyQuery),
        } as Group),
    );
  }
  // The cast is the point of this function: an invalid draft still becomes a request to preview.
  return request as SegmentRequest;
}

/**
 * The form field a validation issue belongs to: `segment[0].queries[1].operator` ->
 * `segment.0.queries.1.operator`; the kind flags -> `kind`; a group's database -> `list_id` (the
 * group has none of its own in the draft).
 */
export function fieldPathOf(issuePath: string): string {
  if (issuePath === 'is_static' || issuePath === 'is_refresh_daily') return 'kind';
  if (issuePath === '(request)') return '';
  const path = issuePath.replace(/\[(\d+)\]/g, '.$1');
  if (/^segment\.\d+\.list_id$/.test(path)) return 'list_id';
  return path;
}

/** Number of conditions in the draft's groups. */
export function conditionCount(draft: Pick<SegmentDraft, 'segment'>): number {
  let count = 0;
  for (const group of draft.segment) count += group.queries.length;
  return count;
}
