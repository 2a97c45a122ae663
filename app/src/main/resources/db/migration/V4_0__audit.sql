-- Hash-chained audit trail. Each record carries the hash of the previous one; audit_head holds the
-- latest sequence and hash and is locked (SELECT ... FOR UPDATE) while appending so the chain is total.
CREATE TABLE audit_log (
  seq        BIGINT        PRIMARY KEY,
  at         TIMESTAMP     NOT NULL,
  actor      VARCHAR(200)  NOT NULL,
  action     VARCHAR(100)  NOT NULL,
  subject    VARCHAR(500)  NOT NULL,
  details    TEXT          NOT NULL,
  prev_hash  CHAR(64)      NOT NULL,
  hash       CHAR(64)      NOT NULL
);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_subject ON audit_log (subject);

CREATE TABLE audit_head (
  id    INT       PRIMARY KEY,
  seq   BIGINT    NOT NULL,
  hash  CHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
