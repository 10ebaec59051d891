-- Issue 18, point 6: why a case was opened, as sentence codes with their values (the key of each
-- sentence's translated template in data/i18n/rules.LANG.yaml), so that the UI and the decision record
-- say it in the reader's language. A JSON array of {"code": ..., "params": {...}}, in order. The
-- English reason stays as it was; a case opened before this version has no codes (NULL) and is shown
-- in its English words. Portable SQL (H2 and PostgreSQL).
ALTER TABLE review_case ADD COLUMN reason_details ${text};
