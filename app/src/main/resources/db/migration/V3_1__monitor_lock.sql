-- One row that a monitoring run locks (SELECT ... FOR UPDATE NOWAIT) for its whole duration, so that
-- two runs (CLI and server, say) never screen the same chunk at once. The lock dies with the run's
-- connection, so a killed run never leaves it held.
CREATE TABLE monitor_lock (
  id  INT  PRIMARY KEY
);
INSERT INTO monitor_lock (id) VALUES (1);
