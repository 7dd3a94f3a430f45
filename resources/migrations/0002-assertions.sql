-- Schema version 2: assertions (docs/ASSERTIONS.md) kept with a dataset, applying to every case,
-- and with each case, applying to it alone. Each is a JSON array of assertion objects.
ALTER TABLE datasets ADD COLUMN assertions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE dataset_cases ADD COLUMN assertions TEXT NOT NULL DEFAULT '[]';
