import { adaptArm } from '../../src/adapters/arm/adapt.ts';
import { collectArmFiles } from '../../src/collectors/files/collect-arm-files.ts';
import { expandInputs } from '../../src/collectors/files/expand-inputs.ts';
import type { State } from '../../src/state/state.ts';

/** Files or folders of ARM JSON → the normalized state, through the real collector and adapter. */
export function stateOf(...paths: string[]): State {
  const { resources, coverage } = collectArmFiles(expandInputs(paths));
  return adaptArm(resources, coverage).state;
}
