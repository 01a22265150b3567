import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRequest, serializeRequest, type SegmentRequest, type WireFormat } from '../segment';
import { readFixture, requestFixtureNames } from '../segment/fixtures';
import { buildCurl, shellQuote } from './curl';

/*
 * The commands are run by bash with `curl` replaced (through PATH) by a stub that writes its
 * arguments to a file and its stdin to stdout, so the test sees exactly what curl would send.
 */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'curl-stub-'));
  const stub = join(dir, 'curl');
  writeFileSync(stub, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\ncat\n`);
  chmodSync(stub, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOKEN = 'sekret0123456789';

function run(command: string): { body: string; args: string[] } {
  const body = execFileSync('bash', ['-c', command], {
    encoding: 'utf8',
    env: {
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      ALTCRAFT_TOKEN: TOKEN,
      ALTCRAFT_URL: 'https://ac.example',
    },
  });
  return { body, args: readFileSync(join(dir, 'args'), 'utf8').replace(/\n$/, '').split('\n') };
}

const expected = (request: SegmentRequest, format: WireFormat) =>
  serializeRequest({ ...request, token: TOKEN }, format);

const hostile = parseRequest(readFixture('dynamic', 'json'));
hostile.name = `it's "$HOME" \`id\` $(echo pwned) \\n \\ end`;
hostile.segment![0]!.queries[0]!.value = [{ name: 'url', value: "a'b'c\nEOF\n$ALTCRAFT_TOKEN\\" }];

describe('buildCurl', () => {
  it.each(
    requestFixtureNames.flatMap(
      (name) =>
        [
          [name, 'json'],
          [name, 'xml'],
        ] as const,
    ),
  )('sends fixture %s as %s with the token taken from $ALTCRAFT_TOKEN', (name, format) => {
    const request = parseRequest(readFixture(name, format));
    const command = buildCurl(request, format);
    expect(command).not.toContain(request.token ?? '(no token)');
    const { body, args } = run(command);
    expect(body).toBe(expected(request, format));
    expect(parseRequest(body, format).token).toBe(TOKEN);
    expect(args).toEqual([
      '-X',
      'POST',
      'https://ac.example/api/v1.1/segments/update/',
      '-H',
      `Content-Type: application/${format}; charset=utf-8`,
      '--data-binary',
      '@-',
    ]);
  });

  it.each(['json', 'xml'] as const)('sends shell-like text verbatim in %s', (format) => {
    const { body } = run(buildCurl(hostile, format));
    expect(body).toBe(expected(hostile, format));
    expect(body).not.toContain('pwned\n');
  });

  it('adds a token even when the request has none', () => {
    const { token: _token, ...request } = hostile;
    const { body } = run(buildCurl(request, 'json'));
    expect(JSON.parse(body)).toMatchObject({ token: TOKEN, id: 14 });
  });

  it('picks another here-document delimiter when a line of the body is EOF', () => {
    const command = buildCurl(hostile, 'xml');
    expect(command).toMatch(/<<EOF1\n/);
    expect(command.trimEnd().endsWith('\nEOF1')).toBe(true);
  });

  it('uses an absolute API base as it is and appends a relative one to $ALTCRAFT_URL', () => {
    expect(run(buildCurl(hostile, 'json', 'https://other.example/api/v1.1/')).args[2]).toBe(
      'https://other.example/api/v1.1/segments/update/',
    );
    expect(run(buildCurl(hostile, 'json', '/proxy/api v1')).args[2]).toBe(
      'https://ac.example/proxy/api v1/segments/update/',
    );
    expect(buildCurl(hostile, 'json')).toContain('"$ALTCRAFT_URL/api/v1.1/segments/update/"');
  });
});

describe('shellQuote', () => {
  it('round-trips through bash', () => {
    const text = `it's a "test" $HOME \`x\` \\ ''`;
    expect(
      execFileSync('bash', ['-c', `printf '%s' ${shellQuote(text)}`], { encoding: 'utf8' }),
    ).toBe(text);
  });
});
