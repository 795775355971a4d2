import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-image-provenance.ts';
import { container, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] }), params));
const withImage = (image: string, params = {}) => verdict({ pods: [pod('app', 'shop', podSpec([container('app', { image })]))] }, params);
const ESTATE = { allowedRegistries: ['acrsaasprod.azurecr.io', 'mcr.microsoft.com'] };
const DIGEST = 'sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac';

describe('k8s-image-provenance', () => {
  it('passes tagged images from any registry by default', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api')]))] });
    expect(f).toMatchObject({ status: 'pass', message: 'Deployment payments/api runs only version-pinned images, from any registry (allowedRegistries is empty)' });
  });

  it.each([
    ['nginx:latest', /uses the mutable `latest` tag/],
    ['docker.io/library/nginx', /has no tag/],
    ['nginx', /has no tag/],
    ['localhost:5000/tools/job', /has no tag/], // the port is not a tag
  ])('fails %s', (image, reason) => {
    const f = withImage(image);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(reason);
    expect(f.evidence).toEqual([{ path: 'spec.containers[0].image', value: image }]);
  });

  it.each([`nginx@${DIGEST}`, `nginx:latest@${DIGEST}`, 'localhost:5000/tools/job:2.1.0'])('passes %s (a digest pins even a latest tag)', (image) => {
    expect(withImage(image).status).toBe('pass');
  });

  it('names init and ephemeral containers', () => {
    const spec = podSpec([container('api')], { initContainers: [container('migrate', { image: 'flyway/flyway' })], ephemeralContainers: [{ name: 'debugger', image: 'busybox:latest' }] });
    const f = verdict({ pods: [pod('api', 'payments', spec)] });
    expect(f.message).toMatch(/container migrate \(init\) image flyway\/flyway has no tag/);
    expect(f.message).toMatch(/container debugger \(ephemeral\) image busybox:latest uses the mutable `latest` tag/);
    expect(f.evidence.map((e) => e.path)).toEqual(['spec.initContainers[0].image', 'spec.ephemeralContainers[0].image']);
  });

  it('fails a container without an image', () => {
    expect(withImage('').message).toMatch(/image \(none\) names no image/);
  });

  describe('allowedRegistries', () => {
    it.each([
      ['acrsaasprod.azurecr.io/payments/api:3.2.1', 'pass'],
      ['mcr.microsoft.com/oss/kubernetes/pause:3.9', 'pass'],
      ['MCR.Microsoft.com/dotnet/aspnet:9.0', 'pass'],
      ['nginx:1.27.3', 'fail'], // Docker Hub, implicitly
      ['ghcr.io/acme/tool:1.0', 'fail'],
      ['acrsaasprod.azurecr.io.evil.example/api:1', 'fail'],
      ['acrsaasstg.azurecr.io/api:1', 'fail'],
    ])('with the estate registries: %s %ss', (image, status) => {
      expect(withImage(image, ESTATE).status).toBe(status);
    });

    it('reports the registry an image came from, and a latest tag with it', () => {
      expect(withImage('nginx:latest', ESTATE).message).toMatch(/image nginx:latest uses the mutable `latest` tag and comes from docker.io, not an allowed registry/);
    });

    it('accepts a repository prefix on whole path segments, a *. host wildcard and docker.io for Hub images', () => {
      expect(withImage('mcr.microsoft.com/oss/calico/node:3.28', { allowedRegistries: ['mcr.microsoft.com/oss'] }).status).toBe('pass');
      expect(withImage('mcr.microsoft.com/ossx/node:3.28', { allowedRegistries: ['mcr.microsoft.com/oss'] }).status).toBe('fail');
      expect(withImage('acrsaasstg.azurecr.io/api:1', { allowedRegistries: ['*.azurecr.io'] }).status).toBe('pass');
      expect(withImage('azurecr.io.example/api:1', { allowedRegistries: ['*.azurecr.io'] }).status).toBe('fail');
      expect(withImage('bitnami/redis:7.4', { allowedRegistries: ['docker.io'] }).status).toBe('pass');
      expect(withImage('index.docker.io/bitnami/redis:7.4', { allowedRegistries: ['docker.io/bitnami'] }).status).toBe('pass');
      expect(withImage('redis:7.4', { allowedRegistries: ['docker.io/bitnami'] }).status).toBe('fail'); // docker.io/library/redis
    });

    it('names the allowed registries in the pass message', () => {
      expect(withImage('acrsaasprod.azurecr.io/api:1', ESTATE).message).toMatch(/from allowed registries \(acrsaasprod.azurecr.io, mcr.microsoft.com\)/);
    });
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
