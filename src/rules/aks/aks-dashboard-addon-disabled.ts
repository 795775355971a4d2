import { addonRule } from '../factories/addons.ts';

/** The deprecated Kubernetes dashboard add-on is off: a web UI to the API server, often with broad rights. */
export default addonRule({
  id: 'aks-dashboard-addon-disabled',
  addon: 'kubeDashboard',
  wanted: 'disabled',
  pass: (name) => `Cluster ${name} does not run the Kubernetes dashboard add-on`,
  fail: (name) => `Cluster ${name} has the deprecated Kubernetes dashboard add-on enabled: a web UI to the API server that attackers have used to take over clusters; remove it and use the Azure portal's Kubernetes resource view`,
});
