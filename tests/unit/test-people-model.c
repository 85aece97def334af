/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "vd-people-model.h"
#include "vd-people.h"
#include "vd-store.h"
#include "vd-text.h"
#include "vd-units.h"

typedef struct
{
  char    *dir;
  char    *path;
  VdStore *store;
  gint64   bo, cuc, phong, vu;
  guint    n_changes;
  guint    last_removed;
  guint    last_added;
} Fixture;

static gint64
add_unit (Fixture    *f,
          gint64      parent_id,
          const char *name)
{
  g_autoptr(VdUnit) unit = vd_unit_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  vd_unit_set_parent_id (unit, parent_id);
  vd_unit_set_name (unit, name);
  id = vd_units_insert (f->store, unit, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_person (Fixture    *f,
            gint64      unit_id,
            const char *full_name,
            const char *position,
            int         birth_year,
            VdGender    gender)
{
  g_autoptr(VdPerson) person = vd_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *family = NULL, *middle = NULL, *given = NULL;
  gint64 id;

  g_assert_true (vd_text_split_full_name (full_name, &family, &middle, &given));
  vd_person_set_unit_id (person, unit_id);
  vd_person_set_family_name (person, family);
  vd_person_set_middle_name (person, middle);
  vd_person_set_given_name (person, given);
  vd_person_set_position (person, position);
  vd_person_set_birth_year (person, birth_year);
  vd_person_set_gender (person, gender);
  id = vd_people_insert (f->store, person, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vd-people-model-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  f->bo = add_unit (f, 0, "Bộ Tài nguyên và Môi trường");
  f->cuc = add_unit (f, f->bo, "Cục Đo đạc");
  f->phong = add_unit (f, f->cuc, "Phòng Kỹ thuật");
  f->vu = add_unit (f, f->bo, "Vụ Thi đua - Khen thưởng");

  add_person (f, f->bo, "Trần Hồng Hà", "Bộ trưởng", 1963, VD_GENDER_MALE);
  add_person (f, f->cuc, "Nguyễn Văn An", "Cục trưởng", 1970, VD_GENDER_MALE);
  add_person (f, f->cuc, "Phạm Đức", "Chuyên viên", 0, VD_GENDER_MALE);
  add_person (f, f->phong, "Lê An", "Trưởng phòng", 1985, VD_GENDER_FEMALE);
  add_person (f, f->phong, "Đặng Văn Ánh", "Chuyên viên", 1990, VD_GENDER_MALE);
  add_person (f, f->vu, "Trần Thị Bình", "Trưởng phòng", 1978, VD_GENDER_FEMALE);
  add_person (f, f->vu, "Hoàng Dũng", "", 0, VD_GENDER_UNKNOWN);
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

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  g_assert_cmpuint (position, ==, 0);
  f->n_changes++;
  f->last_removed = removed;
  f->last_added = added;
}

static VdPeopleModel *
new_model (Fixture *f)
{
  VdPeopleModel *model = vd_people_model_new (f->store);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), f);
  return model;
}

static void
wait_for (VdPeopleModel *model)
{
  while (vd_people_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);
}

/* Given names in list order, joined by "|". */
static char *
list_names (VdPeopleModel *model)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VdPerson) person = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, vd_person_get_full_name (person));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_list (VdPeopleModel *model,
             const char    *expected)
{
  g_autofree char *names = NULL;

  wait_for (model);
  names = list_names (model);
  if (g_strcmp0 (names, expected) != 0)
    g_error ("listed “%s”, expected “%s”", names, expected);
}

static void
test_subtree (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VdPeopleModel) model = new_model (f);

  /* Everyone, at first. */
  g_assert_true (vd_people_model_get_loading (model));
  wait_for (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == VD_TYPE_PERSON);

  vd_people_model_set_query (model, f->cuc, TRUE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Lê An|Nguyễn Văn An|Đặng Văn Ánh|Phạm Đức");

  vd_people_model_set_query (model, f->cuc, FALSE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Nguyễn Văn An|Phạm Đức");

  vd_people_model_set_query (model, f->bo, FALSE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Trần Hồng Hà");

  vd_people_model_set_query (model, f->bo, TRUE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  wait_for (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);

  vd_people_model_set_query (model, f->phong, TRUE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Lê An|Đặng Văn Ánh");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 2));

  /* Properties drive the same query. */
  g_object_set (model, "unit-id", f->vu, "include-subunits", FALSE, NULL);
  assert_list (model, "Trần Thị Bình|Hoàng Dũng");
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(VdPeopleModel) model = new_model (f);

  vd_people_model_set_query (model, 0, FALSE, "nguyen", VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Nguyễn Văn An");

  /* Diacritic-blind, any order, across name and position. */
  vd_people_model_set_filter_text (model, "ÁNH");
  assert_list (model, "Đặng Văn Ánh");
  vd_people_model_set_filter_text (model, "an van");
  assert_list (model, "Nguyễn Văn An|Đặng Văn Ánh");
  vd_people_model_set_filter_text (model, "truong phong");
  assert_list (model, "Lê An|Trần Thị Bình");
  vd_people_model_set_filter_text (model, "phong le");
  assert_list (model, "Lê An");
  vd_people_model_set_filter_text (model, "đức");
  assert_list (model, "Phạm Đức");

  /* Within a subtree. */
  vd_people_model_set_query (model, f->cuc, TRUE, "chuyen vien", VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Đặng Văn Ánh|Phạm Đức");

  vd_people_model_set_filter_text (model, "%");
  assert_list (model, "");

  vd_people_model_set_filter_text (model, "");
  wait_for (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(VdPeopleModel) model = new_model (f);

  /* Given name first (An, Ánh, Bình, Dũng, Đức, Hà), then family name. */
  vd_people_model_set_query (model, 0, FALSE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  assert_list (model, "Lê An|Nguyễn Văn An|Đặng Văn Ánh|Trần Thị Bình|Hoàng Dũng|Phạm Đức|Trần Hồng Hà");

  vd_people_model_set_sort (model, VD_PEOPLE_SORT_NAME, TRUE);
  assert_list (model, "Trần Hồng Hà|Phạm Đức|Hoàng Dũng|Trần Thị Bình|Đặng Văn Ánh|Nguyễn Văn An|Lê An");

  /* Unknown years last in both directions; ties by name. */
  vd_people_model_set_sort (model, VD_PEOPLE_SORT_BIRTH_YEAR, FALSE);
  assert_list (model, "Trần Hồng Hà|Nguyễn Văn An|Trần Thị Bình|Lê An|Đặng Văn Ánh|Hoàng Dũng|Phạm Đức");
  vd_people_model_set_sort (model, VD_PEOPLE_SORT_BIRTH_YEAR, TRUE);
  assert_list (model, "Đặng Văn Ánh|Lê An|Trần Thị Bình|Nguyễn Văn An|Trần Hồng Hà|Hoàng Dũng|Phạm Đức");

  /* Unit names in Vietnamese order: Bộ, Cục, Phòng, Vụ. */
  vd_people_model_set_sort (model, VD_PEOPLE_SORT_UNIT, FALSE);
  assert_list (model, "Trần Hồng Hà|Nguyễn Văn An|Phạm Đức|Lê An|Đặng Văn Ánh|Trần Thị Bình|Hoàng Dũng");

  /* Positions: Bộ trưởng, Chuyên viên, Cục trưởng, Trưởng phòng, then none. */
  vd_people_model_set_sort (model, VD_PEOPLE_SORT_POSITION, FALSE);
  assert_list (model, "Trần Hồng Hà|Đặng Văn Ánh|Phạm Đức|Nguyễn Văn An|Lê An|Trần Thị Bình|Hoàng Dũng");

  vd_people_model_set_sort (model, VD_PEOPLE_SORT_GENDER, FALSE);
  assert_list (model, "Nguyễn Văn An|Đặng Văn Ánh|Phạm Đức|Trần Hồng Hà|Lê An|Trần Thị Bình|Hoàng Dũng");
}

static void
test_lazy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(VdPeopleModel) model = new_model (f);
  g_autoptr(VdPerson) first = NULL;
  g_autoptr(VdPerson) again = NULL;
  g_autoptr(VdPerson) edited = NULL;
  g_autoptr(VdDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->last_removed, ==, 0);
  g_assert_cmpuint (f->last_added, ==, 7);

  /* One query, one signal, however large the change. */
  f->n_changes = 0;
  vd_people_model_set_query (model, f->cuc, TRUE, NULL, VD_PEOPLE_SORT_NAME, FALSE);
  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (f->last_removed, ==, 7);
  g_assert_cmpuint (f->last_added, ==, 4);

  /* Queries replaced before they finish still make one signal. */
  f->n_changes = 0;
  vd_people_model_set_filter_text (model, "a");
  vd_people_model_set_sort (model, VD_PEOPLE_SORT_BIRTH_YEAR, TRUE);
  vd_people_model_set_query (model, 0, FALSE, "van", VD_PEOPLE_SORT_NAME, FALSE);
  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);

  /* The same answer again changes nothing. */
  f->n_changes = 0;
  vd_people_model_reload (model);
  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 0);

  /* Rows share one object per person while it is alive. */
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  again = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (first == again);
  g_assert_cmpstr (vd_person_get_full_name (first), ==, "Nguyễn Văn An");
  g_assert_cmpstr (vd_person_get_unit_name (first), ==, "Cục Đo đạc");
  position = vd_people_model_find (model, vd_person_get_id (first));
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (vd_people_model_find (model, 9999), ==, G_MAXUINT);

  /* An edit elsewhere reloads by itself: one signal, and the shown object is
   * brought up to date in place. Anh ties with Ánh on letters, so the family
   * name decides: Đặng before Nguyễn. */
  f->n_changes = 0;
  edited = vd_people_get (f->store, vd_person_get_id (first), &error);
  g_assert_no_error (error);
  vd_person_set_given_name (edited, "Anh");
  g_assert_true (vd_people_update (f->store, edited, &error));
  g_assert_true (vd_people_model_get_loading (model));
  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpstr (vd_person_get_full_name (first), ==, "Nguyễn Văn Anh");
  g_assert_cmpuint (vd_people_model_find (model, vd_person_get_id (first)), ==, 1);

  /* A delete reports several tables; the model still reloads once. */
  f->n_changes = 0;
  deletion = vd_people_delete (f->store, vd_person_get_id (first), &error);
  g_assert_no_error (error);
  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  f->n_changes = 0;
  g_assert_true (vd_deletion_undo (f->store, deletion, &error));
  wait_for (model);
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/people-model/subtree", Fixture, NULL, fixture_setup, test_subtree, fixture_teardown);
  g_test_add ("/people-model/filter", Fixture, NULL, fixture_setup, test_filter, fixture_teardown);
  g_test_add ("/people-model/sort", Fixture, NULL, fixture_setup, test_sort, fixture_teardown);
  g_test_add ("/people-model/lazy", Fixture, NULL, fixture_setup, test_lazy, fixture_teardown);

  return g_test_run ();
}
