-- How each audit row's hash is made: 0 = SHA-256 of the row (rows written before the chain had a
-- key), 1 = HMAC-SHA256 of the same text under the audit key, which is kept outside the database.
-- Once a row is keyed every later row must be (verification refuses an unkeyed row after it), so
-- rows written before keys existed keep verifying and rows written since cannot be forged.
ALTER TABLE audit_log ADD COLUMN hash_scheme SMALLINT DEFAULT 0 NOT NULL;
-- The scheme of the head row: a writer without the key learns from it that it must not append.
ALTER TABLE audit_head ADD COLUMN hash_scheme SMALLINT DEFAULT 0 NOT NULL;

-- On PostgreSQL the trail is insert-only for the application: UPDATE, DELETE and TRUNCATE are
-- revoked from the role that runs the migrations (the application's) and from PUBLIC, and a
-- trigger refuses them even for a role that has them (the table's owner can grant itself back,
-- a superuser ignores grants). On H2 the placeholder is empty: whoever can write the file owns it,
-- and the keyed chain is the defence there.
${auditInsertOnly}
