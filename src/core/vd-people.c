/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPeople"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-deletion-private.h"
#include "vd-people-private.h"
#include "vd-records-private.h"
#include "vd-text.h"

/* The columns read_person() reads, in this order. */
#define PERSON_COLUMNS \
  "p.id, p.unit_id, u.name, p.family_name, p.middle_name, p.given_name, p.gender, " \
  "p.birth_year, p.position, p.direct_worker, p.note"

/* Years the schema accepts for ratings. */
#define MIN_RATING_YEAR 1945
#define MAX_RATING_YEAR 2100

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

static char *
dup_column_or_null (sqlite3_stmt *stmt,
                    int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return (text != NULL && text[0] != '\0') ? g_strdup (text) : NULL;
}

static gboolean
set_not_found (GError **error)
{
  g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                       _("This person is no longer in the archive. They may have been deleted."));
  return FALSE;
}

static void
read_person (sqlite3_stmt *stmt,
             VdPerson     *person)
{
  g_object_freeze_notify (G_OBJECT (person));
  vd_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  vd_person_set_unit_id (person, sqlite3_column_int64 (stmt, 1));
  vd_person_set_unit_name (person, column_text (stmt, 2));
  vd_person_set_family_name (person, column_text (stmt, 3));
  vd_person_set_middle_name (person, column_text (stmt, 4));
  vd_person_set_given_name (person, column_text (stmt, 5));
  vd_person_set_gender (person, vd_gender_from_string (column_text (stmt, 6)));
  vd_person_set_birth_year (person, sqlite3_column_int (stmt, 7));
  vd_person_set_position (person, column_text (stmt, 8));
  vd_person_set_direct_worker (person, sqlite3_column_int (stmt, 9) != 0);
  vd_person_set_note (person, column_text (stmt, 10));
  g_object_thaw_notify (G_OBJECT (person));
}

/* Field order decides which message the user sees first: the order of the
 * fields in the person form. */
static gboolean
check_fields (VdPerson  *person,
              GError   **error)
{
  static const char * const order[] = {
    "family-name", "middle-name", "given-name", "gender", "birth-year",
    "unit-id", "position", "direct-worker", "note",
  };
  g_autoptr(GHashTable) problems = vd_person_check (person);
  GHashTableIter iter;
  gpointer message;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      message = g_hash_table_lookup (problems, order[i]);
      if (message != NULL)
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, message);
          return FALSE;
        }
    }

  g_hash_table_iter_init (&iter, problems);
  if (g_hash_table_iter_next (&iter, NULL, &message))
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, message);
      return FALSE;
    }
  return TRUE;
}

/* Tidies the typed text, checks the fields and that the unit exists.
 * Returns the unit's name through @unit_name. */
static gboolean
prepare_person (VdStore   *store,
                VdPerson  *person,
                char     **unit_name,
                GError   **error)
{
  g_autofree char *family = vd_text_normalize_space (vd_person_get_family_name (person));
  g_autofree char *middle = vd_text_normalize_space (vd_person_get_middle_name (person));
  g_autofree char *given = vd_text_normalize_space (vd_person_get_given_name (person));
  g_autofree char *position = vd_text_normalize_space (vd_person_get_position (person));
  g_autofree char *note = g_strstrip (g_strdup (vd_person_get_note (person)));
  sqlite3_stmt *stmt;
  int rc;

  g_object_freeze_notify (G_OBJECT (person));
  vd_person_set_family_name (person, family);
  vd_person_set_middle_name (person, middle);
  vd_person_set_given_name (person, given);
  vd_person_set_position (person, position);
  vd_person_set_note (person, note);
  g_object_thaw_notify (G_OBJECT (person));

  if (!check_fields (person, error))
    return FALSE;

  stmt = vd_store_prepare (store, "SELECT name FROM units WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, vd_person_get_unit_id (person));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *unit_name = g_strdup (column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Choose the unit this person belongs to."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return vd_store_set_error (store, error);
  return TRUE;
}

static void
bind_person (sqlite3_stmt *stmt,
             VdPerson     *person)
{
  const char *family = vd_person_get_family_name (person);
  const char *middle = vd_person_get_middle_name (person);
  const char *given = vd_person_get_given_name (person);
  g_autofree char *fold = vd_text_fold (vd_person_get_full_name (person));
  g_autoptr(GBytes) sort_key = vd_text_person_sort_key (family, middle, given);
  const char *note = vd_person_get_note (person);
  gsize key_len;
  gconstpointer key = g_bytes_get_data (sort_key, &key_len);

  sqlite3_bind_int64 (stmt, 2, vd_person_get_unit_id (person));
  sqlite3_bind_text (stmt, 3, family, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, middle, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, given, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, vd_gender_to_string (vd_person_get_gender (person)), -1, SQLITE_STATIC);
  if (vd_person_get_birth_year (person) != 0)
    sqlite3_bind_int (stmt, 7, vd_person_get_birth_year (person));
  else
    sqlite3_bind_null (stmt, 7);
  sqlite3_bind_text (stmt, 8, vd_person_get_position (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 9, vd_person_get_direct_worker (person) ? 1 : 0);
  sqlite3_bind_text (stmt, 10, fold, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 11, key, (int) key_len, SQLITE_TRANSIENT);
  if (note[0] != '\0')
    sqlite3_bind_text (stmt, 12, note, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 12);
}

static gboolean
insert_person (VdStore   *store,
               VdPerson  *person,
               gint64    *id,
               char     **unit_name,
               GError   **error)
{
  sqlite3_stmt *stmt;

  if (!prepare_person (store, person, unit_name, error))
    return FALSE;

  /* Numbered from ?2, as in the update, so bind_person() serves both. */
  stmt = vd_store_prepare (store,
                           "INSERT INTO people (unit_id, family_name, middle_name, given_name, gender,"
                           " birth_year, position, direct_worker, name_fold, sort_key, note)"
                           " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;
  *id = vd_store_last_insert_id (store);
  return TRUE;
}

static gboolean
update_person (VdStore   *store,
               VdPerson  *person,
               char     **unit_name,
               GError   **error)
{
  sqlite3_stmt *stmt;

  if (!prepare_person (store, person, unit_name, error))
    return FALSE;

  stmt = vd_store_prepare (store,
                           "UPDATE people SET unit_id = ?2, family_name = ?3, middle_name = ?4,"
                           " given_name = ?5, gender = ?6, birth_year = ?7, position = ?8,"
                           " direct_worker = ?9, name_fold = ?10, sort_key = ?11, note = ?12"
                           " WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, vd_person_get_id (person));
  bind_person (stmt, person);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (vd_store_get_db (store)) == 0)
    return set_not_found (error);
  return TRUE;
}

static gboolean
dup_full_name (VdStore  *store,
               gint64    person_id,
               char    **full_name,
               GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT family_name, middle_name, given_name FROM people WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *full_name = vd_text_full_name (column_text (stmt, 0), column_text (stmt, 1),
                                    column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return set_not_found (error);
  if (rc != SQLITE_ROW)
    return vd_store_set_error (store, error);
  return TRUE;
}

static gboolean
delete_person (VdStore     *store,
               VdDeletion  *deletion,
               gint64       person_id,
               GError     **error)
{
  /* Initiatives that were used for one of the person's awards, and awards
   * that came from one of their nominations, stay but lose that link through
   * ON DELETE SET NULL: keep it for undo. Awards go before nominations and
   * everything before the person, so each row is read before what it points
   * at is gone. */
  return vd_deletion_keep_links (deletion, store, "initiatives", "used_for_award_id",
                                 "used_for_award_id IN (SELECT id FROM awards WHERE person_id = ?1)",
                                 person_id, error)
      && vd_deletion_keep_links (deletion, store, "awards", "nomination_id",
                                 "nomination_id IN (SELECT id FROM nominations WHERE person_id = ?1)",
                                 person_id, error)
      && vd_deletion_take (deletion, store, "awards", "person_id = ?1", person_id, error)
      && vd_deletion_take (deletion, store, "nominations", "person_id = ?1", person_id, error)
      && vd_deletion_take (deletion, store, "initiative_authors", "person_id = ?1", person_id, error)
      && vd_deletion_take (deletion, store, "person_ratings", "person_id = ?1", person_id, error)
      && vd_deletion_take (deletion, store, "people", "id = ?1", person_id, error);
}

/**
 * vd_people_read_into:
 *
 * Fills @person from the archive, unit name included. Fails with
 * %VD_STORE_ERROR_NOT_FOUND when the person is gone.
 */
gboolean
vd_people_read_into (VdStore   *store,
                     gint64     id,
                     VdPerson  *person,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT " PERSON_COLUMNS " FROM people p JOIN units u ON u.id = p.unit_id"
                           " WHERE p.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    read_person (stmt, person);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return set_not_found (error);
  if (rc != SQLITE_ROW)
    return vd_store_set_error (store, error);
  return TRUE;
}

/**
 * vd_people_get:
 *
 * Returns: (transfer full): the person with unit-name filled, or %NULL with
 *   %VD_STORE_ERROR_NOT_FOUND
 */
VdPerson *
vd_people_get (VdStore  *store,
               gint64    id,
               GError  **error)
{
  g_autoptr(VdPerson) person = vd_person_new ();

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  if (!vd_people_read_into (store, id, person, error))
    return NULL;
  return g_steal_pointer (&person);
}

/**
 * vd_people_insert:
 *
 * Stores a new person and sets its id and unit-name. Names are trimmed and
 * their spaces tidied; the search and sort columns are derived from them.
 *
 * Returns: the new id, or 0 on error
 */
gint64
vd_people_insert (VdStore   *store,
                  VdPerson  *person,
                  GError   **error)
{
  g_autofree char *unit_name = NULL;
  gint64 id = 0;

  g_return_val_if_fail (VD_IS_STORE (store), 0);
  g_return_val_if_fail (VD_IS_PERSON (person), 0);

  if (vd_person_get_id (person) != 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("This person is already in the archive. Save your changes to them instead."));
      return 0;
    }

  if (!vd_store_begin (store, error))
    return 0;
  if (!insert_person (store, person, &id, &unit_name, error))
    {
      vd_store_rollback (store);
      return 0;
    }
  if (!vd_store_commit (store, error))
    return 0;

  vd_person_set_id (person, id);
  vd_person_set_unit_name (person, unit_name);
  vd_store_emit_changed (store, "people");
  return id;
}

/**
 * vd_people_update:
 *
 * Saves every field of @person (tidied as for insert) and refreshes its
 * unit-name.
 */
gboolean
vd_people_update (VdStore   *store,
                  VdPerson  *person,
                  GError   **error)
{
  g_autofree char *unit_name = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);
  g_return_val_if_fail (VD_IS_PERSON (person), FALSE);

  if (vd_person_get_id (person) <= 0)
    return set_not_found (error);

  if (!vd_store_begin (store, error))
    return FALSE;
  if (!update_person (store, person, &unit_name, error))
    {
      vd_store_rollback (store);
      return FALSE;
    }
  if (!vd_store_commit (store, error))
    return FALSE;

  vd_person_set_unit_name (person, unit_name);
  vd_store_emit_changed (store, "people");
  return TRUE;
}

/**
 * vd_people_delete:
 *
 * Deletes a person together with their ratings, initiative authorships,
 * awards and nominations, in one transaction.
 *
 * Returns: (transfer full): what undo needs, labelled with the full name, or
 *   %NULL on error
 */
VdDeletion *
vd_people_delete (VdStore  *store,
                  gint64    person_id,
                  GError  **error)
{
  g_autoptr(VdDeletion) deletion = NULL;
  g_autofree char *full_name = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  if (!vd_store_begin (store, error))
    return NULL;
  if (!dup_full_name (store, person_id, &full_name, error))
    {
      vd_store_rollback (store);
      return NULL;
    }
  deletion = vd_deletion_new (full_name, "people");
  if (!delete_person (store, deletion, person_id, error))
    {
      vd_store_rollback (store);
      return NULL;
    }
  if (!vd_store_commit (store, error))
    return NULL;

  vd_deletion_emit_changed (deletion, store);
  return g_steal_pointer (&deletion);
}

/**
 * vd_people_count_awards:
 *
 * How many awards (revoked ones included) a delete would take along.
 */
int
vd_people_count_awards (VdStore *store,
                        gint64   person_id)
{
  sqlite3_stmt *stmt;
  int n = 0;

  g_return_val_if_fail (VD_IS_STORE (store), 0);

  stmt = vd_store_prepare (store, "SELECT count(*) FROM awards WHERE person_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/**
 * vd_people_list_ratings:
 *
 * Returns: (transfer full) (element-type VdRating): newest year first
 */
GPtrArray *
vd_people_list_ratings (VdStore  *store,
                        gint64    person_id,
                        GError  **error)
{
  g_autoptr(GPtrArray) ratings = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT year, grade FROM person_ratings WHERE person_id = ?1 ORDER BY year DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdRating *rating = g_new0 (VdRating, 1);

      rating->year = sqlite3_column_int (stmt, 0);
      rating->grade = vd_grade_from_string (column_text (stmt, 1));
      g_ptr_array_add (ratings, rating);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&ratings);
}

static gboolean
write_rating (VdStore  *store,
              gint64    person_id,
              int       year,
              VdGrade   grade,
              GError  **error)
{
  g_autofree char *full_name = NULL;
  sqlite3_stmt *stmt;

  if (!dup_full_name (store, person_id, &full_name, error))
    return FALSE;

  if (grade == VD_GRADE_NONE)
    stmt = vd_store_prepare (store, "DELETE FROM person_ratings WHERE person_id = ?1 AND year = ?2", error);
  else
    stmt = vd_store_prepare (store,
                             "INSERT INTO person_ratings (person_id, year, grade) VALUES (?1, ?2, ?3)"
                             " ON CONFLICT (person_id, year) DO UPDATE SET grade = excluded.grade",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, year);
  if (grade != VD_GRADE_NONE)
    sqlite3_bind_text (stmt, 3, vd_grade_to_string (grade), -1, SQLITE_STATIC);
  return vd_store_step_done (store, stmt, error);
}

/**
 * vd_people_set_rating:
 * @grade: the year's rating (xếp loại); %VD_GRADE_NONE removes it
 *
 * Records a person's annual rating, replacing that year's.
 */
gboolean
vd_people_set_rating (VdStore  *store,
                      gint64    person_id,
                      int       year,
                      VdGrade   grade,
                      GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  if (year < MIN_RATING_YEAR || year > MAX_RATING_YEAR)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("Enter a year between %d and %d."), MIN_RATING_YEAR, MAX_RATING_YEAR);
      return FALSE;
    }
  if (grade < VD_GRADE_NONE || grade > VD_GRADE_FAILED)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Choose a rating from the list."));
      return FALSE;
    }

  if (!vd_store_begin (store, error))
    return FALSE;
  if (!write_rating (store, person_id, year, grade, error))
    {
      vd_store_rollback (store);
      return FALSE;
    }
  if (!vd_store_commit (store, error))
    return FALSE;

  vd_store_emit_changed (store, "people");
  return TRUE;
}

static char *
dup_authors (VdStore  *store,
             gint64    initiative_id,
             GError  **error)
{
  g_autoptr(GString) authors = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT p.family_name, p.middle_name, p.given_name"
                           " FROM initiative_authors ia JOIN people p ON p.id = ia.person_id"
                           " WHERE ia.initiative_id = ?1 ORDER BY p.sort_key, p.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *name = vd_text_full_name (column_text (stmt, 0), column_text (stmt, 1),
                                                 column_text (stmt, 2));
      if (authors->len > 0)
        g_string_append (authors, ", ");
      g_string_append (authors, name);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&authors), FALSE);
}

/**
 * vd_people_list_initiatives:
 *
 * Returns: (transfer full) (element-type VdInitiative): the initiatives the
 *   person is an author of, newest first, each with all its authors
 */
GPtrArray *
vd_people_list_initiatives (VdStore  *store,
                            gint64    person_id,
                            GError  **error)
{
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_initiative_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT i.id, i.title, i.year, i.level, i.recognized_by, i.recognized_on, k.name"
                           " FROM initiative_authors ia JOIN initiatives i ON i.id = ia.initiative_id"
                           " LEFT JOIN awards a ON a.id = i.used_for_award_id"
                           " LEFT JOIN award_kinds k ON k.id = a.award_kind_id"
                           " WHERE ia.person_id = ?1"
                           " ORDER BY i.year DESC, i.recognized_on DESC, i.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdInitiative *initiative = g_new0 (VdInitiative, 1);

      initiative->id = sqlite3_column_int64 (stmt, 0);
      initiative->title = g_strdup (column_text (stmt, 1));
      initiative->year = sqlite3_column_int (stmt, 2);
      initiative->level = vd_initiative_level_from_string (column_text (stmt, 3));
      initiative->recognized_by = g_strdup (column_text (stmt, 4));
      initiative->recognized_on = dup_column_or_null (stmt, 5);
      initiative->used_for = dup_column_or_null (stmt, 6);
      g_ptr_array_add (initiatives, initiative);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }

  /* Authors in a second pass: the list statement is finished by now, and a
   * person has a handful of initiatives at most. */
  for (guint i = 0; i < initiatives->len; i++)
    {
      VdInitiative *initiative = g_ptr_array_index (initiatives, i);

      initiative->authors = dup_authors (store, initiative->id, error);
      if (initiative->authors == NULL)
        return NULL;
    }
  return g_steal_pointer (&initiatives);
}

/**
 * vd_people_list_awards:
 *
 * Returns: (transfer full) (element-type VdAwardRecord): the person's award
 *   history, newest first (by year, then decision date)
 */
GPtrArray *
vd_people_list_awards (VdStore  *store,
                       gint64    person_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_award_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT " VD_AWARD_RECORD_COLUMNS ", p.family_name, p.middle_name, p.given_name"
                           " FROM awards a "
                           VD_AWARD_RECORD_JOINS
                           "JOIN people p ON p.id = a.person_id "
                           "WHERE a.person_id = ?1 "
                           VD_AWARD_RECORD_ORDER,
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int c = VD_AWARD_RECORD_N_COLUMNS;
      g_autofree char *name = vd_text_full_name (column_text (stmt, c), column_text (stmt, c + 1),
                                                 column_text (stmt, c + 2));

      g_ptr_array_add (records, vd_award_record_new_from_row (stmt, name));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}
