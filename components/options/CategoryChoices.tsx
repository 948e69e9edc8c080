import { i18n } from '#i18n';
import { CATEGORIES, type Category } from '../../topic/categories';
import { CATEGORY_COLORS } from '../../utils/labels';
import { categoryLabel } from '../shared/labels';

/** Props of the category checkboxes. */
export interface CategoryChoicesProps {
  /** Categories the user chose not to highlight (settings' deny-list). */
  hidden: readonly Category[];
  /** Called with the new hidden categories, in `CATEGORIES` order. */
  onChange(hidden: Category[]): void;
}

/**
 * Checkboxes choosing which kinds of claim are highlighted in pages: a box is ticked unless its
 * category is hidden.
 */
export function CategoryChoices({ hidden, onChange }: CategoryChoicesProps) {
  const toggle = (category: Category, on: boolean) =>
    onChange(CATEGORIES.filter((c) => (c === category ? !on : hidden.includes(c))));
  return (
    <fieldset>
      <legend>{i18n.t('options.categoriesLegend')}</legend>
      <p class="muted">{i18n.t('options.categoriesHint')}</p>
      {CATEGORIES.map((category) => (
        <div class="choice" key={category}>
          <label>
            <input
              type="checkbox"
              checked={!hidden.includes(category)}
              onChange={(e) => toggle(category, e.currentTarget.checked)}
            />
            <span
              class="swatch"
              style={{ background: CATEGORY_COLORS[category] }}
              aria-hidden="true"
            />
            {categoryLabel(category)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
