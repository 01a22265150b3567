import { fieldTypes, findRule, labelOf } from './catalogue';
import type { CodecIssue } from './errors';
import { getMessageLocale, msg } from './messages';
import type { Query } from './schema';

/*
 * The guard rails of the catalogue's known rules, beyond what the schema says of any condition: a
 * known rule's `type` is its own, and the parameters it declares required are filled in. Kept out
 * of the schema on purpose: an import or a segment loaded from Altcraft is still read (and the
 * sandbox still answers it), while the editor shows the problem at its input and refuses to save.
 */

/** A value that a required parameter does not accept: nothing, or only spaces. */
const isEmpty = (value: string | number | undefined) =>
  value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The problems of condition `query` against its known rule, with paths inside the condition
 * (`type`, `value[0].value`; `value` for a required parameter missing from the list), in the
 * language of {@link getMessageLocale}. None for a rule the catalogue does not know.
 */
export function ruleProblems(query: Query): CodecIssue[] {
  const rule = findRule(query);
  if (!rule) return [];
  const lang = getMessageLocale();
  const problems: CodecIssue[] = [];
  if (query.type !== rule.type) {
    problems.push({
      path: 'type',
      message: msg('typeMismatch', {
        rule: rule.label[lang],
        expected: rule.type,
        meaning: labelOf(fieldTypes, rule.type, lang),
        type: query.type,
      }),
    });
  }
  for (const spec of rule.pairs) {
    if (!spec.required) continue;
    const index = Array.isArray(query.value)
      ? query.value.findIndex((pair) => pair.name === spec.name)
      : -1;
    const value = index >= 0 ? query.value[index]?.value : undefined;
    // A segment's ID starts at 1: the 0 a new segment rule starts with is "none picked yet".
    if (!isEmpty(value) && !(spec.editor === 'segment' && value === 0)) continue;
    problems.push({
      path: index >= 0 ? `value[${index}].value` : 'value',
      message: spec.required[lang],
    });
  }
  return problems;
}

/**
 * {@link ruleProblems} of every condition of `groups` (a request's `segment`), with full paths
 * (`segment[0].queries[2].type`).
 */
export function segmentRuleProblems(
  groups: readonly { queries: readonly Query[] }[] | undefined,
): CodecIssue[] {
  const found: CodecIssue[] = [];
  groups?.forEach((group, g) => {
    // An invalid draft may hold anything here: the schema names that, this checks only conditions.
    const queries: readonly unknown[] = Array.isArray(group.queries) ? group.queries : [];
    queries.forEach((query, q) => {
      if (typeof query !== 'object' || query === null) return;
      for (const problem of ruleProblems(query as Query))
        found.push({
          path: `segment[${g}].queries[${q}].${problem.path}`,
          message: problem.message,
        });
    });
  });
  return found;
}
