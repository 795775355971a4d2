import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/** Requests must carry an Entra ID token: account keys, and the SAS tokens signed with them, are refused. */
export default toggleRule({
  id: 'storage-shared-key-access-disabled',
  resources: (state) => state.storageAccounts,
  read: (account) => toggle(account, 'allowSharedKeyAccess'),
  wanted: false,
  pass: (name) => `Storage account ${name} refuses Shared Key authorization: every request is authorized with Entra ID`,
  fail: (name) => `Storage account ${name} accepts Shared Key authorization: anyone holding an account key, or a SAS signed with one, has access that Entra ID neither grants nor logs by identity`,
});
