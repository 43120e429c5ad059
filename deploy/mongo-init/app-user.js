// Creates the app's own MongoDB user, once: the official mongo image runs the scripts in
// /docker-entrypoint-initdb.d (mounted from deploy/mongo-init/) on its first start with an
// empty data volume, authenticated as the root user from .env.
//
// Least privilege: the app may read and write its own database (readWrite includes creating
// its indexes) and nothing else: no other database, no user or role administration, no
// cluster commands. The root credentials stay with the mongo container.
//
// One exception, for the test target only (APP_TARGET=test, compose's default): readWrite on
// MONGO_TEST_DB (<MONGO_DB>_test) as well, the one database `docker compose exec app pytest`
// uses and empties (docs/docker.md). With APP_TARGET=app the user gets its own database only.
// The grant is made when the volume is created: a volume first started with the test target
// keeps it (docs/docker.md, "Production").
const dbName = process.env.MONGO_DB || "tickets";
const user = process.env.MONGO_APP_USERNAME || "tickets_app";
const password = process.env.MONGO_APP_PASSWORD;
if (!password) {
  throw new Error("MONGO_APP_PASSWORD is not set: see .env.example");
}
const roles = [{ role: "readWrite", db: dbName }];
const testDb = process.env.MONGO_TEST_DB;
if (process.env.APP_TARGET === "test" && testDb && testDb !== dbName) {
  roles.push({ role: "readWrite", db: testDb });
}
db.getSiblingDB(dbName).createUser({
  user: user,
  pwd: password,
  roles: roles,
});
print(`created user ${user} with readWrite on ${roles.map((r) => r.db).join(" and ")}`);
