-- Issue 11: the embedded store (H2) keeps each decision's document as its UTF-8 bytes, exactly the
-- bytes its document_sha256 is taken over. H2 wrote a CHARACTER VARYING value character by
-- character when it saved a page: 7 % of all the CPU of a run of 20,000 stored orders
-- (docs/PERFORMANCE.md); bytes are copied whole. H2 converts the text of every decision stored
-- before as UTF-8, and still reads the column back as text (getString decodes UTF-8), so readers and
-- SQL users see the same JSON. PostgreSQL keeps TEXT: the placeholder is empty there.
${documentAsUtf8}
