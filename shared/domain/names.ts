/**
 * The key two user-given names are compared by: "Zoë" and "ZOË" are the same name. SQLite's NOCASE
 * folds ASCII letters only, so uniqueness of instance and template names is checked with this too.
 */
export const nameKey = (name: string): string => name.trim().normalize('NFC').toLowerCase();
