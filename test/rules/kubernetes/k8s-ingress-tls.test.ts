import type { V1IngressRule } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-ingress-tls.ts';
import { ingress, kubeCluster } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0]) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));

const backend = { service: { name: 'storefront', port: { number: 80 } } };
const route = (host?: string): V1IngressRule => ({ ...(host ? { host } : {}), http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } });

describe('k8s-ingress-tls', () => {
  it('passes an Ingress whose every host is in spec.tls', () => {
    const tls = [{ hosts: ['shop.contoso.com', 'api.contoso.com'], secretName: 'contoso-tls' }];
    const f = verdict({ ingresses: [ingress('storefront', 'web', { tls, rules: [route('shop.contoso.com'), route('api.contoso.com')] })] });
    expect(f).toMatchObject({ status: 'pass', message: 'Ingress web/storefront serves every host it routes over TLS' });
    expect(f.evidence).toEqual([{ path: 'spec.tls', value: tls }]);
  });

  it('fails an Ingress without spec.tls', () => {
    const f = verdict({ ingresses: [ingress('storefront', 'web', { rules: [route('shop.contoso.com')] })] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium', message: 'Ingress web/storefront has no spec.tls: shop.contoso.com travel over plain HTTP' });
    expect(f.evidence).toEqual([
      { path: 'spec.tls', value: null, note: 'not set' },
      { path: 'spec.rules[0].host', value: 'shop.contoso.com' },
    ]);
  });

  it('fails the hosts spec.tls leaves out, and lets a wildcard cover exactly one label', () => {
    const tls = [{ hosts: ['*.contoso.com'], secretName: 'wildcard-tls' }];
    const f = verdict({ ingresses: [ingress('mixed', 'web', { tls, rules: [route('shop.contoso.com'), route('eu.shop.contoso.com'), route('fabrikam.com')] })] });
    expect(f.message).toBe('Ingress web/mixed has TLS, but not for eu.shop.contoso.com, fabrikam.com, which travel over plain HTTP');
    expect(f.evidence.map((e) => e.path)).toEqual(['spec.tls', 'spec.rules[1].host', 'spec.rules[2].host']);
  });

  it('needs a tls entry without hosts for a rule without host or a default backend', () => {
    const withHosts = [{ hosts: ['shop.contoso.com'], secretName: 'shop-tls' }];
    const hostless = verdict({ ingresses: [ingress('catch-all', 'web', { tls: withHosts, rules: [route()] })] });
    expect(hostless.message).toMatch(/not for requests for any host \(a rule without host\)/);
    expect(hostless.evidence[1]).toEqual({ path: 'spec.rules[0].host', value: null, note: 'not set: matches every host' });
    expect(verdict({ ingresses: [ingress('default', 'web', { tls: withHosts, defaultBackend: backend })] }).message).toMatch(/not for the default backend/);
    expect(verdict({ ingresses: [ingress('catch-all', 'web', { tls: [{ secretName: 'default-tls' }], rules: [route()], defaultBackend: backend })] }).status).toBe('pass');
  });

  it('passes a cluster without Ingresses and is unknown when they cannot be read', () => {
    expect(verdict({})).toMatchObject({ status: 'pass', message: 'test has no Ingress' });
    expect(verdict({ ingresses: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/listing ingresses was forbidden/) });
  });
});
