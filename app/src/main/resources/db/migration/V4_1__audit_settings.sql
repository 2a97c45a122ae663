-- Audit settings. Retention is how long audit records must be kept: ten years by default, the period
-- 31 CFR 501.601 requires for OFAC records since the 2025 amendment (it was five).
CREATE TABLE audit_setting (
  setting_key    VARCHAR(100)  PRIMARY KEY,
  setting_value  VARCHAR(1000) NOT NULL,
  updated_at     TIMESTAMP     NOT NULL,
  updated_by     VARCHAR(200)  NOT NULL
);
INSERT INTO audit_setting (setting_key, setting_value, updated_at, updated_by)
VALUES ('retention_years', '10', CURRENT_TIMESTAMP, 'migration');
