-- Issue 13, points 2, 3 and 9: authorizations bound to content and date, four eyes, self-declared
-- CLI actors. Portable SQL (H2 and PostgreSQL); every column is added so that rows written before
-- keep reading, and where a legacy row lacks what a check needs the check fails safe (below).

-- A decision under another date than the day it was made is a dry run: recorded, never shippable.
ALTER TABLE decision ADD COLUMN dry_run BOOLEAN DEFAULT FALSE NOT NULL;
-- The canonical content hash of the order (docs/STORE.md "Content hash"); null on legacy rows,
-- which no NAC notification or content-bound license then covers.
ALTER TABLE decision ADD COLUMN content_sha256 CHAR(64);
-- Whether the actor was checked (an API key) or declared (CLI --actor / LICIT_ACTOR), and the OS
-- user of a declared one; null on legacy rows: unknown.
ALTER TABLE decision ADD COLUMN actor_verified BOOLEAN;
ALTER TABLE decision ADD COLUMN os_user VARCHAR(200);
CREATE INDEX decision_actor ON decision (actor, decided_at);

-- What a notification was filed for. Null on legacy rows: such a notification covers only the
-- decision it was filed from, never a re-decided order (whose content may have changed).
ALTER TABLE nac_notification ADD COLUMN content_sha256 CHAR(64);

-- A license registered for one decision covers only orders of that content; null: the license's
-- own terms (ECCNs, destination, named parties, limits) are what it covers, as before.
ALTER TABLE license ADD COLUMN content_sha256 CHAR(64);
ALTER TABLE license ADD COLUMN filed_for VARCHAR(40);

-- Four eyes on MATCH-band hits: the first reviewer's clearance waits here for a second reviewer.
ALTER TABLE case_match ADD COLUMN proposed_by VARCHAR(200);
ALTER TABLE case_match ADD COLUMN proposed_at VARCHAR(30);
ALTER TABLE case_match ADD COLUMN proposed_reason VARCHAR(2000);

-- A clearance holds until it expires (legacy rows: cleared_at plus the configured validity) and
-- names the reviewer who proposed it when a second one completed it.
ALTER TABLE clearance ADD COLUMN expires_on DATE;
ALTER TABLE clearance ADD COLUMN proposed_by VARCHAR(200);

-- What a requester's key may see and ship: OWN (its own decisions) or TEAM (all).
ALTER TABLE api_key ADD COLUMN scope VARCHAR(10) DEFAULT 'OWN' NOT NULL;
