// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { initI18n } from '../i18n';
import { CataloguePicker } from './catalogue-picker';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

const labels: Record<string, string> = {
  equal: 'equals',
  not_equal: 'does not equal',
  contains: 'contains',
};

function Harness({ readOnly = false, initial = '' }: { readOnly?: boolean; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <CataloguePicker
        id="op"
        label="Operator"
        value={value}
        options={Object.keys(labels)}
        labelOf={(v) => labels[v]}
        onChange={setValue}
        readOnly={readOnly}
      />
      <output>{value}</output>
    </>
  );
}

const field = () => screen.getByRole('combobox', { name: 'Operator' });

describe('CataloguePicker', () => {
  it('lists the options matching what is typed, by value or by label, and takes any other text', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), 'not');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'does not equal not_equal',
    ]);
    await user.type(field(), 'hing');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('nothing');
  });

  it('moves through the list with the arrows, picks with Enter and closes with Escape', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(field());
    expect(screen.getAllByRole('option')).toHaveLength(3);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = field().getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toContain('not_equal');
    await user.keyboard('{Enter}');
    expect(field()).toHaveProperty('value', 'not_equal');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('does not equal')).toBeTruthy();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('listbox', { name: 'Suggestions' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });

  it('picks an option with the mouse and keeps the focus in the field', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(field());
    await user.click(screen.getByRole('option', { name: /contains/ }));
    expect(field()).toHaveProperty('value', 'contains');
    expect(document.activeElement).toBe(field());
  });

  it('never opens when read-only', async () => {
    const user = userEvent.setup();
    render(<Harness readOnly initial="equal" />);
    await user.click(field());
    await user.keyboard('{ArrowDown}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field()).toHaveProperty('value', 'equal');
  });
});
