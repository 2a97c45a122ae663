-- Baseline. Capabilities own version ranges so that their migrations never collide:
--   V2_x lists store, V3_x customers/monitoring/alerts/cases, V4_x audit, V5_x payments/blocking,
--   V6_x users/server.
CREATE TABLE interdict_meta (
  meta_key   VARCHAR(100) PRIMARY KEY,
  meta_value VARCHAR(4000) NOT NULL
);
INSERT INTO interdict_meta (meta_key, meta_value) VALUES ('schema_created', CAST(CURRENT_TIMESTAMP AS VARCHAR(100)));
