import { i18n } from '#i18n';
import type { HighlightStyle } from '../../utils/settings';

/** Props of the highlight-style radio group. */
export interface HighlightStyleChoiceProps {
  value: HighlightStyle;
  /** Called with the style the user picks. */
  onChange(style: HighlightStyle): void;
}

const STYLES = (): readonly { value: HighlightStyle; label: string; hint: string }[] => [
  { value: 'tint', label: i18n.t('options.tint'), hint: i18n.t('options.tintHint') },
  {
    value: 'underline',
    label: i18n.t('options.underline'),
    hint: i18n.t('options.underlineHint'),
  },
];

/** Radio buttons choosing how claims are marked in pages: a tint or an underline only. */
export function HighlightStyleChoice({ value, onChange }: HighlightStyleChoiceProps) {
  return (
    <fieldset>
      <legend>{i18n.t('options.styleLegend')}</legend>
      {STYLES().map((style) => (
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
