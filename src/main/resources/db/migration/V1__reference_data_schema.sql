-- Reference data: authorities, sites, products, pseudonymous patients.
-- Portable SQL: the same migrations run on H2 (embedded default) and PostgreSQL (production).

CREATE TABLE authority (
    code               VARCHAR(20)  NOT NULL PRIMARY KEY,
    kind               VARCHAR(40)  NOT NULL,
    country_code       CHAR(2),
    name               VARCHAR(200) NOT NULL,
    local_name         VARCHAR(200),
    acronym            VARCHAR(20)  NOT NULL,
    notification_email VARCHAR(254) NOT NULL,
    CONSTRAINT authority_kind_ck CHECK (kind IN ('EU_AGENCY', 'NATIONAL_COMPETENT_AUTHORITY')),
    CONSTRAINT authority_country_ck CHECK (
        (kind = 'EU_AGENCY' AND country_code IS NULL)
        OR (kind = 'NATIONAL_COMPETENT_AUTHORITY' AND country_code IS NOT NULL)),
    -- One national competent authority per country: it is the Supervisory Authority of that country's sites.
    CONSTRAINT authority_country_uq UNIQUE (country_code)
);

CREATE TABLE site (
    code            VARCHAR(40)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    city            VARCHAR(100) NOT NULL,
    country_code    CHAR(2)      NOT NULL,
    releases_batches BOOLEAN     NOT NULL,
    treats_patients  BOOLEAN     NOT NULL,
    CONSTRAINT site_country_fk FOREIGN KEY (country_code) REFERENCES authority (country_code),
    CONSTRAINT site_role_ck CHECK (releases_batches OR treats_patients)
);

CREATE TABLE product (
    code                    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    inn                     VARCHAR(200),
    atmp_class              VARCHAR(40)  NOT NULL,
    legal_route             VARCHAR(40),
    authorisation_number    VARCHAR(60),
    mah_name                VARCHAR(200),
    manufacturer_name       VARCHAR(200) NOT NULL,
    importer_name           VARCHAR(200),
    sponsor_name            VARCHAR(200),
    physician_contact_party VARCHAR(20)  NOT NULL,
    authority_contact_party VARCHAR(20)  NOT NULL,
    CONSTRAINT product_class_ck CHECK (atmp_class IN
        ('SOMATIC_CELL_THERAPY', 'TISSUE_ENGINEERED', 'GENE_THERAPY_CELL_BASED')),
    CONSTRAINT product_route_ck CHECK (legal_route IN
        ('EU_CENTRALISED', 'UK_MHRA', 'NATIONAL', 'CLINICAL_TRIAL', 'HOSPITAL_EXEMPTION')),
    -- A legal supply route is always evidenced by its authorisation, trial or exemption number.
    CONSTRAINT product_route_number_ck CHECK (legal_route IS NULL OR authorisation_number IS NOT NULL),
    CONSTRAINT product_mah_ck CHECK (
        legal_route NOT IN ('EU_CENTRALISED', 'UK_MHRA', 'NATIONAL') OR mah_name IS NOT NULL),
    CONSTRAINT product_sponsor_ck CHECK (legal_route <> 'CLINICAL_TRIAL' OR sponsor_name IS NOT NULL),
    CONSTRAINT product_physician_party_ck CHECK (physician_contact_party IN ('MAH', 'MANUFACTURER', 'IMPORTER', 'SPONSOR')),
    CONSTRAINT product_authority_party_ck CHECK (authority_contact_party IN ('MAH', 'MANUFACTURER', 'IMPORTER', 'SPONSOR')),
    -- The written agreement (Q&A 1) can only name a party the product actually has.
    CONSTRAINT product_parties_exist_ck CHECK (
        (physician_contact_party <> 'MAH' OR mah_name IS NOT NULL)
        AND (physician_contact_party <> 'IMPORTER' OR importer_name IS NOT NULL)
        AND (physician_contact_party <> 'SPONSOR' OR sponsor_name IS NOT NULL)
        AND (authority_contact_party <> 'MAH' OR mah_name IS NOT NULL)
        AND (authority_contact_party <> 'IMPORTER' OR importer_name IS NOT NULL)
        AND (authority_contact_party <> 'SPONSOR' OR sponsor_name IS NOT NULL))
);

-- Patients are known to the product only by pseudonym; the key to identity stays at the treating site.
CREATE TABLE patient (
    pseudonym         VARCHAR(40) NOT NULL PRIMARY KEY,
    treating_site_code VARCHAR(40) NOT NULL,
    CONSTRAINT patient_site_fk FOREIGN KEY (treating_site_code) REFERENCES site (code)
);
