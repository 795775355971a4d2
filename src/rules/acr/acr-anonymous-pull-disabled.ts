import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/** Anonymous pull lets anyone who can reach the registry read every image, unauthenticated. */
export default toggleRule({
  id: 'acr-anonymous-pull-disabled',
  resources: (state) => state.containerRegistries,
  read: (registry) => toggle(registry, 'anonymousPullEnabled'),
  wanted: false,
  pass: (name) => `Registry ${name} does not allow anonymous pull`,
  fail: (name) => `Registry ${name} allows anonymous pull: anyone who can reach it can read every image without credentials`,
});
