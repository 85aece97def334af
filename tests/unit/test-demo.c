/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vd-decision-number.h"
#include "vd-demo.h"
#include "vd-store.h"
#include "vd-text.h"

/* One small archive is generated once and shared by the read-only tests;
 * the determinism test makes a second one to compare with it. */

static char *tmp_dir;
static char *small_path;

static gboolean
contains (const guchar *data,
          gsize         size,
          const char   *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= size; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static VdStore *
open_small (void)
{
  g_autoptr(GError) error = NULL;
  VdStore *store;

  if (small_path == NULL)
    {
      small_path = g_build_filename (tmp_dir, "small.vinhdanh", NULL);
      g_assert_true (vd_demo_generate (small_path, VD_DEMO_SCALE_SMALL, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  store = vd_store_open (small_path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
query_int (VdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static char *
query_text (VdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  char *text = NULL;

  g_assert_nonnull (stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return text;
}

/* A digest of every row of every table (not of the file's bytes, which
 * SQLite may lay out differently). The audit trail is left out: the rows
 * the catalogue wrote when the archive was created carry the clock. */
static char *
table_digest (VdStore *store)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (store, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  g_assert_cmpuint (tables->len, >=, 20);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", (char *) tables->pdata[t]);
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (vd_store_get_db (store), sql, -1, &rows, NULL), ==, SQLITE_OK);
      g_checksum_update (sum, (const guchar *) sql, -1);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (rows); c++)
          {
            guchar type = (guchar) sqlite3_column_type (rows, c);
            const void *data = sqlite3_column_blob (rows, c);
            int size = sqlite3_column_bytes (rows, c);

            g_checksum_update (sum, &type, 1);
            if (data != NULL)
              g_checksum_update (sum, data, size);
          }
      sqlite3_finalize (rows);
    }

  /* The note that replaces the per-row trail does belong to the data. */
  stmt = vd_store_prepare (store, "SELECT at || after FROM audit_log WHERE action = 'note'", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_checksum_update (sum, sqlite3_column_text (stmt, 0), -1);
  sqlite3_reset (stmt);

  return g_strdup (g_checksum_get_string (sum));
}

static void
test_counts (void)
{
  g_autoptr(VdStore) store = open_small ();
  g_autofree char *integrity = query_text (store, "PRAGMA integrity_check");
  g_autofree char *journal = query_text (store, "PRAGMA journal_mode");
  g_autofree char *demo = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *note = NULL;

  /* Sound: every CHECK, NOT NULL and foreign key holds. */
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpstr (journal, ==, "wal");

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM units"), >=, 25);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM units"), <=, 40);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM units WHERE kind = 'ministry'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM units WHERE kind = 'department'"), >=, 5);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM people"), ==, 600);
  g_assert_cmpint (query_int (store, "SELECT min(year) FROM person_ratings"), ==, 2016);
  g_assert_cmpint (query_int (store, "SELECT max(year) FROM person_ratings"), ==, 2025);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM unit_ratings"), >=, 250);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM awards"), >=, 5000);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM decisions"), >=, 500);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM dossiers"), >=, 100);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM nominations"), >=, 300);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM documents"), >=, 500);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM blobs"), >=, 20);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM blobs"), <=, 40);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM campaigns"), >=, 20);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM campaign_milestones"), >=, 100);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM blocs"), ==, 4);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM initiatives WHERE used_for_award_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM initiatives WHERE level = 'ministry'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM awards WHERE golden_book_no IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM awards WHERE revoked = 1 AND revoked_on IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM people WHERE direct_worker = 1"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM people WHERE gender = 'female'"), >, 150);

  /* Every stage of the dossier workflow is represented. */
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT status) FROM dossiers"), ==, 7);
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT outcome) FROM nominations"), ==, 3);

  /* Ratings are mostly good, some excellent, few below. */
  g_assert_cmpint (query_int (store, "SELECT 100 * sum(grade = 'good') / count(*) FROM person_ratings"), >=, 55);
  g_assert_cmpint (query_int (store, "SELECT 100 * sum(grade = 'excellent') / count(*) FROM person_ratings"), >=, 8);
  g_assert_cmpint (query_int (store, "SELECT 100 * sum(grade IN ('done', 'failed')) / count(*) FROM person_ratings"), <=, 15);

  /* Nothing dated after the demo's "today". */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM decisions WHERE signed_on > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM documents WHERE added_on > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM dossiers WHERE created_on > '2026-11-23' "
                                     "OR submitted_on > '2026-11-23' OR submitted_on < created_on"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM covenants WHERE signed_on > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM initiatives WHERE recognized_on > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id "
                                     "WHERE a.revoked_on > '2026-11-23' OR a.revoked_on < d.signed_on"), ==, 0);
  /* A decision follows the dossier it answers. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM decisions d JOIN dossiers s ON s.id = d.dossier_id "
                                     "WHERE d.signed_on < s.submitted_on"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM campaign_milestones "
                                     "WHERE done <> (due_on <= '2026-11-23')"), ==, 0);

  demo = query_text (store, "SELECT value FROM settings WHERE key = 'demo'");
  organisation = query_text (store, "SELECT value FROM settings WHERE key = 'organisation_name'");
  g_assert_cmpstr (demo, ==, "small");
  g_assert_cmpstr (organisation, ==, "Bộ Tài nguyên và Môi trường");

  /* The trail was off: one note instead of a row per insert. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE action = 'note'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE table_name NOT IN ('award_kinds', 'settings')"),
                   ==, 0);
  note = query_text (store, "SELECT after FROM audit_log WHERE action = 'note'");
  g_assert_nonnull (strstr (note, "\"scale\":\"small\""));
  /* …and it is back on for whoever opens the archive next. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'"),
                   >=, 60);
}

/* The derived columns hold what core would have computed. */
static void
test_derived_columns (void)
{
  g_autoptr(VdStore) store = open_small ();
  sqlite3_stmt *stmt;
  int n = 0;

  stmt = vd_store_prepare (store, "SELECT family_name, middle_name, given_name, name_fold, sort_key FROM people", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *family = (const char *) sqlite3_column_text (stmt, 0);
      const char *middle = (const char *) sqlite3_column_text (stmt, 1);
      const char *given = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *full = vd_text_full_name (family, middle, given);
      g_autofree char *fold = vd_text_fold (full);
      g_autoptr(GBytes) key = vd_text_person_sort_key (family, middle, given);
      g_autoptr(GBytes) stored = g_bytes_new (sqlite3_column_blob (stmt, 4), sqlite3_column_bytes (stmt, 4));

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, fold);
      g_assert_true (g_bytes_equal (key, stored));
      n++;
    }
  sqlite3_reset (stmt);
  g_assert_cmpint (n, ==, 600);

  stmt = vd_store_prepare (store, "SELECT number, number_seq, doc_type, issuer_code, title, search_fold FROM decisions", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *number = (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(VdDecisionNumber) parsed = vd_decision_number_parse (number, &error);
      g_autofree char *search = g_strconcat (number, " ", sqlite3_column_text (stmt, 4), NULL);
      g_autofree char *fold = vd_text_fold (search);
      const char *issuer = (const char *) sqlite3_column_text (stmt, 3);

      g_assert_no_error (error);
      g_assert_cmpint (parsed->sequence, ==, sqlite3_column_int (stmt, 1));
      g_assert_cmpstr (parsed->doc_type, ==, (const char *) sqlite3_column_text (stmt, 2));
      g_assert_cmpstr (parsed->issuer, ==, issuer);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, fold);
    }
  sqlite3_reset (stmt);

  /* A number is used once a year by each issuer. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM (SELECT number, substr(signed_on, 1, 4) AS y FROM decisions "
                                     "GROUP BY number, y HAVING count(*) > 1)"), ==, 0);
}

/* The award rules hold: the application's checks must not flag demo data. */
static void
test_rules (void)
{
  g_autoptr(VdStore) store = open_small ();

  /* Lao động tiên tiến needs "good" or better that year. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id "
                              "WHERE k.code = 'LDTT' AND NOT EXISTS (SELECT 1 FROM person_ratings r "
                              "WHERE r.person_id = a.person_id AND r.year = a.year AND r.grade IN ('good', 'excellent'))"),
                   ==, 0);
  /* CSTĐCS only with LĐTT, and at most ~15 % of them. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id "
                              "WHERE k.code = 'CSTDCS' AND NOT EXISTS (SELECT 1 FROM awards b JOIN award_kinds kb "
                              "ON kb.id = b.award_kind_id WHERE kb.code = 'LDTT' AND b.person_id = a.person_id "
                              "AND b.year = a.year)"),
                   ==, 0);
  g_assert_cmpint (query_int (store,
                              "SELECT 100 * sum(k.code = 'CSTDCS') / sum(k.code = 'LDTT') FROM awards a "
                              "JOIN award_kinds k ON k.id = a.award_kind_id"),
                   <=, 20);
  /* A yearly Bằng khen follows two CSTĐCS in a row, or (from 2024) two
   * excellent years. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id "
                              "JOIN decisions d ON d.id = a.decision_id "
                              "WHERE k.code = 'BK_BO' AND d.title LIKE '%thực hiện nhiệm vụ năm%' "
                              "AND (SELECT count(*) FROM awards b JOIN award_kinds kb ON kb.id = b.award_kind_id "
                              "     WHERE kb.code = 'CSTDCS' AND b.person_id = a.person_id "
                              "     AND b.year IN (a.year - 1, a.year)) < 2 "
                              "AND (a.year < 2024 OR (SELECT count(*) FROM person_ratings r WHERE r.person_id = a.person_id "
                              "     AND r.year IN (a.year - 1, a.year) AND r.grade = 'excellent') < 2)"),
                   ==, 0);
  /* Ministry and state awards come from a dossier's approved nomination. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id "
                              "LEFT JOIN nominations n ON n.id = a.nomination_id "
                              "WHERE k.level <> 'base' AND (n.id IS NULL OR n.outcome <> 'approved' "
                              "OR n.award_kind_id <> a.award_kind_id)"),
                   ==, 0);
  /* An initiative is used for at most one award, and one of its author's. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM initiatives i JOIN awards a ON a.id = i.used_for_award_id "
                              "WHERE NOT EXISTS (SELECT 1 FROM initiative_authors ia WHERE ia.initiative_id = i.id "
                              "AND ia.person_id = a.person_id)"),
                   ==, 0);
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM (SELECT used_for_award_id FROM initiatives "
                              "WHERE used_for_award_id IS NOT NULL GROUP BY 1 HAVING count(*) > 1)"),
                   ==, 0);
}

static void
test_findable_person (void)
{
  g_autoptr(VdStore) store = open_small ();
  g_autofree char *unit = NULL;

  /* "nguyen van dung" finds exactly one person. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM people WHERE name_fold LIKE '%nguyen van dung%'"), ==, 1);
  unit = query_text (store, "SELECT u.name || ' / ' || p.name FROM people x JOIN units u ON u.id = x.unit_id "
                            "JOIN units p ON p.id = u.parent_id WHERE x.name_fold = 'nguyen van dung'");
  g_assert_cmpstr (unit, ==, "Phòng Kế hoạch – Tổng hợp / Ban Quản lý Dự án Đầu tư và Xây dựng");

  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT r.year) FROM person_ratings r JOIN people p "
                                     "ON p.id = r.person_id WHERE p.name_fold = 'nguyen van dung'"), ==, 10);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id "
                                     "WHERE p.name_fold = 'nguyen van dung'"), >=, 10);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id "
                                     "JOIN award_kinds k ON k.id = a.award_kind_id "
                                     "WHERE p.name_fold = 'nguyen van dung' AND k.code = 'BK_BO' AND a.revoked = 0"), >=, 1);
}

static void
test_khoi_vi (void)
{
  g_autoptr(VdStore) store = open_small ();
  sqlite3_stmt *stmt;

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM bloc_members m JOIN blocs b ON b.id = m.bloc_id "
                                     "WHERE b.name = 'Khối thi đua số VI' AND m.year = 2021"), ==, 7);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM bloc_members m JOIN blocs b ON b.id = m.bloc_id "
                                     "JOIN units u ON u.id = m.unit_id WHERE b.name = 'Khối thi đua số VI' "
                                     "AND m.year = 2021 AND u.name IN ('Ban Quản lý Dự án Đầu tư và Xây dựng', "
                                     "'Công ty TNHH MTV Tài nguyên và Môi trường miền Nam', "
                                     "'Báo Tài nguyên và Môi trường')"), ==, 3);
  /* Every year of the archive has its members and its head and deputy. */
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT t.year) FROM bloc_terms t JOIN blocs b ON b.id = t.bloc_id "
                                     "WHERE b.name = 'Khối thi đua số VI'"), >=, 10);

  stmt = vd_store_prepare (store,
                           "SELECT h.name, d.name, q.number, q.signed_on, "
                           "(SELECT count(*) FROM documents WHERE decision_id = q.id) "
                           "FROM bloc_terms t JOIN blocs b ON b.id = t.bloc_id "
                           "JOIN units h ON h.id = t.head_unit_id JOIN units d ON d.id = t.deputy_unit_id "
                           "JOIN decisions q ON q.id = t.decision_id "
                           "WHERE b.name = 'Khối thi đua số VI' AND t.year = 2021", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Ban Quản lý Dự án Đầu tư và Xây dựng");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "Công ty TNHH MTV Tài nguyên và Môi trường miền Nam");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "382/QĐ-BTNMT");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "2021-02-26");
  g_assert_cmpint (sqlite3_column_int (stmt, 4), ==, 1);
  sqlite3_reset (stmt);

  /* The 2021 covenant was signed at the review conference of 10/3/2021. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM covenants c JOIN blocs b ON b.id = c.bloc_id "
                                     "WHERE b.name = 'Khối thi đua số VI' AND c.year = 2021 "
                                     "AND c.signed_on = '2021-03-10' AND c.document_id IS NOT NULL"), ==, 1);
  /* Scores: one sheet a year, the current one not yet reviewed. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM scores s JOIN score_criteria c ON c.id = s.criterion_id "
                                     "JOIN blocs b ON b.id = c.bloc_id WHERE b.name = 'Khối thi đua số VI' "
                                     "AND c.year = 2021 AND s.review_score <= c.max_points"), >=, 7 * 8);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM scores s JOIN score_criteria c ON c.id = s.criterion_id "
                                     "WHERE c.year = 2026 AND s.review_score IS NOT NULL"), ==, 0);
  /* Other blocs exist with members. */
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT bloc_id) FROM bloc_members"), ==, 4);
}

static void
test_pdf (void)
{
  g_autoptr(VdStore) store = open_small ();
  sqlite3_stmt *stmt;
  int n = 0;

  stmt = vd_store_prepare (store, "SELECT sha256, size, data FROM blobs", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const guchar *data = sqlite3_column_blob (stmt, 2);
      gsize size = sqlite3_column_bytes (stmt, 2);
      g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);
      g_autoptr(GBytes) bytes = g_bytes_new (data, size);

      g_assert_cmpstr (sha, ==, (const char *) sqlite3_column_text (stmt, 0));
      g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, size);
      g_assert_true (size > 4 && memcmp (data, "%PDF", 4) == 0);
      /* Scanned pages: JPEG images passed through as they are. */
      g_assert_true (contains (data, size, "/DCTDecode"));
      g_assert_true (contains (data, size, "/DeviceGray"));
      n++;
    }
  sqlite3_reset (stmt);
  g_assert_cmpint (n, >=, 20);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM documents WHERE page_count < 1 OR mime_type <> 'application/pdf'"),
                   ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT kind) FROM documents"), ==, 6);
}

static void
test_deterministic (void)
{
  g_autoptr(VdStore) first = open_small ();
  g_autofree char *second_path = g_build_filename (tmp_dir, "again.vinhdanh", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (vd_demo_generate (second_path, VD_DEMO_SCALE_SMALL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  second = vd_store_open (second_path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  a = table_digest (first);
  b = table_digest (second);
  g_assert_cmpstr (a, ==, b);
}

static void
test_refuses_existing (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "existing.vinhdanh", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "not to be touched", -1, NULL));
  g_assert_false (vd_demo_generate (path, VD_DEMO_SCALE_SMALL, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "existing.vinhdanh"));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not to be touched");
}

typedef struct
{
  GCancellable *cancellable;
  double        last;
  int           calls;
  gboolean      in_order;
} Watch;

static void
cancel_midway (double      fraction,
               const char *label,
               gpointer    user_data)
{
  Watch *watch = user_data;

  watch->calls++;
  watch->in_order &= fraction >= watch->last && fraction <= 1.0 && label != NULL && *label != '\0';
  watch->last = fraction;
  /* Somewhere in the awards, after several transactions have committed. */
  if (fraction > 0.5)
    g_cancellable_cancel (watch->cancellable);
}

static void
test_cancel_removes_partial (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "cancelled.vinhdanh", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Watch watch = { cancellable, 0, 0, TRUE };

  g_assert_false (vd_demo_generate (path, VD_DEMO_SCALE_SMALL, cancel_midway, &watch, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (watch.in_order);
  g_assert_cmpint (watch.calls, >, 5);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_scale_names (void)
{
  VdDemoScale scale = VD_DEMO_SCALE_SMALL;

  g_assert_true (vd_demo_scale_from_string ("large", &scale));
  g_assert_cmpint (scale, ==, VD_DEMO_SCALE_LARGE);
  g_assert_cmpstr (vd_demo_scale_to_string (scale), ==, "large");
  g_assert_true (vd_demo_scale_from_string ("small", &scale));
  g_assert_cmpint (scale, ==, VD_DEMO_SCALE_SMALL);
  g_assert_false (vd_demo_scale_from_string ("huge", &scale));
  g_assert_false (vd_demo_scale_from_string (NULL, &scale));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("vd-demo-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/demo/scale-names", test_scale_names);
  g_test_add_func ("/demo/refuses-existing-file", test_refuses_existing);
  g_test_add_func ("/demo/cancel-removes-partial", test_cancel_removes_partial);
  g_test_add_func ("/demo/small/counts", test_counts);
  g_test_add_func ("/demo/small/derived-columns", test_derived_columns);
  g_test_add_func ("/demo/small/rules", test_rules);
  g_test_add_func ("/demo/small/findable-person", test_findable_person);
  g_test_add_func ("/demo/small/khoi-vi", test_khoi_vi);
  g_test_add_func ("/demo/small/pdf", test_pdf);
  g_test_add_func ("/demo/small/deterministic", test_deterministic);

  status = g_test_run ();

  remove_tree (tmp_dir);
  g_free (small_path);
  g_free (tmp_dir);
  return status;
}
