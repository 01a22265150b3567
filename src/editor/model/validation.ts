import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  createQuery,
  groupSchema,
  issuesFromZod,
  querySchema,
  ruleProblems,
  segmentRequestSchema,
  segmentRuleProblems,
  type CodecIssue,
  type Group,
  type SegmentRequest,
} from '../../segment';
import { newGroup } from './commands';
import { fieldPathOf, toRequest, type RequestExtras, type SegmentDraft } from './draft';

/*
 * Validation with the model's schema, sized to the edit. A keystroke validates only the field's own
 * condition or group (a 5,000-condition segment must not be re-validated on every key); Save and
 * the deferred summary validate the whole request. Messages are the model's own (src/segment).
 */

/** A problem of the draft: `field` is the form path it belongs to, `path` the request's. */
export interface DraftIssue extends CodecIssue {
  field: string;
}

/** The resolver's context: `full` forces a whole-request validation (Save). */
export interface ValidationContext {
  full: boolean;
  extras: RequestExtras;
  /** What the last whole-request validation found: Save reads it rather than validating again. */
  checked?: { request: SegmentRequest; issues: DraftIssue[] } | undefined;
}

const toDraftIssues = (issues: CodecIssue[], prefix = ''): DraftIssue[] =>
  issues.map((issue) => {
    const path = prefix + (issue.path === '(request)' && prefix ? '' : issue.path);
    return {
      path: path.replace(/\.$/, ''),
      message: issue.message,
      field: fieldPathOf(path.replace(/\.$/, '')),
    };
  });

/** Every problem of the request `draft` describes. */
export function validateDraft(
  draft: SegmentDraft,
  extras: RequestExtras = {},
): { request: SegmentRequest; issues: DraftIssue[] } {
  const request = toRequest(draft, extras);
  return { request, issues: issuesOf(request) };
}

/**
 * The request and problems of the draft, like {@link validateDraft}, built incrementally: each
 * group's request object and validity are kept until a write may change that group
 * ({@link forget}). After a keystroke only its own group is built and validated again, where a
 * 5,000-condition segment costs ~20 ms each time; unchanged groups are the same objects as in the
 * last request, so what is derived from a group (its text in the preview) can be kept by identity.
 *
 * Exact: once every group is valid, what is left are the request's own rules (kind, database, at
 * least one group), and they read no condition past a group's first, so the request with each group
 * cut to its first condition has exactly the same problems. When a group is invalid, the whole
 * request is validated, as before.
 */
export class IncrementalRequest {
  private readonly groups = new Map<number, { group: Group; valid: boolean }>();

  /** Forgets what a write at form path `path` may have changed (call it for every write). */
  forget(path: string): void {
    const group = /^segment\.(\d+)(?:\.|$)/.exec(path);
    if (group) this.groups.delete(Number(group[1]));
    // The name is read by no group; anything else (kind, database, groups moved) may be.
    else if (path !== 'name') this.groups.clear();
  }

  build(
    draft: SegmentDraft,
    extras: RequestExtras = {},
  ): { request: SegmentRequest; issues: DraftIssue[] } {
    const request = toRequest(draft, extras, (index) => this.groups.get(index)?.group);
    const groups = request.segment;
    if (!groups) return { request, issues: issuesOf(request) };
    let allValid = true;
    groups.forEach((group, index) => {
      let known = this.groups.get(index);
      if (known?.group !== group)
        this.groups.set(index, (known = { group, valid: isValidGroup(group) }));
      allValid &&= known.valid;
    });
    if (!allValid) return { request, issues: issuesOf(request) };
    const light = {
      ...request,
      segment: groups.map((group) => ({ ...group, queries: group.queries.slice(0, 1) })),
    };
    return { request, issues: issuesOf(light) };
  }
}

/** A group the schema accepts and whose known rules are complete (rule-check.ts). */
const isValidGroup = (group: Group): boolean =>
  groupSchema.safeParse(group).success && segmentRuleProblems([group]).length === 0;

/** The schema's problems of the request, then the catalogue's guard rails of its known rules. */
const issuesOf = (request: SegmentRequest): DraftIssue[] => {
  const result = segmentRequestSchema.safeParse(request);
  const schema = result.success ? [] : issuesFromZod(result.error);
  return toDraftIssues([...schema, ...segmentRuleProblems(request.segment)]);
};

const queryField = /^segment\.(\d+)\.queries\.(\d+)(?:\.|$)/;
const groupField = /^segment\.(\d+)\.(condition|limit|percent_from|percent_to)$/;

/** The problems of the fields `names` only, validating as little of the draft as they need. */
export function validateFields(draft: SegmentDraft, names: readonly string[]): DraftIssue[] {
  const found: DraftIssue[] = [];
  const seen = new Set<string>();
  const once = (key: string, run: () => DraftIssue[]) => {
    if (seen.has(key)) return;
    seen.add(key);
    found.push(...run());
  };
  for (const name of names) {
    const inQuery = queryField.exec(name);
    const inGroup = groupField.exec(name);
    if (draft.kind === 'static' && name.startsWith('segment.')) continue;
    if (inQuery) {
      const [, g, q] = inQuery;
      const query = draft.segment[Number(g)]?.queries[Number(q)];
      if (!query) continue;
      once(`q${g}.${q}`, () => {
        const result = querySchema.safeParse(query);
        const issues = result.success ? [] : issuesFromZod(result.error);
        return toDraftIssues([...issues, ...ruleProblems(query)], `segment[${g}].queries[${q}].`);
      });
    } else if (inGroup) {
      const g = Number(inGroup[1]);
      const group = draft.segment[g];
      if (!group) continue;
      once(`g${g}`, () => {
        // One valid stand-in condition: zod runs a group's refinements (sample order) only when
        // its fields parse, and the conditions are validated on their own.
        const result = groupSchema.safeParse({
          ...group,
          list_id: draft.list_id,
          queries: [createQuery()],
        });
        const issues = result.success
          ? []
          : toDraftIssues(issuesFromZod(result.error), `segment[${g}].`);
        // The sample order is a refinement: check it even while another field of the group is wrong.
        const order = groupSchema.safeParse({
          ...newGroup(),
          list_id: 1,
          percent_from: group.percent_from,
          percent_to: group.percent_to,
        });
        if (!order.success) {
          for (const issue of toDraftIssues(issuesFromZod(order.error), `segment[${g}].`)) {
            if (!issues.some((i) => i.field === issue.field)) issues.push(issue);
          }
        }
        return issues.filter((i) => !i.field.endsWith('.queries'));
      });
    } else {
      // A top-level field: validate the request with each group cut to one condition, which keeps
      // the rules about kinds and databases and costs nothing for a large segment.
      once('top', () => {
        const light = {
          ...draft,
          segment: draft.segment.map((group) => ({ ...group, queries: group.queries.slice(0, 1) })),
        };
        return validateDraft(light).issues;
      });
    }
  }
  return found.filter((issue) =>
    names.some((name) => issue.field === name || issue.field.startsWith(`${name}.`)),
  );
}

function setPath(target: Record<string, unknown>, path: string, leaf: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const existing = node[part];
    if (
      existing !== undefined &&
      (typeof existing !== 'object' || existing === null || 'message' in existing)
    )
      return;
    if (existing === undefined) node[part] = /^\d+$/.test(parts[i + 1] as string) ? [] : {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (node[last] === undefined) node[last] = leaf;
}

/** react-hook-form's nested errors of `issues`: the first message per field, fields only. */
export function errorsOf(issues: readonly DraftIssue[]): FieldErrors<SegmentDraft> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    if (!issue.field || issue.field === 'segment' || /\.queries$/.test(issue.field)) continue;
    setPath(errors, issue.field, { type: 'validate', message: issue.message });
  }
  return errors;
}

/**
 * The form's resolver: the model's schema over the whole request when the context asks for it (or
 * react-hook-form names no field), else only over the parts the named fields live in.
 */
export const segmentResolver: Resolver<SegmentDraft, ValidationContext> = (
  values,
  context,
  options,
) => {
  const names = options.names as readonly string[] | undefined;
  let issues: DraftIssue[];
  if (!names || context?.full) {
    const checked = validateDraft(values, context?.extras);
    if (context) context.checked = checked;
    issues = checked.issues;
  } else issues = validateFields(values, names);
  const errors = errorsOf(issues);
  return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
};
