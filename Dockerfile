# syntax=docker/dockerfile:1
#
# Timekeeper production image: the API serves the built web app on one port.
#
#   docker build -t timekeeper .
#   docker run -d -p 3000:3000 -v timekeeper-data:/data -e TK_SECRET="$(openssl rand -base64 48)" timekeeper
#
# With PostgreSQL: docker-compose.yml. Details: docs/admin/deployment/README.md.
#
# Runtime layout (paths as in the repository, so the server finds its files either way):
#   /app/apps/api/dist/server.js, dist/cli.js   esbuild bundles (@timekeeper/shared inside)
#   /app/apps/api/drizzle/                      SQL migrations, applied at start
#   /app/apps/api/node_modules/                 production dependencies of the API only
#   /app/apps/web/dist/                         the built SPA, with a .br and a .gz copy of each text file
#   /data                                       TK_DATA_DIR: embedded database, generated secret

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
# pnpm from npm, not corepack: corepack's signature check fails against some registries.
RUN npm install -g pnpm@10 && npm cache clean --force
# No TTY here: CI=true keeps pnpm from prompting.
ENV CI=true
WORKDIR /src

# Manifests first, so the dependency layer is reused until one of them changes.
# A new workspace package needs its package.json listed here too.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
RUN pnpm install --frozen-lockfile

COPY . .
# Web app into apps/web/dist, then the API bundles into apps/api/dist.
RUN pnpm build

# Assemble the runtime tree in /out.
# `pnpm deploy --prod` installs the API's production dependencies into an isolated node_modules.
# --legacy: pnpm 10's default deploy requires inject-workspace-packages=true, which this workspace
# does not use. Only its package.json ("type": "module") and node_modules are kept; the bundles and
# migrations come from the build above. The one dangling link (node_modules/.pnpm/node_modules/
# @timekeeper/api, pointing back into /src) is dropped.
RUN pnpm --filter @timekeeper/api --prod deploy --legacy /tmp/api-deploy \
 && mkdir -p /out/apps/api /out/apps/web \
 && mv /tmp/api-deploy/package.json /tmp/api-deploy/node_modules /out/apps/api/ \
 && rm -rf /tmp/api-deploy \
 && cp -R apps/api/dist apps/api/drizzle /out/apps/api/ \
 && cp -R apps/web/dist /out/apps/web/dist \
 && find /out -xtype l -delete \
 && test -f /out/apps/api/dist/server.js && test -f /out/apps/api/dist/cli.js \
 && test -f /out/apps/web/dist/index.html && test -f /out/apps/web/dist/index.html.br && test -f /out/apps/web/dist/index.html.gz

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    TK_DATA_DIR=/data \
    TK_WEB_DIR=/app/apps/web/dist \
    TK_MIGRATIONS_DIR=/app/apps/api/drizzle
WORKDIR /app

# Application files stay owned by root (read-only for the server); only /data is writable.
COPY --from=build /out /app
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
VOLUME /data

USER node
EXPOSE 3000

# The server listens on 0.0.0.0 in the image, so loopback reaches it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "apps/api/dist/server.js"]
