/**
 * Azure built-in roles the identity rules judge, by role definition GUID (the same in every
 * tenant), as Microsoft's built-in roles reference lists them (Privileged and Security
 * categories). `privileged`: full control of every resource in scope, or of who may access it.
 * `keyVault`: what the role lets a principal do with a vault (`data-read`: read secrets,
 * certificates or use keys; `data-write`: create, change, delete or purge them; `access`:
 * manage the vault or its role assignments, so grant itself the rest).
 */
export interface BuiltInRole {
  name: string;
  privileged: boolean;
  keyVault: 'data-read' | 'data-write' | 'access' | null;
}

const role = (name: string, privileged: boolean, keyVault: BuiltInRole['keyVault']): BuiltInRole => ({ name, privileged, keyVault });

export const BUILT_IN_ROLES: ReadonlyMap<string, BuiltInRole> = new Map([
  ['8e3af657-a8ff-443c-a75c-2fe8c4bcb635', role('Owner', true, 'access')],
  ['b24988ac-6180-42a0-ab88-20f7382dd24c', role('Contributor', true, 'access')],
  ['18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', role('User Access Administrator', true, 'access')],
  ['f58310d9-a9f6-439a-9e8d-f62e7b41a168', role('Role Based Access Control Administrator', true, 'access')],
  ['acdd72a7-3385-48ef-bd42-f606fba81ae7', role('Reader', false, null)],
  ['f25e0fa2-a7c8-4377-a976-54943a77a395', role('Key Vault Contributor', false, 'access')],
  ['8b54135c-b56d-4d72-a534-26097cfdc8d8', role('Key Vault Data Access Administrator', false, 'access')],
  ['00482a5a-887f-4fb3-b363-3b7fe8e74483', role('Key Vault Administrator', false, 'data-write')],
  ['b86a8fe4-44ce-4948-aee5-eccb2c155cd7', role('Key Vault Secrets Officer', false, 'data-write')],
  ['a4417e6f-fecd-4de8-b567-7b0420556985', role('Key Vault Certificates Officer', false, 'data-write')],
  ['14b46e9e-c2b7-41b4-b07b-48a6ebf60603', role('Key Vault Crypto Officer', false, 'data-write')],
  ['4633458b-17de-408a-b874-0445c86b69e6', role('Key Vault Secrets User', false, 'data-read')],
  ['db79e9a7-68ee-4b58-9aeb-b90e7c24fcba', role('Key Vault Certificate User', false, 'data-read')],
  ['12338af0-0e69-4776-bea7-57ae8d297424', role('Key Vault Crypto User', false, 'data-read')],
  ['e147488a-f6f5-4113-8e2d-b22465e65bf6', role('Key Vault Crypto Service Encryption User', false, 'data-read')],
  ['08bbd89e-9f13-488c-ac41-acfcb10c90ab', role('Key Vault Crypto Service Release User', false, 'data-read')],
  ['21090545-7ca7-4776-b22c-e363652d74d2', role('Key Vault Reader', false, 'data-read')],
]);

const BY_NAME = new Map([...BUILT_IN_ROLES.values()].map((r) => [r.name.toLowerCase(), r]));
const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i;

/** The built-in role a role definition id names (its last segment is the role's GUID); undefined for any other. */
export function builtInRoleOfId(roleDefinitionId: string): BuiltInRole | undefined {
  const guid = GUID.exec(roleDefinitionId)?.[1];
  return guid === undefined ? undefined : BUILT_IN_ROLES.get(guid.toLowerCase());
}

/** The built-in role of that name: a custom role cannot take a built-in role's name, so the name alone identifies it. */
export function builtInRoleNamed(name: string): BuiltInRole | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}
