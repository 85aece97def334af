/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdSearch"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-date.h"
#include "vd-name-index.h"
#include "vd-search-private.h"
#include "vd-store-pool.h"
#include "vd-text.h"
#include "vd-unit.h"
#include "vd-units.h"

struct _VdSearchResult
{
  GObject       parent_instance;

  VdSearchKind  kind;
  gint64        id;

  /* owned */
  char         *title;
  char         *subtitle;
};

G_DEFINE_FINAL_TYPE (VdSearchResult, vd_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How many recipients, nominations and documents a summary names before it
 * says "and N more". */
#define DESCRIBE_DECISION_NAMES 10
#define DESCRIBE_DOSSIER_ITEMS  20

typedef struct
{
  char  *query;
  guint  limit;
} SearchData;

#define SEARCH_WORKER_KEY "vd-search-worker"

typedef struct
{
  GMutex   lock;       /* held while a search runs on connection */
  VdStore *connection;
} SearchWorker;

/* Guards creating a store's SearchWorker when two searches start at once. */
static GMutex search_workers_lock;

static void
search_data_free (gpointer data)
{
  SearchData *search = data;

  g_free (search->query);
  g_free (search);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

static VdSearchResult *
result_new (VdSearchKind  kind,
            gint64        id,
            const char   *title,
            const char   *subtitle)
{
  return g_object_new (VD_TYPE_SEARCH_RESULT,
                       "kind", kind,
                       "id", id,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
}

/* "a · b · c", skipping empty parts. */
static char *
join_parts (const char *first,
            ...)
{
  g_autoptr(GString) out = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      if (part[0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, part);
    }
  va_end (args);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
dossier_status_label (const char *status)
{
  if (g_strcmp0 (status, "submitted") == 0)
    return _("Submitted");
  if (g_strcmp0 (status, "returned") == 0)
    return _("Returned for changes");
  if (g_strcmp0 (status, "reviewing") == 0)
    return _("Under review");
  if (g_strcmp0 (status, "approved") == 0)
    return _("Approved");
  if (g_strcmp0 (status, "rejected") == 0)
    return _("Rejected");
  if (g_strcmp0 (status, "decided") == 0)
    return _("Decided");
  return _("Draft");
}

static const char *
nomination_outcome_label (const char *outcome)
{
  if (g_strcmp0 (outcome, "approved") == 0)
    return _("approved");
  if (g_strcmp0 (outcome, "rejected") == 0)
    return _("rejected");
  return _("pending");
}

/* The folded words of @query. Repeated words and words contained in another
 * word are dropped: they cannot narrow the result. */
static GStrv
query_words (const char *query)
{
  g_autofree char *folded = vd_text_fold (query);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean redundant = FALSE;

      if (words[i][0] == '\0')
        continue;
      for (guint j = 0; words[j] != NULL && !redundant; j++)
        {
          if (j == i)
            continue;
          if (strcmp (words[i], words[j]) == 0)
            redundant = j < i;
          else if (strstr (words[j], words[i]) != NULL)
            redundant = TRUE;
        }
      if (!redundant)
        g_strv_builder_add (kept, words[i]);
    }
  return g_strv_builder_end (kept);
}

static GPtrArray *
like_patterns (const char * const *words)
{
  GPtrArray *patterns = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    {
      GString *pattern = g_string_new ("%");

      for (const char *p = words[i]; *p; p++)
        {
          if (*p == '%' || *p == '_' || *p == '\\')
            g_string_append_c (pattern, '\\');
          g_string_append_c (pattern, *p);
        }
      g_string_append_c (pattern, '%');
      g_ptr_array_add (patterns, g_string_free (pattern, FALSE));
    }
  return patterns;
}

/**
 * vd_search_like_patterns:
 *
 * The LIKE wildcards and the escape character itself are escaped, so "%"
 * and "_" typed by the user match literally.
 */
GPtrArray *
vd_search_like_patterns (const char *query)
{
  g_auto(GStrv) words = query_words (query);

  return like_patterns ((const char * const *) words);
}

/* SELECT @columns FROM @from WHERE @column LIKE ?2 … ?n+1 @order LIMIT ?1.
 * Only fixed fragments from this file go into the text; the words are bound. */
static char *
build_sql (const char *columns,
           const char *from,
           const char *column,
           guint       n_patterns,
           const char *order)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT %s FROM %s WHERE ", columns, from);
  for (guint i = 0; i < n_patterns; i++)
    g_string_append_printf (sql, "%s%s LIKE ?%u ESCAPE '\\'", i ? " AND " : "", column, i + 2);
  g_string_append_printf (sql, " %s LIMIT ?1", order);
  return g_string_free (sql, FALSE);
}

static gboolean
set_step_error (VdStore       *store,
                GCancellable  *cancellable,
                GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return vd_store_set_error (store, error);
}

typedef void (*RowFunc) (VdStore      *store,
                         sqlite3_stmt *stmt,
                         GPtrArray    *results);

static gboolean
run_kind (VdStore       *store,
          const char    *columns,
          const char    *from,
          const char    *column,
          const char    *order,
          GPtrArray     *patterns,
          guint          limit,
          RowFunc        row_func,
          GPtrArray     *results,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autofree char *sql = build_sql (columns, from, column, patterns->len, order);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  stmt = vd_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, limit);
  for (guint i = 0; i < patterns->len; i++)
    sqlite3_bind_text (stmt, i + 2, g_ptr_array_index (patterns, i), -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row_func (store, stmt, rows);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_step_error (store, cancellable, error);

  g_ptr_array_extend_and_steal (results, g_steal_pointer (&rows));
  return TRUE;
}

static void
add_person (VdStore      *store,
            sqlite3_stmt *stmt,
            GPtrArray    *results)
{
  g_autofree char *name = vd_text_full_name (column_text (stmt, 1), column_text (stmt, 2),
                                             column_text (stmt, 3));
  g_autofree char *subtitle = join_parts (column_text (stmt, 4), column_text (stmt, 5), NULL);

  g_ptr_array_add (results, result_new (VD_SEARCH_KIND_PERSON, sqlite3_column_int64 (stmt, 0),
                                        name, subtitle));
}

static void
add_unit (VdStore      *store,
          sqlite3_stmt *stmt,
          GPtrArray    *results)
{
  gint64 parent_id = sqlite3_column_int64 (stmt, 2);
  g_autofree char *subtitle = NULL;

  /* The title already names the unit: its place in the tree is what tells
   * two "Văn phòng" apart. A top-level unit shows its kind instead. */
  if (parent_id != 0)
    subtitle = vd_units_dup_path (store, parent_id);
  else
    subtitle = g_strdup (vd_unit_kind_label (vd_unit_kind_from_string (column_text (stmt, 3))));

  g_ptr_array_add (results, result_new (VD_SEARCH_KIND_UNIT, sqlite3_column_int64 (stmt, 0),
                                        column_text (stmt, 1), subtitle));
}

static void
add_decision (VdStore      *store,
              sqlite3_stmt *stmt,
              GPtrArray    *results)
{
  g_autofree char *date = vd_date_to_display (column_text (stmt, 2));
  g_autofree char *subtitle = join_parts (date, column_text (stmt, 3), NULL);

  g_ptr_array_add (results, result_new (VD_SEARCH_KIND_DECISION, sqlite3_column_int64 (stmt, 0),
                                        column_text (stmt, 1), subtitle));
}

static void
add_dossier (VdStore      *store,
             sqlite3_stmt *stmt,
             GPtrArray    *results)
{
  g_autofree char *year = g_strdup_printf ("%d", sqlite3_column_int (stmt, 4));
  g_autofree char *subtitle = join_parts (column_text (stmt, 2),
                                          dossier_status_label (column_text (stmt, 3)),
                                          year, NULL);

  g_ptr_array_add (results, result_new (VD_SEARCH_KIND_DOSSIER, sqlite3_column_int64 (stmt, 0),
                                        column_text (stmt, 1), subtitle));
}

/* People come from the in-memory name index (see vd-name-index.c); only the
 * rows shown are read from the table. */
static gboolean
run_people (VdStore             *store,
            const char * const  *words,
            guint                limit,
            GPtrArray           *results,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(GArray) ids = vd_name_index_find (store, words, limit, cancellable, error);
  sqlite3_stmt *stmt;

  if (ids == NULL)
    return FALSE;

  stmt = vd_store_prepare (store,
                           "SELECT p.id, p.family_name, p.middle_name, p.given_name, p.position, u.name"
                           " FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        add_person (store, stmt, results);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return set_step_error (store, cancellable, error);
    }
  return TRUE;
}

static gboolean
run_all_kinds (VdStore             *store,
               const char * const  *words,
               guint                limit,
               GPtrArray           *results,
               GCancellable        *cancellable,
               GError             **error)
{
  g_autoptr(GPtrArray) patterns = like_patterns (words);

  return run_people (store, words, limit, results, cancellable, error)
      && run_kind (store,
                   "u.id, u.name, u.parent_id, u.kind",
                   "units u", "u.name_fold",
                   "ORDER BY u.name_fold, u.id",
                   patterns, limit, add_unit, results, cancellable, error)
      && run_kind (store,
                   "d.id, d.number, d.signed_on, d.title",
                   "decisions d", "d.search_fold",
                   "ORDER BY d.signed_on DESC, d.id DESC",
                   patterns, limit, add_decision, results, cancellable, error)
      && run_kind (store,
                   "s.id, s.title, u.name, s.status, s.year",
                   "dossiers s JOIN units u ON u.id = s.unit_id", "s.search_fold",
                   "ORDER BY s.year DESC, s.id DESC",
                   patterns, limit, add_dossier, results, cancellable, error);
}

static void
search_worker_free (gpointer data)
{
  SearchWorker *worker = data;

  g_clear_object (&worker->connection);
  g_mutex_clear (&worker->lock);
  g_free (worker);
}

/* One search connection per store, kept open: it holds the name index, so
 * each keystroke after the first finds it ready. */
static SearchWorker *
get_search_worker (VdStore *store)
{
  SearchWorker *worker;

  g_mutex_lock (&search_workers_lock);
  worker = g_object_get_data (G_OBJECT (store), SEARCH_WORKER_KEY);
  if (worker == NULL)
    {
      worker = g_new0 (SearchWorker, 1);
      g_mutex_init (&worker->lock);
      g_object_set_data_full (G_OBJECT (store), SEARCH_WORKER_KEY, worker, search_worker_free);
    }
  g_mutex_unlock (&search_workers_lock);
  return worker;
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  VdStore *store = source_object;
  SearchData *search = task_data;
  SearchWorker *worker = get_search_worker (store);
  g_autoptr(GPtrArray) results = NULL;
  GError *error = NULL;

  /* Searches take turns on the one connection; one replaced by a newer
   * keystroke is cancelled and gives way within a few milliseconds. */
  g_mutex_lock (&worker->lock);
  if (worker->connection == NULL)
    worker->connection = vd_store_open_secondary (store, &error);
  if (worker->connection != NULL)
    results = vd_search_run (worker->connection, search->query, search->limit, cancellable, &error);
  g_mutex_unlock (&worker->lock);

  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&results), (GDestroyNotify) g_ptr_array_unref);
}

static void
append_line (GString    *text,
             const char *label,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* TRANSLATORS: a summary line, "Label: value" */
  g_string_append_printf (text, _("%s: %s"), label, value);
}

static void
append_bullet (GString    *text,
               const char *item)
{
  g_string_append_printf (text, "\n  • %s", item);
}

static void
append_more (GString *text,
             int      more)
{
  if (more <= 0)
    return;
  g_string_append (text, "\n  ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "…and %d more", "…and %d more", more),
                          more);
}

static char *
describe_decision (VdStore  *store,
                   gint64    decision_id,
                   GError  **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *signer = NULL;
  g_autofree char *count_line = NULL;
  sqlite3_stmt *stmt;
  int n_recipients;
  int shown = 0;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT number, signed_on, signer_name, signer_title, authority, title,"
                           " (SELECT count(*) FROM awards WHERE decision_id = ?1)"
                           " FROM decisions WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, decision_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                             _("This decision is no longer in the archive. It may have been deleted."));
      else
        vd_store_set_error (store, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  date = vd_date_to_display (column_text (stmt, 1));
  if (column_text (stmt, 3)[0] != '\0' && column_text (stmt, 2)[0] != '\0')
    signer = g_strdup_printf ("%s, %s", column_text (stmt, 2), column_text (stmt, 3));
  else
    signer = g_strdup_printf ("%s%s", column_text (stmt, 2), column_text (stmt, 3));

  append_line (text, _("Decision"), column_text (stmt, 0));
  append_line (text, _("Signed on"), date);
  append_line (text, _("Signed by"), signer);
  append_line (text, _("Issuing authority"), column_text (stmt, 4));
  append_line (text, _("Title"), column_text (stmt, 5));
  n_recipients = sqlite3_column_int (stmt, 6);
  sqlite3_reset (stmt);

  g_string_append_c (text, '\n');
  count_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d recipient", "%d recipients",
                                             n_recipients),
                                n_recipients);
  g_string_append (text, count_line);
  if (n_recipients == 0)
    return g_string_free (g_steal_pointer (&text), FALSE);

  stmt = vd_store_prepare (store,
                           "SELECT p.family_name, p.middle_name, p.given_name, u.name, k.name"
                           " FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id"
                           " LEFT JOIN people p ON p.id = a.person_id"
                           " LEFT JOIN units u ON u.id = a.unit_id"
                           " WHERE a.decision_id = ?1"
                           " ORDER BY a.person_id IS NULL, p.sort_key, u.name_fold, a.id"
                           " LIMIT " G_STRINGIFY (DESCRIBE_DECISION_NAMES),
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, decision_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *person = vd_text_full_name (column_text (stmt, 0), column_text (stmt, 1),
                                                   column_text (stmt, 2));
      g_autofree char *item = g_strdup_printf ("%s — %s",
                                               person[0] != '\0' ? person : column_text (stmt, 3),
                                               column_text (stmt, 4));
      append_bullet (text, item);
      shown++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  append_more (text, n_recipients - shown);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
append_nominations (VdStore  *store,
                    GString  *text,
                    gint64    dossier_id,
                    int       n_nominations,
                    GError  **error)
{
  g_autofree char *count_line = NULL;
  sqlite3_stmt *stmt;
  int shown = 0;
  int rc;

  count_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d nomination", "%d nominations",
                                             n_nominations),
                                n_nominations);
  g_string_append_c (text, '\n');
  g_string_append (text, count_line);
  if (n_nominations == 0)
    return TRUE;

  stmt = vd_store_prepare (store,
                           "SELECT p.family_name, p.middle_name, p.given_name, u.name, k.name, n.outcome"
                           " FROM nominations n JOIN award_kinds k ON k.id = n.award_kind_id"
                           " LEFT JOIN people p ON p.id = n.person_id"
                           " LEFT JOIN units u ON u.id = n.unit_id"
                           " WHERE n.dossier_id = ?1"
                           " ORDER BY n.person_id IS NULL, p.sort_key, u.name_fold, n.id"
                           " LIMIT " G_STRINGIFY (DESCRIBE_DOSSIER_ITEMS),
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *person = vd_text_full_name (column_text (stmt, 0), column_text (stmt, 1),
                                                   column_text (stmt, 2));
      /* TRANSLATORS: nominee — proposed award (outcome) */
      g_autofree char *item = g_strdup_printf (_("%s — %s (%s)"),
                                               person[0] != '\0' ? person : column_text (stmt, 3),
                                               column_text (stmt, 4),
                                               nomination_outcome_label (column_text (stmt, 5)));
      append_bullet (text, item);
      shown++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  append_more (text, n_nominations - shown);
  return TRUE;
}

static gboolean
append_documents (VdStore  *store,
                  GString  *text,
                  gint64    dossier_id,
                  int       n_documents,
                  GError  **error)
{
  g_autofree char *count_line = NULL;
  sqlite3_stmt *stmt;
  int shown = 0;
  int rc;

  count_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d attached document",
                                             "%d attached documents", n_documents),
                                n_documents);
  g_string_append_c (text, '\n');
  g_string_append (text, count_line);
  if (n_documents == 0)
    return TRUE;

  stmt = vd_store_prepare (store,
                           "SELECT title, filename FROM documents WHERE dossier_id = ?1"
                           " ORDER BY added_on, id LIMIT " G_STRINGIFY (DESCRIBE_DOSSIER_ITEMS),
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *title = column_text (stmt, 0);

      append_bullet (text, title[0] != '\0' ? title : column_text (stmt, 1));
      shown++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  append_more (text, n_documents - shown);
  return TRUE;
}

static char *
describe_dossier (VdStore  *store,
                  gint64    dossier_id,
                  GError  **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *year = NULL;
  g_autofree char *submitted = NULL;
  sqlite3_stmt *stmt;
  int n_nominations, n_documents;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT s.title, u.name, s.year, s.status, s.reference, s.submitted_on,"
                           " (SELECT count(*) FROM nominations WHERE dossier_id = ?1),"
                           " (SELECT count(*) FROM documents WHERE dossier_id = ?1)"
                           " FROM dossiers s JOIN units u ON u.id = s.unit_id WHERE s.id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                             _("This dossier is no longer in the archive. It may have been deleted."));
      else
        vd_store_set_error (store, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  year = g_strdup_printf ("%d", sqlite3_column_int (stmt, 2));
  submitted = vd_date_to_display (column_text (stmt, 5));
  append_line (text, _("Dossier"), column_text (stmt, 0));
  append_line (text, _("Unit"), column_text (stmt, 1));
  append_line (text, _("Year"), year);
  append_line (text, _("Status"), dossier_status_label (column_text (stmt, 3)));
  append_line (text, _("Reference"), column_text (stmt, 4));
  append_line (text, _("Submitted on"), submitted);
  n_nominations = sqlite3_column_int (stmt, 6);
  n_documents = sqlite3_column_int (stmt, 7);
  sqlite3_reset (stmt);

  if (!append_nominations (store, text, dossier_id, n_nominations, error)
      || !append_documents (store, text, dossier_id, n_documents, error))
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
vd_search_result_finalize (GObject *object)
{
  VdSearchResult *self = VD_SEARCH_RESULT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (vd_search_result_parent_class)->finalize (object);
}

static void
vd_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VdSearchResult *self = VD_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_search_result_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VdSearchResult *self = VD_SEARCH_RESULT (object);

  /* Construct-only: a result never changes once made. */
  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      break;
    case PROP_SUBTITLE:
      g_free (self->subtitle);
      self->subtitle = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_search_result_class_init (VdSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                      | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = vd_search_result_finalize;
  object_class->get_property = vd_search_result_get_property;
  object_class->set_property = vd_search_result_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, VD_SEARCH_KIND_PERSON, VD_SEARCH_KIND_DOSSIER,
                      VD_SEARCH_KIND_PERSON, flags);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vd_search_result_init (VdSearchResult *self)
{
}

VdSearchKind
vd_search_result_get_kind (VdSearchResult *self)
{
  g_return_val_if_fail (VD_IS_SEARCH_RESULT (self), VD_SEARCH_KIND_PERSON);
  return self->kind;
}

gint64
vd_search_result_get_id (VdSearchResult *self)
{
  g_return_val_if_fail (VD_IS_SEARCH_RESULT (self), 0);
  return self->id;
}

const char *
vd_search_result_get_title (VdSearchResult *self)
{
  g_return_val_if_fail (VD_IS_SEARCH_RESULT (self), NULL);
  return self->title ? self->title : "";
}

const char *
vd_search_result_get_subtitle (VdSearchResult *self)
{
  g_return_val_if_fail (VD_IS_SEARCH_RESULT (self), NULL);
  return self->subtitle ? self->subtitle : "";
}

/**
 * vd_search_run:
 *
 * Returns: (transfer full) (element-type VdSearchResult): the results (empty
 *   for a query with no words), or %NULL with an error (G_IO_ERROR_CANCELLED
 *   when @cancellable fired)
 */
GPtrArray *
vd_search_run (VdStore       *store,
               const char    *query,
               guint          limit,
               GCancellable  *cancellable,
               GError       **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  words = query_words (query);
  if (words[0] == NULL || limit == 0)
    return g_steal_pointer (&results);

  if (cancellable != NULL)
    vd_store_pool_set_progress (store, cancellable);
  ok = run_all_kinds (store, (const char * const *) words, limit, results, cancellable, error);
  if (cancellable != NULL)
    vd_store_pool_set_progress (store, NULL);

  if (!ok)
    return NULL;
  return g_steal_pointer (&results);
}

/**
 * vd_search_run_async:
 *
 * Runs vd_search_run() on a worker thread with its own connection.
 */
void
vd_search_run_async (VdStore             *store,
                     const char          *query,
                     guint                limit,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *search;

  g_return_if_fail (VD_IS_STORE (store));

  search = g_new0 (SearchData, 1);
  search->query = g_strdup (query ? query : "");
  search->limit = limit;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_search_run_async);
  g_task_set_task_data (task, search, search_data_free);
  g_task_run_in_thread (task, search_thread);
}

GPtrArray *
vd_search_run_finish (VdStore       *store,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * vd_search_describe_decision:
 *
 * A translated, multi-line summary: number, date, signer, authority, title,
 * how many received an award and the first recipients by name.
 */
char *
vd_search_describe_decision (VdStore  *store,
                             gint64    decision_id,
                             GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  return describe_decision (store, decision_id, error);
}

/**
 * vd_search_describe_dossier:
 *
 * A translated, multi-line summary: title, unit, year, status, each
 * nomination with its proposed award and outcome, and the attached documents.
 */
char *
vd_search_describe_dossier (VdStore  *store,
                            gint64    dossier_id,
                            GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  return describe_dossier (store, dossier_id, error);
}
