import { aksVersionsOperation } from '../adapters/arm/aks-versions.ts';
import type { Reference } from '../engine/report.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import type { State } from '../state/state.ts';
import { liveLabel } from '../rules/lib/aks-support-reference.ts';

/** The dated reference data the rules judged against, and the live lists this state carries (AKS versions per region, with the time each was read): every report names them. */
export function referencesOf(state: Pick<State, 'aksVersions'>, reference: ReferenceData): Reference[] {
  return [
    { name: 'AKS support calendar', source: reference.aksCalendar.source, asOf: reference.aksCalendar.asOf },
    ...state.aksVersions.map((region) => ({
      name: liveLabel(region),
      source: aksVersionsOperation(region.location),
      asOf: region.readAt,
    })),
  ];
}
