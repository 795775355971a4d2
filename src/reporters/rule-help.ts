import { PEER_NAMES, type CatalogueEntry } from '../engine/catalogue.ts';

// A rule's help in words, shared by the SARIF rule help and `aks-audit explain`.

/** The benchmark controls the rule maps to, then the guidance. */
export function complianceLines(rule: CatalogueEntry): string[] {
  const { cisAks, mcsb, guidance } = rule.compliance;
  return [
    ...(cisAks?.length ? [`CIS AKS Benchmark: ${cisAks.join(', ')}`] : []),
    ...(mcsb?.length ? [`Microsoft cloud security benchmark: ${mcsb.join(', ')}`] : []),
    guidance,
  ];
}

/** `Checkov: CKV_AZURE_137`: the peers' checks for the same thing. */
export function equivalentLines(rule: CatalogueEntry): string[] {
  return Object.entries(rule.equivalents)
    .filter(([, ids]) => ids?.length)
    .map(([tool, ids]) => `${PEER_NAMES[tool] ?? tool}: ${ids!.join(', ')}`);
}

/** The remediation's code, one snippet per tool that has one. */
export function snippets(rule: CatalogueEntry): { label: string; lang: string; code: string }[] {
  const { cli, terraform, manifest } = rule.remediation;
  return [
    ...(cli ? [{ label: 'Azure CLI', lang: 'shell', code: cli }] : []),
    ...(terraform ? [{ label: 'Terraform', lang: 'hcl', code: terraform }] : []),
    ...(manifest ? [{ label: 'Kubernetes manifest', lang: 'yaml', code: manifest }] : []),
  ];
}
