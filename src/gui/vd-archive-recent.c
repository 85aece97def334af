/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdArchiveRecent"

#include "config.h"

#include <string.h>

#include "vd-archive-recent.h"

/* The list of recently opened archives lives in GSettings so that it survives
 * the archive itself being moved: entries that no longer exist are skipped when
 * shown, not forgotten, in case the drive comes back. */

static void
set_list (GSettings  *settings,
          GPtrArray  *paths)
{
  g_ptr_array_add (paths, NULL);
  g_settings_set_strv (settings, "recent-archives", (const char * const *) paths->pdata);
}

/**
 * vd_archive_recent_add:
 * @path: an absolute path that was just opened
 *
 * Puts @path first in "recent-archives" (once, at most
 * %VD_ARCHIVE_RECENT_MAX entries) and remembers it as "last-archive".
 */
void
vd_archive_recent_add (GSettings  *settings,
                       const char *path)
{
  g_auto(GStrv) old = g_settings_get_strv (settings, "recent-archives");
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (path != NULL);

  g_ptr_array_add (paths, (gpointer) path);
  for (guint i = 0; old[i] != NULL && paths->len < VD_ARCHIVE_RECENT_MAX; i++)
    if (g_strcmp0 (old[i], path) != 0)
      g_ptr_array_add (paths, old[i]);

  /* One write so that listeners rebuild their menus once. */
  g_settings_delay (settings);
  set_list (settings, paths);
  g_settings_set_string (settings, "last-archive", path);
  g_settings_apply (settings);
}

/**
 * vd_archive_recent_dup_existing:
 * @max: at most this many
 *
 * Returns: (transfer full): the recent archives that still exist, most
 * recent first.
 */
char **
vd_archive_recent_dup_existing (GSettings *settings,
                                guint      max)
{
  g_auto(GStrv) all = g_settings_get_strv (settings, "recent-archives");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; all[i] != NULL && n < max; i++)
    {
      if (!g_path_is_absolute (all[i]) || !g_file_test (all[i], G_FILE_TEST_IS_REGULAR))
        continue;
      g_strv_builder_add (builder, all[i]);
      n++;
    }
  return g_strv_builder_end (builder);
}

/**
 * vd_archive_recent_dup_title:
 *
 * Returns: the name to show for the archive at @path: its file name without
 * the extension every archive has.
 */
char *
vd_archive_recent_dup_title (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);

  if (g_str_has_suffix (name, ".vinhdanh") && strlen (name) > strlen (".vinhdanh"))
    name[strlen (name) - strlen (".vinhdanh")] = '\0';
  return g_steal_pointer (&name);
}

/**
 * vd_archive_recent_dup_display:
 *
 * Returns: the folder of @path for showing under its name, with the home
 * folder written as “~”.
 */
char *
vd_archive_recent_dup_display (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (home_len > 1 && g_str_has_prefix (dir, home)
      && (dir[home_len] == '\0' || dir[home_len] == G_DIR_SEPARATOR))
    return g_strconcat ("~", dir + home_len, NULL);
  return g_steal_pointer (&dir);
}
