import { addonRule } from '../factories/addons.ts';

/**
 * The retired HTTP application routing add-on is off: it publishes every Ingress on a public,
 * cluster-specific DNS zone through an unmaintained NGINX controller.
 */
export default addonRule({
  id: 'aks-http-application-routing-disabled',
  addon: 'httpApplicationRouting',
  wanted: 'disabled',
  pass: (name) => `Cluster ${name} does not run the HTTP application routing add-on`,
  fail: (name) => `Cluster ${name} has the retired HTTP application routing add-on enabled: it exposes Ingresses on public DNS names, has had no fixes since March 2025 and does not work on supported Kubernetes versions; move to the application routing add-on`,
});
