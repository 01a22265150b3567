import { describe, expect, it } from 'vitest';
import type { ComparedVersion } from '../conflict-diff';
import { decideSave, segmentToRead, type SaveIntent, type ServerRead } from './save-decision';

const version = (name: string, value = 10): ComparedVersion => ({
  name,
  segment: [
    {
      list_id: 5,
      condition: 'and',
      queries: [
        {
          compo: 'default',
          name: 'visits',
          operator: 'greater',
          type: 'int',
          value: [{ name: 'value', value }],
        },
      ],
    },
  ],
});
const opened = version('Frequent visitors');
const edited = version('Frequent visitors', 99);
const elsewhere = version('Changed elsewhere');
const exists = (v: ComparedVersion): ServerRead => ({ exists: true, version: v });
const missing: ServerRead = { exists: false };

const own: SaveIntent = { formId: 3, ownId: 3, loaded: opened, asNew: false };
const fresh: SaveIntent = { formId: undefined, ownId: undefined, loaded: undefined, asNew: false };

describe('segmentToRead', () => {
  it('reads the form’s segment before any update, own or not', () => {
    expect(segmentToRead(own)).toBe(3);
    expect(segmentToRead({ ...fresh, formId: 2 })).toBe(2);
  });

  it('reads nothing for a new segment or for Save as new', () => {
    expect(segmentToRead(fresh)).toBeUndefined();
    expect(segmentToRead({ ...own, asNew: true })).toBeUndefined();
  });
});

describe('decideSave', () => {
  it('adds a segment that has no ID, and anything saved as new', () => {
    expect(decideSave(fresh, undefined, edited)).toEqual({ action: 'add' });
    expect(decideSave({ ...own, asNew: true }, exists(opened), edited)).toEqual({ action: 'add' });
    expect(decideSave({ ...fresh, formId: 2, asNew: true }, undefined, edited)).toEqual({
      action: 'add',
    });
  });

  it('updates the loaded segment silently while the server still holds the version loaded', () => {
    expect(decideSave(own, exists(opened), edited)).toEqual({ action: 'update-silently', id: 3 });
  });

  it('updates silently when the server already holds exactly what is sent (an earlier attempt landed late)', () => {
    expect(decideSave(own, exists(edited), edited)).toEqual({ action: 'update-silently', id: 3 });
  });

  it('asks about a conflict when the loaded segment changed on the server since', () => {
    expect(decideSave(own, exists(elsewhere), edited)).toEqual({ action: 'ask-conflict', id: 3 });
  });

  it.each([
    ['typed into a new segment', { ...fresh, formId: 2 }],
    ['imported or set over a new segment', { ...fresh, formId: 14 }],
    ['changed away from the loaded one', { ...own, formId: 2 }],
    ['equal to the own ID but with no version loaded', { ...fresh, formId: 3, ownId: 3 }],
  ])('asks before overwriting a segment this editor did not load (an ID %s)', (_how, intent) => {
    const decision = decideSave(intent, exists(opened), edited);
    expect(decision.action).toBe('ask-overwrite');
  });

  it('asks even when the foreign segment holds exactly what is sent', () => {
    expect(decideSave({ ...fresh, formId: 2 }, exists(edited), edited)).toEqual({
      action: 'ask-overwrite',
      id: 2,
    });
  });

  it('offers a new segment when the ID names none, own or foreign', () => {
    expect(decideSave({ ...fresh, formId: 999 }, missing, edited)).toEqual({
      action: 'ask-missing',
      id: 999,
    });
    expect(decideSave(own, missing, edited)).toEqual({ action: 'ask-missing', id: 3 });
  });
});
