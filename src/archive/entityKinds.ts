import type { EntityKind } from "../types.ts";

/** The record field that lists each kind of entity. */
export const KIND_FIELDS = { person: "people", place: "places", organization: "organizations" } as const;
export const KINDS = Object.keys(KIND_FIELDS) as EntityKind[];
