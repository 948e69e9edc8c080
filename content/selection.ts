/**
 * The reader's selection in this frame, for "Check this text" (issue 15): its text (the keyboard
 * command asks for it) and where the card for it goes.
 */

/**
 * The text the reader has selected in this frame: in a focused text field, its selected part;
 * else the document's selection. "" when nothing is selected.
 */
export function selectedText(doc: Document): string {
  const active = doc.activeElement;
  if (
    (active?.localName === 'textarea' || active?.localName === 'input') &&
    typeof (active as HTMLInputElement).selectionStart === 'number'
  ) {
    const field = active as HTMLInputElement;
    const picked = field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    if (picked) return picked;
  }
  return doc.getSelection()?.toString() ?? '';
}

/**
 * Where the card for the selection goes: the selection's box, the focused text field's, or the
 * top-left corner when neither has one.
 */
export function selectionAnchor(doc: Document): DOMRect {
  const active = doc.activeElement;
  if (active?.localName === 'textarea' || active?.localName === 'input')
    return active.getBoundingClientRect();
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) {
    const box = selection.getRangeAt(0).getBoundingClientRect();
    if (box.width > 0 || box.height > 0) return box;
  }
  return new DOMRect(16, 16, 0, 0);
}
