import { addonRule } from '../factories/addons.ts';

/** The Azure Policy add-on (Gatekeeper) audits and enforces policies on in-cluster objects. */
export default addonRule({
  id: 'aks-azure-policy-addon-enabled',
  addon: 'azurePolicy',
  wanted: 'enabled',
  pass: (name) => `Cluster ${name} runs the Azure Policy add-on`,
  fail: (name) => `Cluster ${name} does not run the Azure Policy add-on: Azure Policy cannot audit or deny in-cluster objects (privileged pods, host namespaces, unapproved registries) and Defender for Cloud's data-plane recommendations stay empty`,
});
