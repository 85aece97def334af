-- Vinh Danh archive, schema version 1: the whole domain.
-- Dates are ISO 8601 text (YYYY-MM-DD); years are integers.
-- *_fold columns hold vd_text_fold() of a name for diacritic-blind search;
-- sort_key holds vd_text_person_sort_key() for Vietnamese list order.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT
);

-- Organisation tree: ministry → departments → units.
CREATE TABLE units (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES units (id) ON DELETE RESTRICT,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  short_name  TEXT,
  kind        TEXT NOT NULL DEFAULT 'unit' CHECK (kind IN ('ministry', 'department', 'unit')),
  name_fold   TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0,
  note        TEXT,
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX units_parent ON units (parent_id);

CREATE TABLE people (
  id            INTEGER PRIMARY KEY,
  unit_id       INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  family_name   TEXT NOT NULL DEFAULT '',
  middle_name   TEXT NOT NULL DEFAULT '',
  given_name    TEXT NOT NULL CHECK (length (trim (given_name)) > 0),
  gender        TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('male', 'female', 'unknown')),
  birth_year    INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
  position      TEXT NOT NULL DEFAULT '',
  direct_worker INTEGER NOT NULL DEFAULT 0 CHECK (direct_worker IN (0, 1)),
  name_fold     TEXT NOT NULL DEFAULT '',
  sort_key      BLOB NOT NULL DEFAULT x'',
  note          TEXT
);
CREATE INDEX people_unit ON people (unit_id, sort_key);
CREATE INDEX people_sort ON people (sort_key);

-- Annual rating (xếp loại): excellent = hoàn thành xuất sắc, good = tốt,
-- done = hoàn thành, failed = không hoàn thành nhiệm vụ.
CREATE TABLE person_ratings (
  id        INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  year      INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  grade     TEXT NOT NULL CHECK (grade IN ('excellent', 'good', 'done', 'failed')),
  UNIQUE (person_id, year)
);

CREATE TABLE unit_ratings (
  id      INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  year    INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  grade   TEXT NOT NULL CHECK (grade IN ('excellent', 'good', 'done', 'failed')),
  UNIQUE (unit_id, year)
);

-- Catalogue of emulation titles and award forms, seeded from the reference
-- (§2.1). Legal values that are not confirmed stay data, never code.
CREATE TABLE award_kinds (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  name_en       TEXT NOT NULL DEFAULT '',
  category      TEXT NOT NULL CHECK (category IN ('title', 'form')),
  subject       TEXT NOT NULL CHECK (subject IN ('individual', 'collective', 'household')),
  level         TEXT NOT NULL CHECK (level IN ('base', 'ministry', 'state')),
  authority     TEXT NOT NULL DEFAULT '',
  legal_basis   TEXT NOT NULL DEFAULT '',
  valid_from    TEXT,
  valid_to      TEXT,
  rank          INTEGER NOT NULL DEFAULT 0,
  note          TEXT
);

-- Decisions (quyết định): number such as 382/QĐ-BTNMT.
CREATE TABLE decisions (
  id           INTEGER PRIMARY KEY,
  number       TEXT NOT NULL CHECK (length (trim (number)) > 0),
  number_seq   INTEGER,
  doc_type     TEXT NOT NULL DEFAULT '',
  issuer_code  TEXT NOT NULL DEFAULT '',
  signed_on    TEXT NOT NULL,
  signer_name  TEXT NOT NULL DEFAULT '',
  signer_title TEXT NOT NULL DEFAULT '',
  authority    TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  dossier_id   INTEGER REFERENCES dossiers (id) ON DELETE SET NULL,
  search_fold  TEXT NOT NULL DEFAULT '',
  UNIQUE (number, signed_on)
);
CREATE INDEX decisions_signed ON decisions (signed_on);

-- Awards: one title or form to one person or one unit.
CREATE TABLE awards (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  unit_id         INTEGER REFERENCES units (id) ON DELETE RESTRICT,
  award_kind_id   INTEGER NOT NULL REFERENCES award_kinds (id) ON DELETE RESTRICT,
  year            INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  decision_id     INTEGER REFERENCES decisions (id) ON DELETE RESTRICT,
  nomination_id   INTEGER REFERENCES nominations (id) ON DELETE SET NULL,
  golden_book_no  TEXT,
  citation        TEXT NOT NULL DEFAULT '',
  revoked         INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
  revoked_on      TEXT,
  revocation_note TEXT,
  CHECK ((person_id IS NULL) <> (unit_id IS NULL))
);
CREATE INDEX awards_person ON awards (person_id, year);
CREATE INDEX awards_unit ON awards (unit_id, year);
CREATE INDEX awards_decision ON awards (decision_id);
CREATE INDEX awards_kind_year ON awards (award_kind_id, year);
-- Deleting a nomination or a person checks these links; without the index
-- every check scans all awards.
CREATE INDEX awards_nomination ON awards (nomination_id);

-- Initiatives (sáng kiến) and the award each was used for, so none counts twice.
CREATE TABLE initiatives (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL CHECK (length (trim (title)) > 0),
  year            INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  level           TEXT NOT NULL CHECK (level IN ('base', 'ministry', 'national')),
  recognized_by   TEXT NOT NULL DEFAULT '',
  recognized_on   TEXT,
  used_for_award_id INTEGER REFERENCES awards (id) ON DELETE SET NULL
);

CREATE INDEX initiatives_award ON initiatives (used_for_award_id);

CREATE TABLE initiative_authors (
  initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  PRIMARY KEY (initiative_id, person_id)
);
CREATE INDEX initiative_authors_person ON initiative_authors (person_id);

-- Emulation blocs (khối thi đua).
CREATE TABLE blocs (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  managing_unit_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
  established_on   TEXT,
  note             TEXT
);

CREATE TABLE bloc_members (
  bloc_id INTEGER NOT NULL REFERENCES blocs (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  year    INTEGER NOT NULL,
  PRIMARY KEY (bloc_id, unit_id, year)
);

-- Head (khối trưởng) and deputy (khối phó) for one year.
CREATE TABLE bloc_terms (
  bloc_id        INTEGER NOT NULL REFERENCES blocs (id) ON DELETE CASCADE,
  year           INTEGER NOT NULL,
  head_unit_id   INTEGER REFERENCES units (id) ON DELETE RESTRICT,
  deputy_unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,
  decision_id    INTEGER REFERENCES decisions (id) ON DELETE SET NULL,
  PRIMARY KEY (bloc_id, year),
  CHECK (head_unit_id IS NULL OR head_unit_id IS NOT deputy_unit_id)
);

-- Signed covenant (giao ước thi đua) of a bloc for a year.
CREATE TABLE covenants (
  id          INTEGER PRIMARY KEY,
  bloc_id     INTEGER NOT NULL REFERENCES blocs (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  signed_on   TEXT,
  content     TEXT NOT NULL DEFAULT '',
  document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  UNIQUE (bloc_id, year)
);

-- Scoring sheet: criteria of a bloc for a year and each member's scores.
CREATE TABLE score_criteria (
  id          INTEGER PRIMARY KEY,
  bloc_id     INTEGER NOT NULL REFERENCES blocs (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  group_name  TEXT NOT NULL DEFAULT '',
  text        TEXT NOT NULL CHECK (length (trim (text)) > 0),
  max_points  REAL NOT NULL CHECK (max_points >= 0),
  max_bonus   REAL NOT NULL DEFAULT 0 CHECK (max_bonus >= 0),
  sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX score_criteria_bloc ON score_criteria (bloc_id, year);

CREATE TABLE scores (
  criterion_id INTEGER NOT NULL REFERENCES score_criteria (id) ON DELETE CASCADE,
  unit_id      INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  self_score   REAL,
  review_score REAL,
  bonus        REAL NOT NULL DEFAULT 0,
  note         TEXT,
  PRIMARY KEY (criterion_id, unit_id)
);

-- Emulation campaigns (phong trào thi đua) and their calendar.
CREATE TABLE campaigns (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (length (trim (name)) > 0),
  slogan           TEXT NOT NULL DEFAULT '',
  kind             TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'thematic', 'phase')),
  scope            TEXT NOT NULL DEFAULT 'ministry' CHECK (scope IN ('national', 'ministry', 'bloc', 'unit')),
  launched_by      TEXT NOT NULL DEFAULT '',
  launch_reference TEXT NOT NULL DEFAULT '',
  unit_id          INTEGER REFERENCES units (id) ON DELETE SET NULL,
  bloc_id          INTEGER REFERENCES blocs (id) ON DELETE SET NULL,
  starts_on        TEXT NOT NULL,
  ends_on          TEXT,
  description      TEXT NOT NULL DEFAULT '',
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE campaign_milestones (
  id          INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('launch', 'interim_review', 'final_review',
                                             'dossier_deadline', 'anniversary', 'other')),
  due_on      TEXT NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  note        TEXT
);
CREATE INDEX campaign_milestones_due ON campaign_milestones (due_on);

-- Nomination dossiers (hồ sơ đề nghị khen thưởng).
CREATE TABLE dossiers (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL CHECK (length (trim (title)) > 0),
  unit_id      INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  campaign_id  INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
  year         INTEGER NOT NULL,
  status       TEXT NOT NULL DEFAULT 'draft'
               CHECK (status IN ('draft', 'submitted', 'returned', 'reviewing', 'approved', 'rejected', 'decided')),
  reference    TEXT NOT NULL DEFAULT '',
  created_on   TEXT NOT NULL,
  submitted_on TEXT,
  note         TEXT,
  search_fold  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossiers_unit ON dossiers (unit_id, year);

-- One proposed award inside a dossier, for a person or a unit.
CREATE TABLE nominations (
  id            INTEGER PRIMARY KEY,
  dossier_id    INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  person_id     INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  unit_id       INTEGER REFERENCES units (id) ON DELETE RESTRICT,
  award_kind_id INTEGER NOT NULL REFERENCES award_kinds (id) ON DELETE RESTRICT,
  achievement   TEXT NOT NULL DEFAULT '',
  votes_for     INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
  votes_total   INTEGER CHECK (votes_total IS NULL OR votes_total >= 0),
  outcome       TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'approved', 'rejected')),
  CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
  CHECK (votes_for IS NULL OR votes_total IS NULL OR votes_for <= votes_total)
);
CREATE INDEX nominations_dossier ON nominations (dossier_id);
CREATE INDEX nominations_person ON nominations (person_id);
CREATE INDEX nominations_unit ON nominations (unit_id);

-- File contents, content-addressed and stored once however often attached.
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length (sha256) = 64),
  size   INTEGER NOT NULL,
  data   BLOB NOT NULL
);

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  dossier_id  INTEGER REFERENCES dossiers (id) ON DELETE CASCADE,
  decision_id INTEGER REFERENCES decisions (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('submission', 'achievement_report', 'minutes',
                                             'decision', 'initiative', 'other')),
  title       TEXT NOT NULL DEFAULT '',
  filename    TEXT NOT NULL DEFAULT '',
  mime_type   TEXT NOT NULL DEFAULT 'application/pdf',
  sha256      TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE RESTRICT,
  page_count  INTEGER,
  added_on    TEXT NOT NULL
);
CREATE INDEX documents_dossier ON documents (dossier_id);
CREATE INDEX documents_decision ON documents (decision_id);
CREATE INDEX documents_blob ON documents (sha256);

-- Certificate templates: paper size, optional scanned blank, field layout (JSON).
CREATE TABLE certificate_templates (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE,
  award_kind_id   INTEGER REFERENCES award_kinds (id) ON DELETE SET NULL,
  paper_width_mm  REAL NOT NULL CHECK (paper_width_mm > 0),
  paper_height_mm REAL NOT NULL CHECK (paper_height_mm > 0),
  background_sha256 TEXT REFERENCES blobs (sha256) ON DELETE SET NULL,
  fields_json     TEXT NOT NULL DEFAULT '[]'
);

-- Who changed what and when. Rows are written by triggers (see vd-schema.c).
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  os_user    TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id     INTEGER,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'note')),
  before     TEXT,
  after      TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
