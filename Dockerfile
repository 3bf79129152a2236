# The API only: Neo4j comes from docker-compose.yml (NEO4J_URI is set there).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
COPY scripts ./scripts
COPY explorer ./explorer
COPY cypher ./cypher
COPY seed ./seed
COPY schema ./schema
# The explorer bundle (npm run build) preloads the README's example queries.
COPY explorer ./explorer
COPY README.md ./
RUN npm run build
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
