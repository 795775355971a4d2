import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/**
 * The account refuses anonymous reads outright, whatever access level a container sets (an
 * account that never set it allows them).
 */
export default toggleRule({
  id: 'storage-blob-anonymous-access-disabled',
  resources: (state) => state.storageAccounts,
  read: (account) => toggle(account, 'allowBlobPublicAccess'),
  wanted: false,
  notApplicable: (account) => (account.kind?.toLowerCase() === 'filestorage' ? `Storage account ${account.name} is a FileStorage account: it has no blob service` : undefined),
  pass: (name) => `Storage account ${name} disallows anonymous blob access: no container can be made publicly readable`,
  fail: (name) => `Storage account ${name} allows anonymous blob access: any container set to Blob or Container access is readable by anyone without credentials`,
});
