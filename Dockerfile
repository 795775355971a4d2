# aks-audit as a container image: `npm ci && npm run build && docker build -t aks-audit .`, then
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" aks-audit scan --terraform infra --manifests k8s
# The image holds the same bundle as the npm package (dist/cli: every dependency inside, no
# node_modules, nothing installed at build time). It runs node directly (exec form): no shell is
# needed at run time. Inputs and reports live in the folder mounted at /work, the working directory.
FROM node:24-slim

COPY package.json /opt/aks-audit/package.json
COPY dist/cli/ /opt/aks-audit/dist/cli/

# The image's unprivileged user; `--user` above makes reports in /work belong to the caller instead.
USER node
WORKDIR /work
ENTRYPOINT ["node", "/opt/aks-audit/dist/cli/aks-audit.js"]
CMD ["--help"]
