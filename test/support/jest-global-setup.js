// Nothing global yet: each integration test asks libs/platform/db for its own database.
module.exports = async () => {};
