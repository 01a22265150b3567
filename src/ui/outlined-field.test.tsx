// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { outlinedField, type OutlinedFieldProps } from './outlined-field';

afterEach(cleanup);

function Harness(props: Omit<OutlinedFieldProps, 'value' | 'onChange'> & { initial?: string }) {
  const { initial = '', ...rest } = props;
  const [value, setValue] = useState(initial);
  return (
    <>
      {outlinedField({ ...rest, value, onChange: setValue })}
      <output>{value}</output>
    </>
  );
}

describe('outlinedField', () => {
  it('labels its input, describes it with the helper text and hands over what is typed', async () => {
    const user = userEvent.setup();
    render(<Harness id="name" label="Segment name" helperText="Shown in Altcraft" required />);
    const input = screen.getByRole('textbox', { name: /Segment name/ });
    expect(input.id).toBe('name');
    expect(input.getAttribute('aria-describedby')).toBe('name-helper-text');
    expect(document.getElementById('name-helper-text')?.textContent).toBe('Shown in Altcraft');
    expect(input.hasAttribute('required')).toBe(true);
    await user.type(input, 'Buyers');
    expect(screen.getByRole('status').textContent).toBe('Buyers');
  });

  it('marks an error and passes attributes to the input itself', () => {
    render(
      <Harness
        id="id"
        label="Segment ID"
        error
        helperText="Enter a number."
        htmlInput={{ readOnly: true, inputMode: 'decimal' }}
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Segment ID' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.hasAttribute('readonly')).toBe(true);
    expect(input.getAttribute('inputmode')).toBe('decimal');
  });

  it('has no description without a helper text', () => {
    render(<Harness id="v" label="Value" />);
    expect(screen.getByRole('textbox', { name: 'Value' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });

  it('is a native select when given options', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        id="match"
        label="Match"
        initial="and"
        helperText="How conditions combine"
        options={
          <>
            <option value="and">all conditions</option>
            <option value="or">any condition</option>
          </>
        }
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Match' });
    expect(select.tagName).toBe('SELECT');
    expect(select.getAttribute('aria-describedby')).toBe('match-helper-text');
    await user.selectOptions(select, 'or');
    expect(screen.getByRole('status').textContent).toBe('or');
  });
});
