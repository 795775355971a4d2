import { aksVersionsOperation } from '../adapters/arm/aks-versions.ts';
import type { Reference } from '../engine/report.ts';
import type { State } from '../state/state.ts';
import { CALENDAR } from '../reference/aks-calendar.ts';
import { liveLabel } from './lib/aks-support-reference.ts';

/** Dated reference data the rules judge against; every report names it. */
export const REFERENCES: Reference[] = [
  { name: 'AKS support calendar', source: CALENDAR.source, asOf: CALENDAR.asOf },
];

/** The bundled references plus the live lists this state carries (AKS versions per region, with the time each was read). */
export function referencesOf(state: Pick<State, 'aksVersions'>): Reference[] {
  return [
    ...REFERENCES,
    ...state.aksVersions.map((region) => ({
      name: liveLabel(region),
      source: aksVersionsOperation(region.location),
      asOf: region.readAt,
    })),
  ];
}
