-- Entity bodies are a few kilobytes: keep them inline. TEXT is a LOB in H2, which made every insert
-- and read of a body a separate LOB operation (an SDN import took tens of seconds).
ALTER TABLE list_entity_body ALTER COLUMN body SET DATA TYPE VARCHAR(1000000);
