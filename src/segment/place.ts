import { findRule } from './catalogue';
import { fieldLabel, getMessageLocale, type FieldLabelKey } from './messages';

const topLabels: Record<string, FieldLabelKey> = {
  token: 'token',
  format: 'format',
  id: 'id',
  name: 'name',
  list_id: 'list_id',
  is_static: 'kind',
  is_refresh_daily: 'kind',
  segment: 'segment',
};
const groupLabels: Record<string, FieldLabelKey> = {
  condition: 'condition',
  limit: 'limit',
  percent_from: 'percent_from',
  percent_to: 'percent_to',
  list_id: 'list_id',
  queries: 'queries',
};
const queryLabels: Record<string, FieldLabelKey> = {
  name: 'queryName',
  operator: 'operator',
  value: 'value',
};

/** A labelled template of {@link fieldLabel} with `{n}` filled in. */
const numbered = (key: FieldLabelKey, n: number) => fieldLabel(key).replace('{n}', String(n));

/**
 * Where a problem sits, in the words of the screen: `segment[0].limit` is "Group 1 · Limit",
 * `segment[0].queries[1].value[0].value` is "Group 1 · Condition 2 · Domain group" (the parameter's
 * label when the condition is a known rule of `request`). A path it cannot read is returned as is.
 */
export function placeOf(
  path: string,
  request?: {
    segment?:
      | readonly {
          queries?: readonly { compo: string; name: string; value?: readonly { name: string }[] }[];
        }[]
      | undefined;
  },
): string {
  if (path === '(request)' || path === '') return fieldLabel('request');
  const top = topLabels[path];
  if (top) return fieldLabel(top);
  const match =
    /^segment\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\](?:\.(\w+))?)?)?$/.exec(path);
  if (!match) return path;
  const [, g, groupKey, q, queryKey, p, pairKey] = match;
  const parts = [numbered('group', Number(g) + 1)];
  if (groupKey && groupKey !== 'queries')
    parts.push(groupLabels[groupKey] ? fieldLabel(groupLabels[groupKey]) : groupKey);
  else if (groupKey === 'queries' && q === undefined) parts.push(fieldLabel('queries'));
  if (q !== undefined) {
    parts.push(numbered('query', Number(q) + 1));
    if (queryKey === 'compo' || queryKey === 'type')
      parts.push(fieldLabel('apiCode').replace('{code}', queryKey));
    else if (queryKey === 'value' && p !== undefined) {
      const query = request?.segment?.[Number(g)]?.queries?.[Number(q)];
      const pairName = query?.value?.[Number(p)]?.name;
      const spec =
        query && pairName !== undefined
          ? findRule(query)?.pairs.find((pair) => pair.name === pairName)
          : undefined;
      if (pairKey === 'name') parts.push(fieldLabel('pairName'));
      else parts.push(spec ? spec.label[getMessageLocale()] : fieldLabel('value'));
    } else if (queryKey)
      parts.push(queryLabels[queryKey] ? fieldLabel(queryLabels[queryKey]) : queryKey);
  }
  return parts.join(' · ');
}
