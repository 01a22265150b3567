import type { UseFormReturn } from 'react-hook-form';
import type { SegmentDraft } from './draft';
import type { ValidationContext } from './validation';

/*
 * The one file that knows react-hook-form's internals. The editor reads values and errors in place
 * (`_formValues`, `_formState`) and listens to errors with `_subscribe`: the public getValues,
 * useWatch and useFormState copy the whole form or re-render every subscriber on each change, which
 * a 5,000-condition segment cannot afford on every keystroke. Form paths are plain strings here;
 * react-hook-form types them by the draft's shape, hence the casts, kept to this file.
 */

export type SegmentForm = UseFormReturn<SegmentDraft, ValidationContext>;

type Listener = () => void;

export class FormAdapter {
  constructor(readonly form: SegmentForm) {}

  /** The draft (react-hook-form's own object: read it, do not keep it). */
  draft = (): SegmentDraft => this.form.getValues();

  /** The live values, not copied. */
  values = (): unknown => this.form.control._formValues;

  /** The live errors tree, not copied. */
  errors = (): unknown => this.form.control._formState.errors;

  /** Calls `listener` on every change of the errors; returns the unsubscribe. */
  watchErrors(listener: Listener): () => void {
    return this.form.control._subscribe({ formState: { errors: true }, callback: listener });
  }

  set(path: string, value: unknown): void {
    this.form.setValue(path as never, value as never);
  }

  /** Whether the person has left the field at `path`, and whether it shows a problem. */
  state(path: string): { isTouched: boolean; invalid: boolean } {
    return this.form.getFieldState(path as never);
  }

  clearErrors(paths: string | readonly string[]): void {
    this.form.clearErrors(paths as never);
  }

  /** Runs the resolver for `name`, or for the whole form without one. */
  validate(name?: string): Promise<boolean> {
    return name === undefined ? this.form.trigger() : this.form.trigger(name as never);
  }

  /** Replaces the whole draft, keeping the (empty) default values. */
  reset(draft: SegmentDraft): void {
    this.form.reset(draft, { keepDefaultValues: true });
  }
}
