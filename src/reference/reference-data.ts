import type { AksCalendar } from './aks-calendar.ts';

/**
 * Dated data the rules judge against besides the state: loaded once by the CLI and handed to the
 * evaluation, so a test (or a user with a newer copy) can judge against another.
 */
export interface ReferenceData {
  aksCalendar: AksCalendar;
}
