import type { HighlightStyle } from '../../utils/settings';

/** Props of the highlight-style radio group. */
export interface HighlightStyleChoiceProps {
  value: HighlightStyle;
  /** Called with the style the user picks. */
  onChange(style: HighlightStyle): void;
}

const STYLES: readonly { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'tint', label: 'Tint', hint: 'a light colour behind the text, plus an underline' },
  { value: 'underline', label: 'Underline only', hint: 'a coloured line under the text' },
];

/** Radio buttons choosing how claims are marked in pages: a tint or an underline only. */
export function HighlightStyleChoice({ value, onChange }: HighlightStyleChoiceProps) {
  return (
    <fieldset>
      <legend>Highlight style</legend>
      {STYLES.map((style) => (
        <div class="choice" key={style.value}>
          <label>
            <input
              type="radio"
              name="highlight-style"
              value={style.value}
              checked={value === style.value}
              onChange={() => onChange(style.value)}
            />
            {style.label} <span class="muted">— {style.hint}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
