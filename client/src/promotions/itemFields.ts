import { ITEM_FIELDS_BY_TYPE, OPTIONAL_ITEM_FIELDS, type OptionalItemField } from '../../../shared/promotion-schemas';
import type { PromotionType } from '../../../shared/promotions';

export type ItemField = OptionalItemField;

/** Every optional item field, in the order the form and the show page list them. */
export const ITEM_FIELDS = OPTIONAL_ITEM_FIELDS;

/** The item fields each type uses: the server answers `not_for_type` for any other filled field. */
export { ITEM_FIELDS_BY_TYPE };

export const usesItemField = (type: PromotionType, field: ItemField) => ITEM_FIELDS_BY_TYPE[type].includes(field);
