import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/** The admin user is a shared, non-personal credential with push and pull rights that bypasses Entra ID. */
export default toggleRule({
  id: 'acr-admin-user-disabled',
  resources: (state) => state.containerRegistries,
  read: (registry) => toggle(registry, 'adminUserEnabled'),
  wanted: false,
  pass: (name) => `Registry ${name} has the admin user disabled: access goes through Entra ID identities`,
  fail: (name) => `Registry ${name} has the admin user enabled: a shared username and password can push and pull every repository`,
});
