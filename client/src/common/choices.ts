/** SelectInput choices whose labels are i18n keys under `resources.<resource>.choices.<field>`. */
export function choices(resource: string, field: string, values: readonly string[]) {
  return values.map((id) => ({ id, name: `resources.${resource}.choices.${field}.${id}` }));
}
