import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AksCalendar, type CalendarFile } from '../reference/aks-calendar.ts';
import type { ReferenceData } from '../reference/reference-data.ts';

const AKS_CALENDAR = fileURLToPath(new URL('../../data/aks-kubernetes-calendar.json', import.meta.url));

/** The reference data bundled with aks-audit (`data/`), each file dated inside. */
export function loadReferenceData(): ReferenceData {
  return { aksCalendar: new AksCalendar(JSON.parse(readFileSync(AKS_CALENDAR, 'utf8')) as CalendarFile, AKS_CALENDAR) };
}
