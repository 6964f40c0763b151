# One image per service: docker build --build-arg SERVICE=registration -t lc/registration .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs libs
COPY services services
COPY e2e/package.json e2e/package.json
COPY nx.json tsconfig.base.json tsconfig.json .swcrc ./
RUN npm ci --no-audit --no-fund && NX_DAEMON=false npx nx run-many -t build --outputStyle=static

FROM node:20-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build /app /app
USER node
CMD ["sh", "-c", "exec node services/${SERVICE}/dist/main.js"]
