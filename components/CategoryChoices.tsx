import { CATEGORIES, type Category } from '../topic/categories';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../utils/labels';

/** Props of the category checkboxes. */
export interface CategoryChoicesProps {
  /** Categories currently highlighted. */
  selected: readonly Category[];
  /** Called with the new selection, in `CATEGORIES` order. */
  onChange(categories: Category[]): void;
}

/** Checkboxes choosing which kinds of claim are highlighted in pages. */
export function CategoryChoices({ selected, onChange }: CategoryChoicesProps) {
  const toggle = (category: Category, on: boolean) =>
    onChange(CATEGORIES.filter((c) => (c === category ? on : selected.includes(c))));
  return (
    <fieldset>
      <legend>Kinds of claim to highlight</legend>
      <p class="muted">The popup lists every kind of claim it finds, whatever you choose here.</p>
      {CATEGORIES.map((category) => (
        <div class="choice" key={category}>
          <label>
            <input
              type="checkbox"
              checked={selected.includes(category)}
              onChange={(e) => toggle(category, e.currentTarget.checked)}
            />
            <span
              class="swatch"
              style={{ background: CATEGORY_COLORS[category] }}
              aria-hidden="true"
            />
            {CATEGORY_LABELS[category]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
