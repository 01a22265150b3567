import type { WireFormat } from '../segment';

/** `segment-14.json`, `segment-new.xml`. */
export function downloadName(id: number | undefined, format: WireFormat): string {
  return `segment-${id ?? 'new'}.${format}`;
}

/** Saves `text` as a file through a Blob URL, which is released once the browser has taken it. */
export function downloadText(text: string, fileName: string, format: WireFormat): void {
  const type = format === 'json' ? 'application/json' : 'application/xml';
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
