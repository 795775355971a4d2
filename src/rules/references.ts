import type { Reference } from '../engine/report.ts';
import { CALENDAR } from './lib/aks-calendar.ts';

/** Dated reference data the rules judge against; every report names it. */
export const REFERENCES: Reference[] = [
  { name: 'AKS support calendar', source: CALENDAR.source, asOf: CALENDAR.asOf },
];
