# syntax=docker/dockerfile:1
# One image for every instance and for the one-off `npm run migrate`: build it once and run it N
# times, since instances built separately reject each other's Server Actions and draft cookies.
#
#   docker build \
#     --build-arg DEPLOYMENT_ID="$(git rev-parse --short HEAD)" \
#     --build-arg NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
#     -t solidarity-news .

# Even-numbered releases become LTS; the deployment test keeps this line on one of them.
ARG NODE_IMAGE=node:26-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# sharp, libsql and Next's SWC arrive as prebuilt platform packages: no compiler is needed.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM deps AS build
# Both are baked into the build: every instance must be built from the one image to share them.
ARG DEPLOYMENT_ID
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
COPY . .
# The build prerenders pages from its own throw-away SQLite file (migrations applied, no content),
# so the build stage's ./data never reaches the runtime image.
RUN test -n "$DEPLOYMENT_ID" && test -n "$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY" \
      || { echo 'build args DEPLOYMENT_ID and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY are required' >&2; exit 1; } \
 && DEPLOYMENT_ID="$DEPLOYMENT_ID" NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY" npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache data media/*

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
# `npm start` needs the build (.next, dist) and the production dependencies; `npm run migrate` runs
# the payload CLI (tsx, a production dependency) on the config's sources and migrations/, so those
# come too. Tests, docs and bench results stay out (.dockerignore).
COPY --from=build --chown=node:node /app ./
RUN mkdir -p data media && chown node:node data media
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "start"]
