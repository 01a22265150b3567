import { MAX_INPUT_BYTES } from '../segment';

export type ReadFileResult =
  { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable'; size: string };

/** Reads a chosen or dropped file as text, refusing files over the codecs' limit before reading. */
export async function readFileText(file: Blob): Promise<ReadFileResult> {
  const size = (file.size / 1024 / 1024).toFixed(1);
  if (file.size > MAX_INPUT_BYTES) return { ok: false, reason: 'too-large', size };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable', size };
  }
}
