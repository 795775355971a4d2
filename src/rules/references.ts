import type { Reference } from '../engine/report.ts';

/** Dated reference data the rules judge against; every report names it. */
export const REFERENCES: Reference[] = [];
