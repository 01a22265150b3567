import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  createApiClient,
  getSegment,
  listSegments,
  updateSegment,
  type ApiClient,
} from '../../api';
import { requestFromInfo, type SegmentRequest } from '../../segment';
import { comparedVersion } from '../conflict-diff';
import { draftKey } from '../draft-store';
import { recordingFetch, TOKEN, sharedTestSandbox } from '../../../server/test-sandbox';
import { DocumentSession } from './session';
import type { DocumentChange, DocumentEditor, OpenedDocument } from './types';

// The session on its own, no React: a fake editor, the real API client, a real sandbox over HTTP.

const sandbox = sharedTestSandbox();

/** An editor holding `request`; `invalid` makes validation refuse with that many issues. */
function fakeEditor(start: SegmentRequest) {
  let request = start;
  let invalid = 0;
  const listeners = new Set<() => void>();
  const editor: DocumentEditor = {
    readOnly: false,
    validateAll: () =>
      Promise.resolve(
        invalid > 0
          ? {
              ok: false,
              issues: Array.from(
                { length: invalid },
                () => ({ path: 'name', message: 'x' }) as never,
              ),
            }
          : { ok: true, request },
      ),
    getRequest: () => request,
    getDraft: () => ({ kind: 'dynamic' }) as ReturnType<DocumentEditor['getDraft']>,
    replace: (next) => {
      request = next;
      listeners.forEach((listener) => listener());
    },
    getSnapshot: () => ({ request, issues: [], size: 0, version: 0 }),
    subscribeSnapshot: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    editor,
    /** The person edits the form. */
    type: (change: Partial<SegmentRequest>) => editor.replace({ ...request, ...change }),
    refuse: (count: number) => (invalid = count),
  };
}

function setup() {
  const recorder = recordingFetch();
  const client = createApiClient({ apiBase: sandbox.apiBase, token: TOKEN, fetch: recorder.fetch });
  const switched: [number, number | undefined][] = [];
  const session = new DocumentSession({ onSwitched: (id, listId) => switched.push([id, listId]) });
  session.connect({
    client,
    queryClient: new QueryClient(),
    errorMessage: (error) => (error instanceof Error ? error.message : String(error)),
    retryDelay: 1,
    addCheckDelays: [0],
  });
  const sent = (method: string) =>
    recorder.calls.filter((c) => c.url.endsWith(`/${method}/`)).length;
  return { client, session, switched, sent };
}

/** Segment `id` opened as the editor loads it. */
async function loaded(client: ApiClient, id: number): Promise<OpenedDocument> {
  const info = await getSegment(client, id);
  const built = requestFromInfo(info);
  if (!built.ok) throw new Error('no database');
  return {
    key: draftKey({ segmentId: id }),
    segmentId: id,
    request: built.request,
    kindSource: built.kindSource,
    server: comparedVersion(info),
  };
}

/** Resolves when a save has started and ended. */
function settled(session: DocumentSession): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const stop = session.subscribe(() => {
      started ||= session.getSnapshot().pending;
      if (!started || session.getSnapshot().pending) return;
      stop();
      resolve();
    });
  });
}

async function save(session: DocumentSession, command: () => void = () => session.save()) {
  const done = settled(session);
  command();
  await done;
  return session.getSnapshot();
}

describe('the document session', () => {
  it('updates its own segment without a question, and the edit is no longer unsaved', async () => {
    const { client, session } = setup();
    session.open(await loaded(client, 3));
    const form = fakeEditor(session.getSnapshot().opened!.request);
    session.attach(form.editor);
    const changes: DocumentChange[] = [];
    session.subscribeChanges((change) => changes.push(change));
    form.type({ name: 'Renamed by the session' });
    expect(changes.at(-1)).toMatchObject({ valid: true, dirty: true });
    expect(session.isDirty()).toBe(true);

    const after = await save(session);
    expect(after.status).toEqual({ kind: 'saved', id: 3, how: 'updated' });
    expect(after.ownName).toBe('Renamed by the session');
    expect((await getSegment(client, 3)).name).toBe('Renamed by the session');
    expect(session.isDirty()).toBe(false);
  });

  it('refuses an invalid form with the count and sends nothing', async () => {
    const { client, session, sent } = setup();
    session.open(await loaded(client, 31));
    const before = sent('segments/get');
    const form = fakeEditor(session.getSnapshot().opened!.request);
    session.attach(form.editor);
    form.refuse(2);
    expect((await save(session)).status).toEqual({ kind: 'refused', count: 2 });
    expect(sent('segments/update') + sent('segments/get') - before).toBe(0);
  });

  it('asks on a conflict; Reload takes the server version, and the next save updates silently', async () => {
    const { client, session } = setup();
    session.open(await loaded(client, 14));
    const form = fakeEditor(session.getSnapshot().opened!.request);
    session.attach(form.editor);
    const server = await getSegment(client, 14);
    await updateSegment(client, {
      ...(requestFromInfo(server) as { request: SegmentRequest }).request,
      id: 14,
      name: 'Changed elsewhere',
    });
    form.type({ name: 'Changed here' });

    const asked = await save(session);
    expect(asked.status).toEqual({ kind: 'asking', id: 14, reason: 'conflict' });
    expect(asked.conflict?.differences.length).toBeGreaterThan(0);
    expect((await getSegment(client, 14)).name).toBe('Changed elsewhere');

    session.reload();
    expect(session.getSnapshot()).toMatchObject({
      conflict: null,
      status: { kind: 'reloaded', id: 14 },
      ownName: 'Changed elsewhere',
    });
    expect(form.editor.getRequest().name).toBe('Changed elsewhere');
    form.type({ name: 'After the reload' });
    expect((await save(session)).status).toEqual({ kind: 'saved', id: 14, how: 'updated' });
  });

  it('asks before it overwrites a segment it did not load; Overwrite then saves', async () => {
    const { client, session, sent } = setup();
    const given = (await loaded(client, 28)).request;
    session.open({
      key: draftKey({ segmentId: 28 }),
      segmentId: undefined,
      request: given,
      kindSource: 'given',
      server: undefined,
    });
    const form = fakeEditor({ ...given, name: 'Given by the portal' });
    session.attach(form.editor);

    const asked = await save(session);
    expect(asked.status).toEqual({ kind: 'asking', id: 28, reason: 'overwrite' });
    expect(asked.question).toMatchObject({ kind: 'overwrite', id: 28 });
    expect(sent('segments/update')).toBe(0);

    const after = await save(session, session.overwrite);
    expect(after).toMatchObject({
      question: null,
      status: { kind: 'saved', id: 28, how: 'overwrote' },
    });
    expect((await getSegment(client, 28)).name).toBe('Given by the portal');
  });

  it('offers a new segment for an ID no segment has; Save as new creates it and switches to it', async () => {
    const { client, session, switched } = setup();
    const request: SegmentRequest = {
      id: 9999,
      name: 'Nobody has 9999',
      list_id: 5,
      is_static: true,
      is_refresh_daily: false,
    };
    session.open({
      key: draftKey({ segmentId: 9999 }),
      segmentId: undefined,
      request,
      kindSource: 'given',
      server: undefined,
    });
    session.attach(fakeEditor(request).editor);

    const asked = await save(session);
    expect(asked.question).toMatchObject({ kind: 'missing', id: 9999 });

    const after = await save(session, session.saveAsNew);
    expect(after.status).toMatchObject({ kind: 'saved', how: 'created' });
    const id = (after.status as { id: number }).id;
    expect(id).not.toBe(9999);
    expect(after.opened).toMatchObject({ segmentId: id, key: draftKey({ segmentId: id }) });
    expect(switched).toEqual([[id, 5]]);
    expect((await getSegment(client, id)).name).toBe('Nobody has 9999');
  });

  it('says a failed update failed, keeps the edits, and Retry saves them', async () => {
    const { client, session } = setup();
    session.open(await loaded(client, 2));
    const form = fakeEditor(session.getSnapshot().opened!.request);
    session.attach(form.editor);
    form.type({ name: 'Through a failure' });
    await sandbox.fault({ mode: 'http500', count: 10, paths: ['segments/update'] });
    const failed = await save(session);
    expect(failed.status).toMatchObject({ kind: 'failed', asNew: false });
    expect(form.editor.getRequest().name).toBe('Through a failure');
    expect(session.isDirty()).toBe(true);

    // Arming another fault replaces the one left over: the server answers again.
    await sandbox.fault({ mode: 'http500', count: 1, paths: ['nothing'] });
    expect((await save(session)).status).toEqual({ kind: 'saved', id: 2, how: 'updated' });
  });

  it('saves once at a time, and Cancel in a question leaves the status idle', async () => {
    const { client, session, sent } = setup();
    const given = (await loaded(client, 28)).request;
    session.open({
      key: 'k',
      segmentId: undefined,
      request: given,
      kindSource: 'given',
      server: undefined,
    });
    session.attach(fakeEditor(given).editor);
    const before = sent('segments/get');
    const done = settled(session);
    session.save();
    session.save();
    await done;
    expect(sent('segments/get') - before).toBe(1);
    session.cancel();
    expect(session.getSnapshot()).toMatchObject({ question: null, status: { kind: 'idle' } });
  });

  it('an add whose connection dropped: nothing was created, and Retry creates exactly one', async () => {
    const { client, session } = setup();
    const request: SegmentRequest = {
      name: 'Dropped once',
      list_id: 5,
      is_static: true,
      is_refresh_daily: false,
    };
    session.open({
      key: draftKey({ listId: 5 }),
      segmentId: undefined,
      request,
      kindSource: 'new',
      server: undefined,
    });
    session.attach(fakeEditor(request).editor);
    await sandbox.fault({ mode: 'drop', count: 1, paths: ['segments/add'] });
    const failed = await save(session);
    expect(failed.status).toMatchObject({ kind: 'not-created', checked: true, asNew: false });
    expect(failed.opened?.segmentId).toBeUndefined();

    const after = await save(session);
    expect(after.status).toMatchObject({ kind: 'saved', how: 'created' });
    const named = (await listSegments(client, { limit: 1000 })).items.filter(
      (s) => s.name === 'Dropped once',
    );
    expect(named.map((s) => s.id)).toEqual([after.opened?.segmentId]);
  });
});
