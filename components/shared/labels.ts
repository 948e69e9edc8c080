import { i18n } from '#i18n';
import type { Category, Stance } from '../../topic/categories';
import type { Certainty } from '../../topic/knowledge';

/**
 * Human names of the closed sets every surface shows (categories, stances, certainty levels), in
 * the browser's language (locales/<lang>.yml). Message names allow no dash or space, so an id's
 * dashes and spaces are underscores in its key; the types below make the compiler check that
 * locales/en.yml has a key for every id.
 */
type Underscored<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}_${Underscored<B>}`
  : S extends `${infer A} ${infer B}`
    ? `${A}_${Underscored<B>}`
    : S;

const underscored = <S extends string>(id: S) => id.replace(/[- ]/g, '_') as Underscored<S>;

/** The name of a claim category ("Does it work?"). */
export function categoryLabel(category: Category): string {
  return i18n.t(`category.${underscored(category)}`);
}

/** What a sentence of this stance does ("promotes the treatment"). */
export function stanceLabel(stance: Stance): string {
  return i18n.t(`stance.${stance}`);
}

/** The name of a certainty level ("very low"). */
export function certaintyLabel(certainty: Certainty): string {
  return i18n.t(`certainty.${underscored(certainty)}`);
}
