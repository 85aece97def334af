/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vd-campaign-files.h"
#include "vd-campaigns.h"
#include "vd-store.h"

typedef struct
{
  char    *dir;
  char    *path;
  VdStore *store;
  gint64   campaign;
} Fixture;

static void
exec (VdStore    *store,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdCampaign) campaign = vd_campaign_new ();

  f->dir = g_dir_make_tmp ("vd-campaign-files-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  exec (f->store, "INSERT INTO units (id, name) VALUES (1, 'Vụ Tổ chức cán bộ'), (2, 'Cục Đo đạc')");
  exec (f->store, "INSERT INTO blocs (id, name) VALUES (1, 'Khối thi đua số I')");
  campaign->name = g_strdup ("Thi đua đặc biệt");
  campaign->starts_on = g_strdup ("2022-05-16");
  campaign->ends_on = g_strdup ("2022-08-05");
  f->campaign = vd_campaigns_insert (f->store, campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->campaign, >, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
query_int (VdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static GBytes *
pdf_bytes (const char *marker)
{
  /* Core does not parse PDFs: any bytes stand for one here. */
  return g_bytes_new_take (g_strdup_printf ("%%PDF-1.4 %s %%%%EOF", marker),
                           strlen ("%PDF-1.4  %%EOF") + strlen (marker));
}

static void
test_dedup (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pdf_bytes ("plan");
  g_autoptr(GPtrArray) list = NULL;
  gint64 a, b;

  a = vd_campaign_documents_attach (f->store, f->campaign, "ke-hoach.pdf", bytes, 3, &error);
  g_assert_no_error (error);
  b = vd_campaign_documents_attach (f->store, f->campaign, "ke-hoach (copy).pdf", bytes, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (a, >, 0);
  g_assert_cmpint (b, >, a);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM blobs"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 2);

  list = vd_campaign_documents_list (f->store, f->campaign, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((VdCampaignDocument *) list->pdata[0])->filename, ==, "ke-hoach.pdf");
  g_assert_cmpint (((VdCampaignDocument *) list->pdata[0])->page_count, ==, 3);
  g_assert_cmpint (((VdCampaignDocument *) list->pdata[0])->size, ==, (gint64) g_bytes_get_size (bytes));
}

static void
test_refusal (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) big = g_bytes_new_take (g_malloc0 (VD_CAMPAIGN_DOCUMENT_MAX_SIZE + 1),
                                            VD_CAMPAIGN_DOCUMENT_MAX_SIZE + 1);
  g_autoptr(GBytes) ok = pdf_bytes ("x");
  GError *error = NULL;

  g_assert_cmpint (vd_campaign_documents_attach (f->store, f->campaign, "e.pdf", empty, 1, &error), ==, 0);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vd_campaign_documents_attach (f->store, f->campaign, "b.pdf", big, 1, &error), ==, 0);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (vd_campaign_documents_attach (f->store, f->campaign, "z.pdf", ok, 0, &error), ==, 0);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* A campaign that is not there: the foreign key refuses inside the
   * transaction, and the blob inserted before it goes with the rollback. */
  g_assert_cmpint (vd_campaign_documents_attach (f->store, 9999, "n.pdf", ok, 1, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM blobs"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 0);
}

static void
test_blob_kept_while_referenced (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pdf_bytes ("shared");
  g_autoptr(GBytes) back = NULL;
  gint64 a, b;

  a = vd_campaign_documents_attach (f->store, f->campaign, "a.pdf", bytes, 1, &error);
  b = vd_campaign_documents_attach (f->store, f->campaign, "b.pdf", bytes, 1, &error);
  g_assert_no_error (error);

  g_assert_true (vd_campaign_documents_remove (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM blobs"), ==, 1);
  back = vd_campaign_documents_dup_bytes (f->store, b, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, bytes));

  /* A certificate background keeps the bytes after the last document. */
  exec (f->store, "INSERT INTO certificate_templates (name, paper_width_mm, paper_height_mm, background_sha256) "
                  "SELECT 'Bằng khen', 297, 210, sha256 FROM blobs");
  g_assert_true (vd_campaign_documents_remove (f->store, b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM documents"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM blobs"), ==, 1);

  exec (f->store, "DELETE FROM certificate_templates");
  a = vd_campaign_documents_attach (f->store, f->campaign, "a.pdf", bytes, 1, &error);
  g_assert_no_error (error);
  g_assert_true (vd_campaign_documents_remove (f->store, a, &error));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM blobs"), ==, 0);
}

static void
test_participants_replace_all (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdCampaign) campaign = vd_campaigns_get (f->store, f->campaign, &error);
  g_autoptr(VdCampaign) again = NULL;
  g_autoptr(VdCampaign) third = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (campaign->participants->len, ==, 0);
  g_ptr_array_add (campaign->participants, vd_campaign_participant_new (1, 0));
  g_ptr_array_add (campaign->participants, vd_campaign_participant_new (0, 1));
  g_assert_true (vd_campaigns_update (f->store, campaign, &error));
  g_assert_no_error (error);

  again = vd_campaigns_get (f->store, f->campaign, &error);
  g_assert_cmpuint (again->participants->len, ==, 2);
  g_assert_cmpstr (((VdCampaignParticipant *) again->participants->pdata[0])->name, ==, "Vụ Tổ chức cán bộ");
  g_assert_cmpstr (((VdCampaignParticipant *) again->participants->pdata[1])->name, ==, "Khối thi đua số I");

  g_ptr_array_set_size (again->participants, 0);
  g_ptr_array_add (again->participants, vd_campaign_participant_new (2, 0));
  g_assert_true (vd_campaigns_update (f->store, again, &error));
  third = vd_campaigns_get (f->store, f->campaign, &error);
  g_assert_cmpuint (third->participants->len, ==, 1);
  g_assert_cmpint (((VdCampaignParticipant *) third->participants->pdata[0])->unit_id, ==, 2);

  /* A failed save leaves the participants as they were. */
  g_ptr_array_add (third->participants, vd_campaign_participant_new (1, 1));
  g_assert_false (vd_campaigns_update (f->store, third, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_participants"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/campaign-files/dedup", Fixture, NULL, fixture_setup, test_dedup, fixture_teardown);
  g_test_add ("/campaign-files/refusal", Fixture, NULL, fixture_setup, test_refusal, fixture_teardown);
  g_test_add ("/campaign-files/blob-kept", Fixture, NULL, fixture_setup, test_blob_kept_while_referenced, fixture_teardown);
  g_test_add ("/campaign-files/participants", Fixture, NULL, fixture_setup, test_participants_replace_all, fixture_teardown);
  return g_test_run ();
}
