/**
 * What a jsonb column holds. `any` because TypeORM's partial-entity types reject `unknown` values
 * and recurse without end on a recursive JSON type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;
