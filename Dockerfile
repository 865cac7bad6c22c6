# The knowledge-graph CLI (kg build | load | serve) on Node 20.
# Two stages: the first compiles TypeScript with the dev dependencies, the second holds only
# the runtime dependencies, the compiled code, seed/ (what `kg build` reads) and schema/.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would compile before the sources are copied.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The explore page takes its label colours from the Browser style.
COPY schema ./schema
RUN npm run build:ts

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY seed ./seed
COPY schema ./schema
# `kg build` writes the snapshot to data/; everything else stays read-only for the app user.
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 4000
ENTRYPOINT ["node", "dist/cli/main.js"]
CMD ["serve"]
