# One image per service: docker build --build-arg SERVICE=registration -t lc/registration .
# (SERVICE=console ships the web console's built app beside the console service.)
#
# build:     every dependency (dev ones included), then every project built; specs are not compiled.
# prod-deps: the workspace's package files only, and `npm ci --omit=dev`: production dependencies.
# runtime:   the production dependencies, the package files and each library's and the service's dist.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs libs
COPY services services
COPY e2e/package.json e2e/package.json
COPY nx.json tsconfig.base.json tsconfig.json .swcrc ./
RUN npm ci --no-audit --no-fund && NX_DAEMON=false npx nx run-many -t build --outputStyle=static
# Every workspace's package.json at its place, for the production install (its layer stays cached
# while only code changes).
RUN mkdir -p /manifests && cp package.json package-lock.json /manifests/ \
 && for p in libs/* services/* e2e; do mkdir -p "/manifests/$p" && cp "$p/package.json" "/manifests/$p/"; done
# What runs: each library's compiled code (the test harness excepted) and the one service's.
ARG SERVICE
RUN test -n "$SERVICE" && test -f "services/$SERVICE/dist/main.js" \
 && mkdir -p /runtime \
 && for p in libs/* "services/$SERVICE"; do [ "$p" = libs/testing ] || { mkdir -p "/runtime/$p" && cp -r "$p/dist" "/runtime/$p/dist"; }; done \
 && if [ "$SERVICE" = console ]; then mkdir -p /runtime/services/console-web && cp -r services/console-web/dist /runtime/services/console-web/dist; fi

FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY --from=build /manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
COPY --from=prod-deps /app ./
COPY --from=build /runtime/ ./
USER node
CMD ["sh", "-c", "exec node services/${SERVICE}/dist/main.js"]
