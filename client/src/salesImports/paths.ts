/** The wizard of price-watch sheets, beside the price observations (a custom route: more specific than the resource's `:id`). */
export const OBSERVATION_IMPORT_PATH = '/price-observations/import';
