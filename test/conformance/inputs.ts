import { restExampleBody } from '../helpers/fake-arm/routes-inventory.ts';
import { conformanceRoot } from './root.ts';

/** The peers' inputs; the suite only runs when they are present (see vitest.config.ts). */
export const CONFORMANCE = conformanceRoot() ?? '../shared/conformance';

/** `responses.200.body` of one of the Azure REST API examples: `peerRestBody('keyvault/2026-02-01/getVault.json')`. */
export function peerRestBody(path: string): Record<string, unknown> {
  return restExampleBody(`${CONFORMANCE}/azure-rest/${path}`);
}
