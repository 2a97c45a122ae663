-- Customers leave. A closed customer (relationship ended, accounts closed) is no longer monitored; its
-- versions and alerts stay. Imported again, it is reopened with a new version marked reopened, which
-- monitoring screens in full against the lists in force: list changes while it was closed were not
-- screened against it.
ALTER TABLE customer ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE customer ADD COLUMN closed_by VARCHAR(200);
ALTER TABLE customer ADD COLUMN closed_note VARCHAR(1000);
ALTER TABLE customer_version ADD COLUMN reopened BOOLEAN DEFAULT FALSE NOT NULL;
