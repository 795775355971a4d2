# aks-audit as a container image: `npm ci && npm run build && docker build -t aks-audit .`, then
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" aks-audit scan --terraform infra --manifests k8s
# The image holds the npm package as `npm install -g` lays it out: package.json and the bundle
# (dist/cli, every dependency inside, so nothing is installed at build time). Under node_modules,
# Node keeps quiet the deprecation warnings of the bundled Kubernetes client's own dependencies,
# as it does for an npm install. It runs node directly (exec form): no shell is needed at run
# time. Inputs and reports live in the folder mounted at /work, the working directory.
FROM node:24-slim

COPY package.json /usr/local/lib/node_modules/aks-audit/package.json
COPY dist/cli/ /usr/local/lib/node_modules/aks-audit/dist/cli/

# The image's unprivileged user; `--user` above makes reports written to /work the caller's instead.
USER node
WORKDIR /work
ENTRYPOINT ["node", "/usr/local/lib/node_modules/aks-audit/dist/cli/aks-audit.js"]
CMD ["--help"]
