import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRA_TOKEN_EXCHANGE } from '../../src/collectors/azure/github-oidc-credential.ts';

/**
 * deploy/azure's federated identity credential is what Entra matches a GitHub ID token against:
 * an audience other than the one the credential asks GitHub for fails every sign-in (AADSTS700212).
 */

const federated = JSON.parse(readFileSync('deploy/azure/github-oidc-federated-credential.json', 'utf8')) as Record<string, unknown>;

describe('deploy/azure/github-oidc-federated-credential.json (az ad app / az identity federated-credential create)', () => {
  it('has the parameters az ad app federated-credential create takes', () => {
    expect(Object.keys(federated).sort()).toEqual(['audiences', 'description', 'issuer', 'name', 'subject']);
    expect(federated.name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/);
  });

  it("trusts GitHub's issuer, for the audience the scan's credential asks GitHub for", () => {
    expect(federated.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(federated.audiences).toEqual([ENTRA_TOKEN_EXCHANGE]);
  });

  it("admits the jobs of the repository's aks-audit environment only, as the scheduled example runs (not pull requests)", () => {
    expect(federated.subject).toBe('repo:OWNER/REPOSITORY:environment:aks-audit');
  });
});
