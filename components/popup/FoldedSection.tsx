import type { ComponentChildren } from 'preact';
import type { PopupSection } from '../../utils/popup-sections';

/** Props of one folded section of the popup. */
export interface FoldedSectionProps {
  /** Which section this is; the popup remembers which are open (utils/popup-sections.ts). */
  id: PopupSection;
  /** The always-visible line the reader clicks or presses Enter/Space on to open the section. */
  label: string;
  /** Whether the section is open (from the remembered state). */
  isOpen: boolean;
  /** Called when the reader opens or closes the section. */
  onToggle(id: PopupSection, isOpen: boolean): void;
  children: ComponentChildren;
}

/**
 * A section of general context that stays folded until the reader opens it: native
 * details/summary, so it is a disclosure button for keyboards and screen readers (Enter or Space
 * toggles; "collapsed"/"expanded" is announced) and browser find-in-page still reaches its text.
 * Only the reader's own toggles are reported: when `isOpen` changes from outside, the `toggle`
 * event it causes matches the prop and is ignored.
 */
export function FoldedSection({ id, label, isOpen, onToggle, children }: FoldedSectionProps) {
  return (
    <details
      class="fold"
      data-section={id}
      open={isOpen}
      onToggle={(event) => {
        const nowOpen = (event.currentTarget as HTMLDetailsElement).open;
        if (nowOpen !== isOpen) onToggle(id, nowOpen);
      }}
    >
      <summary>{label}</summary>
      <div class="fold-body">{children}</div>
    </details>
  );
}
