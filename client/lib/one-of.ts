/** The value when it is one of the list (a vocabulary, a set of sort keys), else undefined. */
export const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
