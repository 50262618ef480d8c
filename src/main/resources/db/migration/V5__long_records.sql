-- A step records every field of its form, each up to 4,000 characters (a risk evaluation has eight),
-- and a notification carries the case summary with up to 20 results: room for all of it, so a long
-- but valid record is never refused by the database.
ALTER TABLE case_record ALTER COLUMN details SET DATA TYPE VARCHAR(200000);
ALTER TABLE notification ALTER COLUMN body SET DATA TYPE VARCHAR(200000);
