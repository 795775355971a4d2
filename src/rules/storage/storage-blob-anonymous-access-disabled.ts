import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/**
 * The account refuses anonymous reads outright, whatever access level a container sets. Absent
 * is unknown: accounts created before November 2023 allowed it when the property was unset.
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
