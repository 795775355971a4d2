import { conformanceRoot } from './root.ts';

/** The peers' inputs; the suite only runs when they are present (see vitest.config.ts). */
export const CONFORMANCE = conformanceRoot() ?? '../shared/conformance';
