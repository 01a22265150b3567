import { fieldId } from './field-id';
import type { EditorHandle, EditorView } from './model/editor-handle';

/*
 * The screen's side of the editor handle: moving the focus to a form path (opening a collapsed
 * group first) and saying a text in the polite live region. The rules list registers how to open a
 * group, the builder its live region.
 */
export class DomView implements EditorView {
  private expander: ((group: number) => void) | undefined;
  private announcer: ((text: string) => void) | undefined;

  /** The rules list registers how to open a collapsed group, so that focus can reach its fields. */
  registerExpander(expand: ((group: number) => void) | undefined): void {
    this.expander = expand;
  }

  registerAnnouncer(announce: ((text: string) => void) | undefined): void {
    this.announcer = announce;
  }

  announce(text: string): void {
    this.announcer?.(text);
  }

  /**
   * Moves the focus to the element of form path `path` (a field, a row, a group's "Add condition"),
   * opening its group first; `suffix` picks a control of a row (`--up`), falling back to the field.
   */
  focus(path: string, suffix?: string): void {
    const group = /^segment\.(\d+)/.exec(path);
    if (group) this.expander?.(Number(group[1]));
    const attempt = (tries: number) => {
      const element = findElement(path, suffix);
      if (element) {
        element.focus({ preventScroll: true });
        element.scrollIntoView?.({ block: 'nearest' });
      } else if (tries > 0) {
        requestAnimationFrame(() => attempt(tries - 1));
      }
    };
    requestAnimationFrame(() => attempt(5));
  }
}

/** The DOM side of `editor`, when it has one (a handle made by useSegmentEditor does). */
export const domViewOf = (editor: EditorHandle): DomView | undefined =>
  editor.view instanceof DomView ? editor.view : undefined;

function findElement(path: string, suffix?: string): HTMLElement | null {
  if (suffix) {
    for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const control = document.getElementById(`${fieldId(parts.join('.'))}--${suffix}`);
      if (control && !control.hasAttribute('disabled')) return control;
    }
  }
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const element = document.getElementById(fieldId(parts.join('.')));
    if (element) return element;
  }
  return null;
}
