// Medusa v2 configuration for Inspect Station's test shop.
// Everything comes from the environment (tools/medusa/medusa.py sets it):
//   DATABASE_URL   postgres://user:pass@127.0.0.1:5432/db   (required)
//   JWT_SECRET, COOKIE_SECRET                                  (required)
//   PORT / HOST are read by `medusa start` itself (-p / -H).
// No REDIS_URL: Medusa then uses its in-memory event bus, cache, workflow
// engine and locking. The admin dashboard is disabled (headless server).
const { defineConfig } = require("@medusajs/framework/utils")

function required(name) {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set (see tools/medusa/medusa.py)`)
  }
  return value
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: required("DATABASE_URL"),
    databaseLogging: false,
    http: {
      // Only loopback callers; no browser front ends are served here.
      storeCors: process.env.STORE_CORS || "http://127.0.0.1",
      adminCors: process.env.ADMIN_CORS || "http://127.0.0.1",
      authCors: process.env.AUTH_CORS || "http://127.0.0.1",
      jwtSecret: required("JWT_SECRET"),
      cookieSecret: required("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: true,
  },
})
