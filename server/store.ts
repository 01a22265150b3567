import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { issuesFromZod } from '../src/segment';
import { sandboxDataSchema, type SandboxData } from './data';
import { demoData } from './demo-data';

/** The data file exists but cannot be used; the message names the file and the problem. */
export class SandboxDataError extends Error {
  override readonly name = 'SandboxDataError';
}

type Mutation<T> = (draft: SandboxData) => T;

interface Pending {
  mutate: Mutation<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

let tempCounter = 0;

/** The file-system call the writes go through; tests inject one that fails (a full disk). */
export interface StoreFs {
  open: typeof open;
}

const nodeFs: StoreFs = { open };

/**
 * Writes `text` to `file` atomically: a temporary file beside it is written and fsynced, then
 * renamed over the target, and the folder is fsynced so that the rename itself survives a crash.
 * A kill at any moment leaves either the old or the new file, never a torn one. A failed write or
 * fsync (a full disk) removes the temporary file, so that the space it took is free again.
 */
export async function writeFileAtomic(
  file: string,
  text: string,
  fs: StoreFs = nodeFs,
): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  // Not every platform can open a folder for fsync; the rename is then as durable as the OS makes it.
  const folder = await open(dirname(file), 'r').catch(() => undefined);
  if (folder)
    await folder
      .sync()
      .catch(() => undefined)
      .finally(() => folder.close());
}

/**
 * The sandbox's data, held in memory and in one JSON file.
 *
 * Mutations are serialised through a queue and acknowledged only after the file holding them is
 * on disk. Mutations that arrive while a write is in flight are applied together and written
 * once (group commit), so 200 concurrent saves cost a handful of fsyncs, not 200.
 * Reads see the last state written, never a half-applied one.
 */
export class SandboxStore {
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;

  private constructor(
    readonly file: string,
    private current: SandboxData,
    private readonly fs: StoreFs,
  ) {}

  /**
   * Opens `file`, creating it with demo data when it does not exist. A file that exists but is not
   * valid sandbox data is never replaced: this throws a {@link SandboxDataError} naming it.
   */
  static async open(file: string, fs: StoreFs = nodeFs): Promise<SandboxStore> {
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    await removeStaleTemps(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const data = demoData();
      await writeFileAtomic(path, serialise(data), fs);
      return new SandboxStore(path, data, fs);
    }
    return new SandboxStore(path, parseData(path, text), fs);
  }

  /** The last acknowledged state. Treat it as read-only. */
  get data(): Readonly<SandboxData> {
    return this.current;
  }

  /**
   * Applies `mutate` to a draft of the data and resolves with its result once the file holding the
   * change is on disk. `mutate` must check before it changes anything: when it throws, the promise
   * rejects with that error and its changes (if any) are discarded with the draft.
   */
  mutate<T>(mutate: Mutation<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ mutate, resolve: resolve as (value: unknown) => void, reject });
      // Started on a later microtask: a flush that finishes without awaiting (every mutation refused)
      // must clear `writing` after it has been assigned, or no later mutation would ever be written.
      this.writing ??= Promise.resolve().then(() => this.flush());
    });
  }

  /** Replaces everything with fresh demo data. */
  reset(): Promise<void> {
    return this.mutate((draft) => {
      Object.assign(draft, demoData());
    });
  }

  /** Resolves when every mutation queued so far is written. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        let draft = structuredClone(this.current);
        const done: { entry: Pending; result: unknown }[] = [];
        for (const entry of batch) {
          const before = structuredClone(draft);
          try {
            done.push({ entry, result: entry.mutate(draft) });
          } catch (error) {
            draft = before;
            entry.reject(error);
          }
        }
        if (done.length === 0) continue;
        try {
          await writeFileAtomic(this.file, serialise(draft), this.fs);
          this.current = draft;
          for (const { entry, result } of done) entry.resolve(result);
        } catch (error) {
          for (const { entry } of done) entry.reject(error);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }
}

function serialise(data: SandboxData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

function parseData(path: string, text: string): SandboxData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SandboxDataError(
      `The sandbox data file ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}). ` +
        'It was left untouched: repair it, or delete it to start again with demo data.',
    );
  }
  const result = sandboxDataSchema.safeParse(raw);
  if (!result.success) {
    const issues = issuesFromZod(result.error)
      .slice(0, 3)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    throw new SandboxDataError(
      `The sandbox data file ${path} does not hold sandbox data (${issues}). ` +
        'It was left untouched: repair it, or delete it to start again with demo data.',
    );
  }
  return result.data;
}

/** Temporary files left by a process killed mid-write are garbage: the target was never replaced. */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => unlink(join(dirname(path), name)).catch(() => undefined)),
  );
}
