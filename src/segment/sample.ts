import type { Label } from './catalogue';

const percent = (value: number | string | undefined) => (value === undefined ? '' : String(value));

/**
 * A group's sample in words, the one wording of the summary and of the group's header:
 * "sample 1–99%" ("выборка 1–99 %"), or "all matching profiles" for 0–100.
 */
export function describeSample(
  from: number | string | undefined,
  to: number | string | undefined,
  lang: keyof Label,
): string {
  if (from === 0 && to === 100)
    return lang === 'ru' ? 'все подходящие профили' : 'all matching profiles';
  return lang === 'ru'
    ? `выборка ${percent(from)}–${percent(to)} %`
    : `sample ${percent(from)}–${percent(to)}%`;
}
