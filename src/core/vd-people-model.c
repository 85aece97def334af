/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPeopleModel"

#include "config.h"

#include <string.h>

#include "vd-people-model.h"
#include "vd-people-private.h"
#include "vd-search-private.h"
#include "vd-store-pool.h"
#include "vd-text.h"

typedef struct _CacheEntry CacheEntry;

struct _VdPeopleModel
{
  GObject        parent_instance;

  /* query */
  gint64         unit_id;
  gboolean       include_subunits;
  char          *filter_text;
  VdPeopleSort   sort;
  gboolean       descending;

  /* state */
  gboolean       loading;
  gboolean       items_stale;  /* the archive changed since the shown objects were read */
  guint          generation;   /* of the newest load; older ones are ignored */

  /* owned */
  VdStore       *store;
  GMainContext  *context;      /* where the model lives and reloads */
  GArray        *ids;          /* gint64, in list order */
  GHashTable    *alive;        /* id → CacheEntry*: every person object handed out and still alive */
  VdPerson      *recent[256];  /* keeps the last rows read alive while the view scrolls back */
  guint          recent_next;
  GCancellable  *cancellable;
  GSource       *reload_source;
  gulong         changed_id;
};

/* A person object handed out by get_item(), watched with a weak reference so
 * the model never keeps more than the view (and the recent ring) holds. */
struct _CacheEntry
{
  gint64         id;           /* the entry's key in alive */
  VdPeopleModel *model;
  VdPerson      *person;
};

typedef struct
{
  gint64        unit_id;
  gboolean      include_subunits;
  GPtrArray    *patterns;
  VdPeopleSort  sort;
  gboolean      descending;
  guint         generation;
} LoadData;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VdPeopleModel, vd_people_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_UNIT_ID,
  PROP_INCLUDE_SUBUNITS,
  PROP_FILTER_TEXT,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Tag set on a worker connection once it knows our SQL functions. */
#define FUNCTIONS_KEY "vd-people-model-functions"

/* Distinct positions and unit names are few; a cache this size never fills
 * in practice and is simply dropped if it does. */
#define FUNCTION_CACHE_MAX 8192

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_pointer (&load->patterns, g_ptr_array_unref);
  g_free (load);
}

static GHashTable *
function_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
}

static void
function_cache_free (void *data)
{
  g_hash_table_unref (data);
}

/* Looks @text up in the connection's cache, computing it with @func once. */
static GBytes *
cached_value (GHashTable   *cache,
              const char   *text,
              GBytes     *(*func) (const char *))
{
  GBytes *value = g_hash_table_lookup (cache, text);

  if (value == NULL)
    {
      if (g_hash_table_size (cache) >= FUNCTION_CACHE_MAX)
        g_hash_table_remove_all (cache);
      value = func (text);
      g_hash_table_insert (cache, g_strdup (text), value);
    }
  return value;
}

static GBytes *
fold_to_bytes (const char *text)
{
  char *folded = vd_text_fold (text);

  return g_bytes_new_take (folded, strlen (folded));
}

static void
sql_fold (sqlite3_context *ctx,
          int              argc,
          sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  GBytes *folded = cached_value (sqlite3_user_data (ctx), text ? text : "", fold_to_bytes);
  gsize len;
  gconstpointer data = g_bytes_get_data (folded, &len);

  sqlite3_result_text (ctx, data, (int) len, SQLITE_TRANSIENT);
}

static void
sql_sort_key (sqlite3_context *ctx,
              int              argc,
              sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  GBytes *key = cached_value (sqlite3_user_data (ctx), text ? text : "", vd_text_sort_key);
  gsize len;
  gconstpointer data = g_bytes_get_data (key, &len);

  sqlite3_result_blob (ctx, data, (int) len, SQLITE_TRANSIENT);
}

/* Registered once per worker connection: redefining a function would expire
 * every statement the connection has prepared. */
static void
ensure_functions (VdStore *worker)
{
  sqlite3 *db = vd_store_get_db (worker);

  if (g_object_get_data (G_OBJECT (worker), FUNCTIONS_KEY) != NULL)
    return;

  sqlite3_create_function_v2 (db, "vd_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                              function_cache_new (), sql_fold, NULL, NULL, function_cache_free);
  sqlite3_create_function_v2 (db, "vd_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                              function_cache_new (), sql_sort_key, NULL, NULL, function_cache_free);
  g_object_set_data (G_OBJECT (worker), FUNCTIONS_KEY, GINT_TO_POINTER (TRUE));
}

/* The ORDER BY for @sort. Ties always fall back to name order and then id,
 * so equal keys keep a stable, sensible order in both directions. */
static const char *
order_clause (VdPeopleSort sort,
              gboolean     descending)
{
  switch (sort)
    {
    case VD_PEOPLE_SORT_BIRTH_YEAR:
      /* Unknown years last either way: they are not the oldest or youngest. */
      return descending
        ? "ORDER BY p.birth_year IS NULL, p.birth_year DESC, p.sort_key, p.id"
        : "ORDER BY p.birth_year IS NULL, p.birth_year, p.sort_key, p.id";
    case VD_PEOPLE_SORT_POSITION:
      return descending
        ? "ORDER BY p.position = '', vd_sort_key (p.position) DESC, p.sort_key, p.id"
        : "ORDER BY p.position = '', vd_sort_key (p.position), p.sort_key, p.id";
    case VD_PEOPLE_SORT_UNIT:
      return descending
        ? "ORDER BY vd_sort_key (u.name) DESC, p.sort_key, p.id"
        : "ORDER BY vd_sort_key (u.name), p.sort_key, p.id";
    case VD_PEOPLE_SORT_GENDER:
      return descending
        ? "ORDER BY CASE p.gender WHEN 'male' THEN 0 WHEN 'female' THEN 1 ELSE 2 END DESC, p.sort_key, p.id"
        : "ORDER BY CASE p.gender WHEN 'male' THEN 0 WHEN 'female' THEN 1 ELSE 2 END, p.sort_key, p.id";
    case VD_PEOPLE_SORT_NAME:
    default:
      return descending
        ? "ORDER BY p.sort_key DESC, p.id DESC"
        : "ORDER BY p.sort_key, p.id";
    }
}

static void
append_conditions (GString  *sql,
                   LoadData *load)
{
  g_string_append (sql, " WHERE 1");

  if (load->unit_id != 0 && load->include_subunits)
    g_string_append (sql,
                     " AND p.unit_id IN (WITH RECURSIVE sub (id) AS ("
                     "SELECT ?1 UNION SELECT s.id FROM units s JOIN sub ON s.parent_id = sub.id"
                     ") SELECT id FROM sub)");
  else if (load->unit_id != 0)
    g_string_append (sql, " AND p.unit_id = ?1");

  for (guint i = 0; i < load->patterns->len; i++)
    g_string_append_printf (sql,
                            " AND (p.name_fold || ' ' || vd_fold (p.position)) LIKE ?%u ESCAPE '\\'",
                            i + 2);
}

/* Only fixed fragments from this file go into the text; the unit id and
 * the filter words are bound. */
static char *
build_sql (LoadData *load)
{
  GString *sql = g_string_new (NULL);
  const char *from = "people p";

  /* Filtering reads every name. In storage order (then sorting the few
   * hits) that takes a fifth of the time that following the name index
   * through the table does, which the planner would otherwise choose. The
   * hits keep the alias p so one ORDER BY serves both forms. */
  if (load->patterns->len > 0)
    {
      g_string_append (sql,
                       "WITH hits AS MATERIALIZED ("
                       "SELECT p.id, p.unit_id, p.sort_key, p.birth_year, p.position, p.gender"
                       " FROM people p");
      append_conditions (sql, load);
      g_string_append (sql, ") ");
      from = "hits p";
    }

  g_string_append_printf (sql, "SELECT p.id FROM %s", from);
  if (load->sort == VD_PEOPLE_SORT_UNIT)
    g_string_append (sql, " JOIN units u ON u.id = p.unit_id");
  if (load->patterns->len == 0)
    append_conditions (sql, load);

  g_string_append_c (sql, ' ');
  g_string_append (sql, order_clause (load->sort, load->descending));
  return g_string_free (sql, FALSE);
}

/* Whether @unit_id with its subtree is every unit of the archive: the only
 * root. Then the people of the subtree are simply everyone, which the name
 * index returns in order without sorting 60 000 rows in a temporary tree —
 * and the whole archive is what the window shows first. */
static gboolean
subtree_is_everything (VdStore *worker,
                       gint64   unit_id)
{
  sqlite3_stmt *stmt = vd_store_prepare (worker,
                                         "SELECT count(*) = 1 AND sum(id = ?1) = 1"
                                         " FROM units WHERE parent_id IS NULL",
                                         NULL);
  gboolean everything;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  everything = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_reset (stmt);
  return everything;
}

static GArray *
query_ids (VdStore       *worker,
           LoadData      *load,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (load->unit_id != 0 && load->include_subunits && subtree_is_everything (worker, load->unit_id))
    load->unit_id = 0;
  sql = build_sql (load);

  ensure_functions (worker);
  stmt = vd_store_prepare (worker, sql, error);
  if (stmt == NULL)
    return NULL;
  if (load->unit_id != 0)
    sqlite3_bind_int64 (stmt, 1, load->unit_id);
  for (guint i = 0; i < load->patterns->len; i++)
    sqlite3_bind_text (stmt, i + 2, g_ptr_array_index (load->patterns, i), -1, SQLITE_STATIC);

  vd_store_pool_set_progress (worker, cancellable);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  vd_store_pool_set_progress (worker, NULL);

  if (rc != SQLITE_DONE)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        vd_store_set_error (worker, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  VdPeopleModel *self = source_object;
  g_autoptr(VdStore) worker = NULL;
  GArray *ids;
  GError *error = NULL;

  worker = vd_store_pool_acquire (self->store, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  ids = query_ids (worker, task_data, cancellable, &error);
  vd_store_pool_release (self->store, g_steal_pointer (&worker));

  if (ids == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void
set_loading (VdPeopleModel *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  return a->len == b->len
      && memcmp (a->data, b->data, (gsize) a->len * sizeof (gint64)) == 0;
}

/* Brings the objects the view shows up to date in place: rows keep their
 * objects (and a selection its item) while the texts change. */
static void
refresh_alive_items (VdPeopleModel *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->alive);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CacheEntry *entry = value;

      /* A person deleted meanwhile is no longer in the list; nothing shows it. */
      vd_people_read_into (self->store, entry->id, entry->person, NULL);
    }
}

static void
on_load_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (source);
  LoadData *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint old_n;

  ids = g_task_propagate_pointer (G_TASK (result), &error);

  /* A newer load is on its way (or the model is going away): it alone
   * decides what the list shows and when loading ends. */
  if (load->generation != self->generation)
    return;

  g_clear_object (&self->cancellable);

  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not list people: %s", error->message);
      set_loading (self, FALSE);
      return;
    }

  if (self->items_stale)
    {
      self->items_stale = FALSE;
      refresh_alive_items (self);
    }

  old_n = self->ids->len;
  if (same_ids (self->ids, ids))
    {
      set_loading (self, FALSE);
      return;
    }

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->ids->len);
  if (old_n != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  set_loading (self, FALSE);
}

static void
load_now (VdPeopleModel *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  if (self->reload_source != NULL)
    {
      g_source_destroy (self->reload_source);
      g_clear_pointer (&self->reload_source, g_source_unref);
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  load = g_new0 (LoadData, 1);
  load->unit_id = self->unit_id;
  load->include_subunits = self->include_subunits;
  load->patterns = vd_search_like_patterns (self->filter_text);
  load->sort = self->sort;
  load->descending = self->descending;
  load->generation = ++self->generation;

  set_loading (self, TRUE);

  task = g_task_new (self, self->cancellable, on_load_done, NULL);
  g_task_set_source_tag (task, load_now);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
on_reload_timeout (gpointer user_data)
{
  VdPeopleModel *self = user_data;

  g_clear_pointer (&self->reload_source, g_source_unref);
  load_now (self);
  return G_SOURCE_REMOVE;
}

/* Several changes in a row (a delete reports people, awards…; a dialog sets
 * three properties) make one load, not several. */
static void
queue_reload (VdPeopleModel *self)
{
  set_loading (self, TRUE);

  /* A load still running answers the old question: drop it now so its
   * result never shows before the new one. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->generation++;

  if (self->reload_source != NULL)
    return;
  self->reload_source = g_idle_source_new ();
  g_source_set_priority (self->reload_source, G_PRIORITY_DEFAULT);
  g_source_set_callback (self->reload_source, on_reload_timeout, self, NULL);
  g_source_set_static_name (self->reload_source, "[vd] people model reload");
  g_source_attach (self->reload_source, self->context);
}

static gboolean
on_store_changed_idle (gpointer user_data)
{
  VdPeopleModel *self = user_data;

  /* Disposed while this was queued: there is nothing left to reload. */
  if (self->store == NULL)
    return G_SOURCE_REMOVE;
  self->items_stale = TRUE;
  queue_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (VdStore       *store,
                  const char    *table,
                  VdPeopleModel *self)
{
  if (g_strcmp0 (table, "people") != 0 && g_strcmp0 (table, "units") != 0)
    return;

  /* The store reports on the thread that wrote; the model belongs to the
   * thread that made it (this runs at once when that is the same thread). */
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, on_store_changed_idle,
                              g_object_ref (self), g_object_unref);
}

static void
on_person_finalized (gpointer  data,
                     GObject  *where_the_object_was)
{
  CacheEntry *entry = data;

  g_hash_table_remove (entry->model->alive, &entry->id);
}

static void
cache_entry_free (gpointer data)
{
  g_free (data);
}

static void
remember_recent (VdPeopleModel *self,
                 VdPerson      *person)
{
  g_set_object (&self->recent[self->recent_next], person);
  self->recent_next = (self->recent_next + 1) % G_N_ELEMENTS (self->recent);
}

static GType
vd_people_model_get_item_type (GListModel *model)
{
  return VD_TYPE_PERSON;
}

static guint
vd_people_model_get_n_items (GListModel *model)
{
  return VD_PEOPLE_MODEL (model)->ids->len;
}

static gpointer
vd_people_model_get_item (GListModel *model,
                          guint       position)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (model);
  g_autoptr(VdPerson) person = NULL;
  CacheEntry *entry;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  entry = g_hash_table_lookup (self->alive, &id);
  if (entry != NULL)
    return g_object_ref (entry->person);

  person = vd_people_get (self->store, id, NULL);
  if (person == NULL)
    {
      /* Deleted since the ids were read; the reload that follows removes
       * the row. Until then it shows as an empty row, never a hole. */
      person = vd_person_new ();
      vd_person_set_id (person, id);
      return g_steal_pointer (&person);
    }

  entry = g_new0 (CacheEntry, 1);
  entry->id = id;
  entry->model = self;
  entry->person = person;
  g_object_weak_ref (G_OBJECT (person), on_person_finalized, entry);
  g_hash_table_insert (self->alive, &entry->id, entry);
  remember_recent (self, person);

  return g_steal_pointer (&person);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = vd_people_model_get_item_type;
  iface->get_n_items = vd_people_model_get_n_items;
  iface->get_item = vd_people_model_get_item;
}

static void
vd_people_model_constructed (GObject *object)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (object);

  G_OBJECT_CLASS (vd_people_model_parent_class)->constructed (object);

  g_return_if_fail (VD_IS_STORE (self->store));

  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
  queue_reload (self);
}

static void
vd_people_model_dispose (GObject *object)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (object);
  GHashTableIter iter;
  gpointer value;

  if (self->reload_source != NULL)
    {
      g_source_destroy (self->reload_source);
      g_clear_pointer (&self->reload_source, g_source_unref);
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* Any load still running reports to an old generation and is ignored. */
  self->generation++;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);

  /* Stop watching before letting go of the ring, so no callback touches the
   * table while it is being emptied. */
  if (self->alive != NULL)
    {
      g_hash_table_iter_init (&iter, self->alive);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          CacheEntry *entry = value;

          g_object_weak_unref (G_OBJECT (entry->person), on_person_finalized, entry);
          g_hash_table_iter_remove (&iter);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->recent); i++)
    g_clear_object (&self->recent[i]);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (vd_people_model_parent_class)->dispose (object);
}

static void
vd_people_model_finalize (GObject *object)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (object);

  g_clear_pointer (&self->alive, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->filter_text, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (vd_people_model_parent_class)->finalize (object);
}

static void
vd_people_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_INCLUDE_SUBUNITS:
      g_value_set_boolean (value, self->include_subunits);
      break;
    case PROP_FILTER_TEXT:
      g_value_set_string (value, self->filter_text);
      break;
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;
    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_people_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VdPeopleModel *self = VD_PEOPLE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_UNIT_ID:
      vd_people_model_set_unit_id (self, g_value_get_int64 (value));
      break;
    case PROP_INCLUDE_SUBUNITS:
      vd_people_model_set_include_subunits (self, g_value_get_boolean (value));
      break;
    case PROP_FILTER_TEXT:
      vd_people_model_set_filter_text (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      vd_people_model_set_sort (self, g_value_get_int (value), self->descending);
      break;
    case PROP_DESCENDING:
      vd_people_model_set_sort (self, self->sort, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_people_model_class_init (VdPeopleModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = vd_people_model_constructed;
  object_class->dispose = vd_people_model_dispose;
  object_class->finalize = vd_people_model_finalize;
  object_class->get_property = vd_people_model_get_property;
  object_class->set_property = vd_people_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_INCLUDE_SUBUNITS] =
    g_param_spec_boolean ("include-subunits", NULL, NULL, FALSE, flags);
  properties[PROP_FILTER_TEXT] =
    g_param_spec_string ("filter-text", NULL, NULL, "", flags);
  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, VD_PEOPLE_SORT_NAME, VD_PEOPLE_SORT_GENDER,
                      VD_PEOPLE_SORT_NAME, flags);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE, flags);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, read_only);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vd_people_model_init (VdPeopleModel *self)
{
  self->filter_text = g_strdup ("");
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->alive = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, cache_entry_free);
  self->context = g_main_context_ref_thread_default ();
}

/**
 * vd_people_model_new:
 *
 * Lists everyone in @store, in Vietnamese name order, once the first load
 * (already started) finishes.
 */
VdPeopleModel *
vd_people_model_new (VdStore *store)
{
  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  return g_object_new (VD_TYPE_PEOPLE_MODEL, "store", store, NULL);
}

/**
 * vd_people_model_set_query:
 * @unit_id: the unit to list, or 0 for everyone
 * @include_subunits: also list the people of every unit below it
 * @filter_text: (nullable): words that must all appear in the name or
 *   position, ignoring case and diacritics
 *
 * Changes everything at once and starts one load; the list changes (with one
 * items-changed) when it finishes.
 */
void
vd_people_model_set_query (VdPeopleModel *self,
                           gint64         unit_id,
                           gboolean       include_subunits,
                           const char    *filter_text,
                           VdPeopleSort   sort,
                           gboolean       descending)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (VD_IS_PEOPLE_MODEL (self));

  if (filter_text == NULL)
    filter_text = "";
  include_subunits = !!include_subunits;
  descending = !!descending;

  g_object_freeze_notify (object);
  if (self->unit_id != unit_id)
    {
      self->unit_id = unit_id;
      g_object_notify_by_pspec (object, properties[PROP_UNIT_ID]);
    }
  if (self->include_subunits != include_subunits)
    {
      self->include_subunits = include_subunits;
      g_object_notify_by_pspec (object, properties[PROP_INCLUDE_SUBUNITS]);
    }
  if (g_strcmp0 (self->filter_text, filter_text) != 0)
    {
      g_free (self->filter_text);
      self->filter_text = g_strdup (filter_text);
      g_object_notify_by_pspec (object, properties[PROP_FILTER_TEXT]);
    }
  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (object, properties[PROP_SORT]);
    }
  if (self->descending != descending)
    {
      self->descending = descending;
      g_object_notify_by_pspec (object, properties[PROP_DESCENDING]);
    }
  load_now (self);
  g_object_thaw_notify (object);
}

void
vd_people_model_set_unit_id (VdPeopleModel *self,
                             gint64         unit_id)
{
  g_return_if_fail (VD_IS_PEOPLE_MODEL (self));

  if (self->unit_id == unit_id)
    return;
  self->unit_id = unit_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
  queue_reload (self);
}

void
vd_people_model_set_include_subunits (VdPeopleModel *self,
                                      gboolean       include_subunits)
{
  g_return_if_fail (VD_IS_PEOPLE_MODEL (self));

  include_subunits = !!include_subunits;
  if (self->include_subunits == include_subunits)
    return;
  self->include_subunits = include_subunits;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_SUBUNITS]);
  queue_reload (self);
}

void
vd_people_model_set_filter_text (VdPeopleModel *self,
                                 const char    *filter_text)
{
  g_return_if_fail (VD_IS_PEOPLE_MODEL (self));

  if (filter_text == NULL)
    filter_text = "";
  if (g_strcmp0 (self->filter_text, filter_text) == 0)
    return;
  g_free (self->filter_text);
  self->filter_text = g_strdup (filter_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_TEXT]);
  queue_reload (self);
}

void
vd_people_model_set_sort (VdPeopleModel *self,
                          VdPeopleSort   sort,
                          gboolean       descending)
{
  gboolean changed = FALSE;

  g_return_if_fail (VD_IS_PEOPLE_MODEL (self));
  g_return_if_fail (sort >= VD_PEOPLE_SORT_NAME && sort <= VD_PEOPLE_SORT_GENDER);

  descending = !!descending;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
      changed = TRUE;
    }
  if (self->descending != descending)
    {
      self->descending = descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
      changed = TRUE;
    }
  if (changed)
    queue_reload (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * vd_people_model_get_loading:
 *
 * Whether a load is queued or running; the list still shows the previous
 * result meanwhile.
 */
gboolean
vd_people_model_get_loading (VdPeopleModel *self)
{
  g_return_val_if_fail (VD_IS_PEOPLE_MODEL (self), FALSE);
  return self->loading;
}

/**
 * vd_people_model_find:
 *
 * Returns: the position of @person_id in the list, or %G_MAXUINT
 */
guint
vd_people_model_find (VdPeopleModel *self,
                      gint64         person_id)
{
  g_return_val_if_fail (VD_IS_PEOPLE_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == person_id)
      return i;
  return G_MAXUINT;
}

/**
 * vd_people_model_reload:
 *
 * Reads the list again and refreshes the people shown, for changes made
 * behind the store's back (another program writing the archive).
 */
void
vd_people_model_reload (VdPeopleModel *self)
{
  g_return_if_fail (VD_IS_PEOPLE_MODEL (self));

  self->items_stale = TRUE;
  load_now (self);
}
