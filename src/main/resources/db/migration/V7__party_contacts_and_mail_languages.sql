-- How each party of a product is reached. The party the written agreement names (Q&A 1) signs what the
-- physician or the authorities receive, and replies go to its address. Nullable: existing products get
-- their contacts when the agreement's details are entered. The sponsor keeps its sponsor_email.
ALTER TABLE product ADD COLUMN mah_email VARCHAR(254);
ALTER TABLE product ADD COLUMN mah_phone VARCHAR(40);
ALTER TABLE product ADD COLUMN mah_address VARCHAR(500);
ALTER TABLE product ADD COLUMN manufacturer_email VARCHAR(254);
ALTER TABLE product ADD COLUMN manufacturer_phone VARCHAR(40);
ALTER TABLE product ADD COLUMN manufacturer_address VARCHAR(500);
ALTER TABLE product ADD COLUMN importer_email VARCHAR(254);
ALTER TABLE product ADD COLUMN importer_phone VARCHAR(40);
ALTER TABLE product ADD COLUMN importer_address VARCHAR(500);

-- The language a treating site's physician reads (Q&A 1 and 2: the physician is informed, and receives the
-- risk evaluation). A mail goes out in it where a translation of the mail texts exists, always with the
-- English text below; otherwise in English only. Countries with several official languages at national
-- level (Belgium, Luxembourg) are left out until sites carry their own language: their physicians read English.
CREATE TABLE country_language (
    country_code  CHAR(2)     NOT NULL PRIMARY KEY,
    language_tag  VARCHAR(8)  NOT NULL,
    CONSTRAINT country_language_country_fk FOREIGN KEY (country_code) REFERENCES authority (country_code)
);

INSERT INTO country_language (country_code, language_tag) VALUES
    ('AT', 'de'), ('BG', 'bg'), ('CY', 'el'), ('CZ', 'cs'), ('DE', 'de'), ('DK', 'da'), ('EE', 'et'),
    ('ES', 'es'), ('FI', 'fi'), ('FR', 'fr'), ('GB', 'en'), ('GR', 'el'), ('HR', 'hr'), ('HU', 'hu'),
    ('IE', 'en'), ('IS', 'is'), ('IT', 'it'), ('LI', 'de'), ('LT', 'lt'), ('LV', 'lv'), ('MT', 'en'),
    ('NL', 'nl'), ('NO', 'nb'), ('PL', 'pl'), ('PT', 'pt'), ('RO', 'ro'), ('SE', 'sv'), ('SI', 'sl'),
    ('SK', 'sk');
