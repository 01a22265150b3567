import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The lint configuration is part of the architecture: these tests write small offending files into
 * the real tree (type-checked linting only sees files of the project) and check that `npm run lint`'s
 * tools refuse them.
 */

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
let dir = '';

/** The rule ids ESLint reports for `file` (a path relative to the repository). */
async function ruleIds(eslint: ESLint, file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([join(root, file)]);
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the lint configuration', () => {
  const eslint = new ESLint({ cwd: root });

  beforeAll(async () => {
    dir = await mkdtemp(join(root, 'src/api/lint-probe-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses an import of another layer through its barrel, not only through its files', async () => {
    const file = join(dir, 'barrel.ts');
    await writeFile(file, "export { SegmentEditor } from '../../editor';\n");
    expect(await ruleIds(eslint, relative(root, file))).toContain('no-restricted-imports');
  });

  it('refuses an import of another layer through one of its files', async () => {
    const file = join(dir, 'deep.ts');
    await writeFile(file, "export * from '../../app/config';\n");
    expect(await ruleIds(eslint, relative(root, file))).toContain('no-restricted-imports');
  });

  it('refuses the API layer importing the translations (its messages are its own)', async () => {
    const file = join(dir, 'i18n.ts');
    await writeFile(file, "export { setLanguage } from '../../i18n';\n");
    expect(await ruleIds(eslint, relative(root, file))).toContain('no-restricted-imports');
  });

  it('refuses an import cycle', async () => {
    await writeFile(
      join(dir, 'cycle-a.ts'),
      "import { b } from './cycle-b';\nexport const a = (): number => b() + 1;\n",
    );
    await writeFile(
      join(dir, 'cycle-b.ts'),
      "import { a } from './cycle-a';\nexport const b = (): number => a() - 1;\n",
    );
    expect(await ruleIds(eslint, relative(root, join(dir, 'cycle-a.ts')))).toContain(
      'import-x/no-cycle',
    );
  });

  it('accepts the same layer importing the domain', async () => {
    const file = join(dir, 'fine.ts');
    await writeFile(file, "export { parseRequest } from '../../segment';\n");
    expect(await ruleIds(eslint, relative(root, file))).toEqual([]);
  });

  it('refuses React in the editor model', async () => {
    const model = await mkdtemp(join(root, 'src/editor/model/lint-probe-'));
    try {
      const file = join(model, 'view.ts');
      await writeFile(file, "export { useState } from 'react';\n");
      expect(await ruleIds(eslint, relative(root, file))).toContain('no-restricted-imports');
    } finally {
      await rm(model, { recursive: true, force: true });
    }
  });

  it('refuses a feature in the shared widgets', async () => {
    const ui = await mkdtemp(join(root, 'src/ui/lint-probe-'));
    try {
      const file = join(ui, 'widget.ts');
      await writeFile(file, "export { SegmentEditor } from '../../editor';\n");
      expect(await ruleIds(eslint, relative(root, file))).toContain('no-restricted-imports');
    } finally {
      await rm(ui, { recursive: true, force: true });
    }
  });

  it('refuses code that Prettier would rewrite', async () => {
    const file = join(dir, 'unformatted.ts');
    await writeFile(file, 'export const x   =  {a:1}\n');
    const check = run(
      process.execPath,
      [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', file],
      { cwd: root },
    );
    await expect(check).rejects.toMatchObject({ code: 1 });
  });
});
