/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-store.h"

G_BEGIN_DECLS

/* Award statistics: the aggregates behind the Statistics place, the charts
 * of vinh-danh-cli and the drill-down lists. Every SQL text that counts
 * awards is built in vd-stats.c, and only there. Revoked awards never
 * count. */

typedef enum
{
  VD_STATS_SUBJECT_ANY,
  VD_STATS_SUBJECT_INDIVIDUAL,
  VD_STATS_SUBJECT_COLLECTIVE,
} VdStatsSubject;

typedef enum
{
  VD_STATS_GENDER_ANY,
  VD_STATS_GENDER_FEMALE,
  VD_STATS_GENDER_MALE,
} VdStatsGender;

typedef enum
{
  VD_STATS_DIRECT_ANY,
  VD_STATS_DIRECT_YES, /* người trực tiếp công tác, lao động */
  VD_STATS_DIRECT_NO,
} VdStatsDirect;

/**
 * VdStatsFilter:
 * @year_from: first year counted, 0 for no bound
 * @year_to: last year counted, 0 for no bound
 * @unit_id: count only awards within this unit's subtree; 0 for all
 * @bloc_id: count only awards to units that were members of this bloc in
 *   the award's year (a member's subunits included); 0 for all
 * @kind_ids: (element-type gint64) (nullable): count only these award
 *   kinds; %NULL or empty for all
 * @subject: individuals, collectives or both
 * @gender: women or men only (individual awards only then)
 * @direct: direct workers or the others only (individual awards only then)
 * @campaign_id: only awards proposed in a dossier of this campaign
 * @exact_unit_ids: (element-type gint64) (nullable): only awards whose
 *   recipient unit (a person's own unit) is one of these; used to narrow
 *   to the awards behind one bar
 *
 * What to count. A filter is a plain value: copy it to keep it.
 */
typedef struct
{
  int             year_from;
  int             year_to;
  gint64          unit_id;
  gint64          bloc_id;
  GArray         *kind_ids;
  VdStatsSubject  subject;
  VdStatsGender   gender;
  VdStatsDirect   direct;
  gint64          campaign_id;
  GArray         *exact_unit_ids;
} VdStatsFilter;

VdStatsFilter *vd_stats_filter_new          (void);
VdStatsFilter *vd_stats_filter_copy         (const VdStatsFilter *filter);
void           vd_stats_filter_free         (VdStatsFilter       *filter);
gboolean       vd_stats_filter_equal        (const VdStatsFilter *a,
                                             const VdStatsFilter *b);
void           vd_stats_filter_set_kinds    (VdStatsFilter       *filter,
                                             const gint64        *ids,
                                             guint                n_ids);
gboolean       vd_stats_filter_has_kind     (const VdStatsFilter *filter,
                                             gint64               kind_id);
void           vd_stats_filter_set_exact_units (VdStatsFilter    *filter,
                                                const gint64     *ids,
                                                guint             n_ids);

/**
 * VdStatsQuery:
 * @VD_STATS_UNITS: awards per unit (rows: units; one column)
 * @VD_STATS_UNITS_BY_FORM: per unit and award form (rows: units; columns: forms)
 * @VD_STATS_YEARS_BY_FORM: per year and form (rows: years; columns: forms)
 * @VD_STATS_YEARS_BY_UNIT: per year and unit (rows: years; columns: units)
 * @VD_STATS_MIX: per award form (rows: forms; one column)
 * @VD_STATS_SHARES: per year, individual awards to women and to direct
 *   workers (rows: years; columns: women, direct workers; bases: all
 *   individual awards of the year)
 *
 * Units are counted by the branch they belong to: the children of the
 * filter's unit (or of the top unit of the archive), a unit's own awards
 * and those of its people under the branch's name.
 */
typedef enum
{
  VD_STATS_UNITS,
  VD_STATS_UNITS_BY_FORM,
  VD_STATS_YEARS_BY_FORM,
  VD_STATS_YEARS_BY_UNIT,
  VD_STATS_MIX,
  VD_STATS_SHARES,
} VdStatsQuery;

typedef enum
{
  VD_STATS_KEY_UNIT,
  VD_STATS_KEY_YEAR,
  VD_STATS_KEY_KIND,
  VD_STATS_KEY_COUNT,  /* the single column of a one-series table */
  VD_STATS_KEY_WOMEN,
  VD_STATS_KEY_DIRECT,
} VdStatsKeyType;

/**
 * VdStatsKey:
 * @type: what @id is
 * @id: unit id, year or award kind id
 * @label: short label for a chart ("Vụ TCCB", "2021")
 * @name: full name for a table
 * @unit_ids: (element-type gint64): for a unit, every recipient unit it
 *   gathers (itself and its subunits that had awards)
 *
 * One row or column of a #VdStatsTable.
 */
typedef struct
{
  VdStatsKeyType  type;
  gint64          id;
  char           *label;
  char           *name;
  GArray         *unit_ids;
} VdStatsKey;

void vd_stats_key_free (VdStatsKey *key);

/**
 * VdStatsTable:
 * @rows: (element-type VdStatsKey): in chart order (units and forms by
 *   count, most first; years ascending)
 * @columns: (element-type VdStatsKey)
 * @counts: rows->len × columns->len award counts, row-major
 * @bases: (nullable): for %VD_STATS_SHARES, the individual awards of each row
 * @total: all awards counted
 */
typedef struct
{
  VdStatsQuery  query;
  GPtrArray    *rows;
  GPtrArray    *columns;
  gint64       *counts;
  gint64       *bases;
  gint64        total;
} VdStatsTable;

void          vd_stats_table_free    (VdStatsTable       *table);
gint64        vd_stats_table_get     (const VdStatsTable *table,
                                      guint               row,
                                      guint               column);
gint64        vd_stats_table_row_sum (const VdStatsTable *table,
                                      guint               row);

VdStatsTable *vd_stats_query         (VdStore             *store,
                                      VdStatsQuery         query,
                                      const VdStatsFilter *filter,
                                      GCancellable        *cancellable,
                                      GError             **error);
void          vd_stats_query_async   (VdStore             *store,
                                      VdStatsQuery         query,
                                      const VdStatsFilter *filter,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
VdStatsTable *vd_stats_query_finish  (VdStore             *store,
                                      GAsyncResult        *result,
                                      GError             **error);

VdStatsFilter *vd_stats_filter_narrow (const VdStatsFilter *filter,
                                       const VdStatsKey    *key);

/**
 * VdStatsAward:
 * One award behind a bar, for the drill-down list.
 */
typedef struct
{
  gint64  id;
  int     year;
  char   *recipient;  /* person full name or unit name */
  char   *unit;       /* the recipient's unit */
  char   *kind;       /* award kind name */
  char   *decision;   /* "382/QĐ-BTNMT" or NULL */
  char   *signed_on;  /* ISO date or NULL */
} VdStatsAward;

void       vd_stats_award_free         (VdStatsAward        *award);

GPtrArray *vd_stats_list_awards        (VdStore             *store,
                                        const VdStatsFilter *filter,
                                        guint                limit,
                                        gint64              *total,
                                        GCancellable        *cancellable,
                                        GError             **error);
void       vd_stats_list_awards_async  (VdStore             *store,
                                        const VdStatsFilter *filter,
                                        guint                limit,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GPtrArray *vd_stats_list_awards_finish (VdStore             *store,
                                        GAsyncResult        *result,
                                        gint64              *total,
                                        GError             **error);

/**
 * VdStatsChoice:
 * A unit, bloc, award kind or campaign a filter can name.
 */
typedef struct
{
  gint64  id;
  char   *name;
  int     depth;  /* units: 0 for the top unit */
  int     extra;  /* award kinds: 1 for individual, 2 for collective */
} VdStatsChoice;

void       vd_stats_choice_free     (VdStatsChoice *choice);
GPtrArray *vd_stats_list_units      (VdStore  *store,
                                     GError  **error);
GPtrArray *vd_stats_list_blocs      (VdStore  *store,
                                     GError  **error);
GPtrArray *vd_stats_list_kinds      (VdStore  *store,
                                     GError  **error);
GPtrArray *vd_stats_list_campaigns  (VdStore  *store,
                                     GError  **error);
gboolean   vd_stats_year_range      (VdStore  *store,
                                     int      *first,
                                     int      *last,
                                     GError  **error);

char      *vd_stats_filter_describe (VdStore             *store,
                                     const VdStatsFilter *filter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsFilter, vd_stats_filter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsTable, vd_stats_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsKey, vd_stats_key_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsAward, vd_stats_award_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsChoice, vd_stats_choice_free)

G_END_DECLS
