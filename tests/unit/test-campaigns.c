/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "vd-calendar-days.h"
#include "vd-calendar-math.h"
#include "vd-campaigns-deadlines.h"
#include "vd-campaigns-ics.h"
#include "vd-campaigns.h"
#include "vd-store.h"

typedef struct
{
  char    *dir;
  char    *path;
  VdStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vd-campaigns-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
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

static VdMilestone *
milestone (VdMilestoneKind  kind,
           const char      *due_on,
           const char      *title)
{
  VdMilestone *m = vd_milestone_new ();

  m->kind = kind;
  m->due_on = g_strdup (due_on);
  m->title = g_strdup (title);
  return m;
}

/* The ministry's 20th anniversary campaign of the seeds. */
static VdCampaign *
anniversary_campaign (void)
{
  VdCampaign *c = vd_campaign_new ();

  c->name = g_strdup ("Đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm Ngày thành lập Bộ");
  c->kind = VD_CAMPAIGN_KIND_PHASE;
  c->scope = VD_CAMPAIGN_SCOPE_MINISTRY;
  c->launched_by = g_strdup ("Bộ trưởng Bộ Tài nguyên và Môi trường");
  c->launch_reference = g_strdup ("Kế hoạch số 953/KH-BTNMT");
  c->starts_on = g_strdup ("2022-05-16");
  c->ends_on = g_strdup ("2022-08-05");
  g_ptr_array_add (c->milestones, milestone (VD_MILESTONE_LAUNCH, "2022-05-16", "Phát động đợt thi đua đặc biệt"));
  g_ptr_array_add (c->milestones, milestone (VD_MILESTONE_DOSSIER_DEADLINE, "2022-07-08", "Hạn gửi hồ sơ, chú ý; dấu phẩy"));
  g_ptr_array_add (c->milestones, milestone (VD_MILESTONE_ANNIVERSARY, "2022-08-05", "Lễ Kỷ niệm 20 năm"));
  return c;
}

/* ---- Date arithmetic ---- */

static void
test_weeks_start_monday (void)
{
  int iso_year;

  /* 01/01/2022 was a Saturday; its grid starts on Monday 27/12/2021. */
  g_assert_cmpint (vd_day_weekday (vd_day_from_ymd (2022, 1, 1)), ==, 5);
  g_assert_cmpuint (vd_month_grid_start (2022, 1), ==, vd_day_from_ymd (2021, 12, 27));
  g_assert_cmpuint (vd_month_grid_weeks (2022, 1), ==, 6);
  /* February 2021 starts on a Monday and fills exactly four weeks. */
  g_assert_cmpuint (vd_month_grid_start (2021, 2), ==, vd_day_from_ymd (2021, 2, 1));
  g_assert_cmpuint (vd_month_grid_weeks (2021, 2), ==, 4);
  g_assert_cmpuint (vd_month_grid_weeks (2022, 5), ==, 6);
  g_assert_cmpuint (vd_month_grid_weeks (2026, 11), ==, 6);

  /* ISO weeks across year ends. */
  g_assert_cmpint (vd_day_iso_week (vd_day_from_ymd (2021, 1, 3), &iso_year), ==, 53);
  g_assert_cmpint (iso_year, ==, 2020);
  g_assert_cmpint (vd_day_iso_week (vd_day_from_ymd (2024, 12, 30), &iso_year), ==, 1);
  g_assert_cmpint (iso_year, ==, 2025);
  g_assert_cmpint (vd_day_iso_week (vd_day_from_ymd (2022, 5, 16), &iso_year), ==, 20);
  g_assert_cmpuint (vd_day_week_start (vd_day_from_ymd (2023, 1, 1)), ==, vd_day_from_ymd (2022, 12, 26));
}

static void
test_month_arithmetic (void)
{
  int year = 2022, month = 11;
  g_autofree char *iso = NULL;

  vd_month_add (&year, &month, 3);
  g_assert_cmpint (year, ==, 2023);
  g_assert_cmpint (month, ==, 2);
  vd_month_add (&year, &month, -14);
  g_assert_cmpint (year, ==, 2021);
  g_assert_cmpint (month, ==, 12);
  vd_month_add (&year, &month, 1);
  g_assert_cmpint (year, ==, 2022);
  g_assert_cmpint (month, ==, 1);

  /* 31/01 + 1 month is the last of February, leap years included. */
  g_assert_cmpuint (vd_day_add_months (vd_day_from_ymd (2023, 1, 31), 1), ==, vd_day_from_ymd (2023, 2, 28));
  g_assert_cmpuint (vd_day_add_months (vd_day_from_ymd (2024, 1, 31), 1), ==, vd_day_from_ymd (2024, 2, 29));
  g_assert_cmpuint (vd_day_add_months (vd_day_from_ymd (2022, 1, 15), -1), ==, vd_day_from_ymd (2021, 12, 15));

  g_assert_cmpuint (vd_day_from_iso ("2022-02-30"), ==, 0);
  g_assert_cmpuint (vd_day_from_iso ("2022-5-16"), ==, 0);
  g_assert_cmpuint (vd_day_from_iso (NULL), ==, 0);
  iso = vd_day_to_iso (vd_day_from_iso ("2022-05-16") + 81);
  g_assert_cmpstr (iso, ==, "2022-08-05");
}

/* ---- Lanes ---- */

static void
test_lanes (void)
{
  VdDay d = vd_day_from_ymd (2022, 5, 1);
  /* A long span, two that overlap it and each other, one that fits after
   * the first short one, and one alone. */
  const VdDaySpan spans[] = {
    { d + 2, d + 4 },    /* 0 */
    { d, d + 30 },       /* 1: longest, first: lane 0 */
    { d + 3, d + 6 },    /* 2 */
    { d + 5, d + 8 },    /* 3: after 0 ends: reuses its lane */
    { d + 2, d + 2 },    /* 4 */
  };
  guint lanes[G_N_ELEMENTS (spans)];
  guint hidden[10];
  guint n;

  n = vd_spans_layout_lanes (spans, G_N_ELEMENTS (spans), lanes);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (lanes[1], ==, 0);
  g_assert_cmpuint (lanes[0], ==, 1);  /* longer of the two starting on d+2 */
  g_assert_cmpuint (lanes[4], ==, 2);
  g_assert_cmpuint (lanes[2], ==, 2);  /* lane 2 is free again on d+3 */
  g_assert_cmpuint (lanes[3], ==, 1);

  /* No two spans in one lane overlap. */
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (spans); j++)
      if (lanes[i] == lanes[j])
        g_assert_true (spans[i].last < spans[j].first || spans[j].last < spans[i].first);

  /* Two lanes shown: "+N more" counts the rest per day. */
  vd_spans_count_hidden (spans, lanes, G_N_ELEMENTS (spans), 2, d, 10, hidden);
  g_assert_cmpuint (hidden[0], ==, 0);
  g_assert_cmpuint (hidden[2], ==, 1);  /* span 4 */
  g_assert_cmpuint (hidden[3], ==, 1);  /* span 2 */
  g_assert_cmpuint (hidden[6], ==, 1);
  g_assert_cmpuint (hidden[7], ==, 0);

  /* None at all, and many identical ones. */
  g_assert_cmpuint (vd_spans_layout_lanes (NULL, 0, NULL), ==, 0);
  {
    VdDaySpan same[6];
    guint same_lanes[6];

    for (guint i = 0; i < 6; i++)
      same[i] = (VdDaySpan) { d, d + 1 };
    g_assert_cmpuint (vd_spans_layout_lanes (same, 6, same_lanes), ==, 6);
    for (guint i = 0; i < 6; i++)
      g_assert_cmpuint (same_lanes[i], ==, i);
  }
}

/* ---- Validation ---- */

static void
test_validation (void)
{
  g_autoptr(VdCampaign) c = anniversary_campaign ();
  g_autoptr(GError) error = NULL;
  VdMilestone *late;

  g_assert_true (vd_campaign_check (c, &error));
  g_assert_no_error (error);

  g_free (c->ends_on);
  c->ends_on = g_strdup ("2022-05-01");
  g_assert_false (vd_campaign_check (c, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "01/05/2022"));
  g_assert_nonnull (strstr (error->message, "16/05/2022"));
  g_clear_error (&error);

  g_free (c->ends_on);
  c->ends_on = g_strdup ("2022-08-05");
  late = milestone (VD_MILESTONE_FINAL_REVIEW, "2022-09-10", "Tổng kết đợt thi đua");
  g_ptr_array_add (c->milestones, late);
  g_assert_false (vd_campaign_check (c, &error));
  g_assert_nonnull (strstr (error->message, "Tổng kết đợt thi đua"));
  g_assert_nonnull (strstr (error->message, "follow-up"));
  g_clear_error (&error);

  late->follow_up = TRUE;
  g_assert_true (vd_campaign_check (c, &error));

  /* A follow-up may not come before the start either way: it may. Only
   * unmarked ones must be inside. Before the start, unmarked: refused. */
  late->follow_up = FALSE;
  g_free (late->due_on);
  late->due_on = g_strdup ("2022-05-15");
  g_assert_false (vd_campaign_check (c, &error));
  g_clear_error (&error);
  g_ptr_array_remove (c->milestones, late);

  g_free (c->name);
  c->name = g_strdup ("  ");
  g_assert_false (vd_campaign_check (c, &error));
  g_clear_error (&error);
  g_free (c->name);
  c->name = g_strdup ("X");

  g_clear_pointer (&c->ends_on, g_free);  /* no set end: any later milestone fits */
  g_ptr_array_add (c->milestones, milestone (VD_MILESTONE_OTHER, "2030-01-01", "Later"));
  g_assert_true (vd_campaign_check (c, &error));
  g_ptr_array_add (c->milestones, milestone (VD_MILESTONE_OTHER, "2030-02-30", "Bad date"));
  g_assert_false (vd_campaign_check (c, &error));
  g_clear_error (&error);
}

/* ---- The aggregate ---- */

static void
test_crud (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(VdCampaign) c = anniversary_campaign ();
  g_autoptr(VdCampaign) read = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VdMilestone) extra = NULL;
  VdCampaignFilter filter = { 0 };
  VdMilestone *follow;
  gint64 id;
  guint dossiers = 99, awards = 99;

  id = vd_campaigns_insert (f->store, c, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (((VdMilestone *) g_ptr_array_index (c->milestones, 0))->id, >, 0);

  /* A follow-up after the end keeps its note, and the mark stays out of it. */
  follow = milestone (VD_MILESTONE_FINAL_REVIEW, "2022-09-10", "Tổng kết");
  follow->follow_up = TRUE;
  follow->note = g_strdup ("Tại Hà Nội");
  g_ptr_array_add (c->milestones, follow);
  g_assert_true (vd_campaigns_update (f->store, c, &error));
  g_assert_no_error (error);

  read = vd_campaigns_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->name, ==, c->name);
  g_assert_cmpstr (read->launch_reference, ==, "Kế hoạch số 953/KH-BTNMT");
  g_assert_cmpint (read->kind, ==, VD_CAMPAIGN_KIND_PHASE);
  g_assert_cmpuint (read->milestones->len, ==, 4);
  follow = g_ptr_array_index (read->milestones, 3);
  g_assert_true (follow->follow_up);
  g_assert_cmpstr (follow->note, ==, "Tại Hà Nội");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones WHERE follow_up = 1 AND note = 'Tại Hà Nội'"), ==, 1);

  /* Wrong dates are refused and nothing changes. */
  g_free (read->ends_on);
  read->ends_on = g_strdup ("2022-01-01");
  g_assert_false (vd_campaigns_update (f->store, read, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaigns WHERE ends_on = '2022-08-05'"), ==, 1);

  /* Single milestones. */
  extra = milestone (VD_MILESTONE_INTERIM_REVIEW, "2022-06-20", "Sơ kết");
  extra->campaign_id = id;
  g_assert_cmpint (vd_campaigns_add_milestone (f->store, extra, &error), >, 0);
  g_assert_no_error (error);
  g_free (extra->due_on);
  extra->due_on = g_strdup ("2023-06-20");
  g_assert_false (vd_campaigns_update_milestone (f->store, extra, &error));
  g_clear_error (&error);
  extra->follow_up = TRUE;
  g_assert_true (vd_campaigns_update_milestone (f->store, extra, &error));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones"), ==, 5);
  g_assert_true (vd_campaigns_delete_milestone (f->store, extra->id, &error));
  g_assert_false (vd_campaigns_delete_milestone (f->store, extra->id, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Ranges and filters. */
  listed = vd_campaigns_list (f->store, "2022-06-01", "2022-06-30", NULL, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = vd_campaigns_list (f->store, "2022-09-01", NULL, NULL, &error);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);
  filter.kinds = 1u << VD_CAMPAIGN_KIND_REGULAR;
  listed = vd_campaigns_list (f->store, NULL, NULL, &filter, &error);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);
  filter.kinds |= 1u << VD_CAMPAIGN_KIND_PHASE;
  listed = vd_campaigns_list (f->store, NULL, NULL, &filter, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpuint (((VdCampaign *) g_ptr_array_index (listed, 0))->milestones->len, ==, 4);

  g_assert_true (vd_campaigns_count_links (f->store, id, &dossiers, &awards, &error));
  g_assert_cmpuint (dossiers, ==, 0);
  g_assert_cmpuint (awards, ==, 0);

  g_assert_true (vd_campaigns_delete (f->store, id, &error));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones"), ==, 0);
}

static void
test_fixed_days (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) days = vd_calendar_days_load (f->store);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_founding = FALSE;

  g_assert_cmpuint (days->len, ==, 6);
  for (guint i = 0; i < days->len; i++)
    {
      VdFixedDay *day = g_ptr_array_index (days, i);
      has_founding |= day->day == 5 && day->month == 8;
    }
  g_assert_true (has_founding);

  g_ptr_array_add (days, vd_fixed_day_new (3, 2, "Ngày thành lập Đảng Cộng sản Việt Nam"));
  g_assert_true (vd_calendar_days_save (f->store, days, &error));
  again = vd_calendar_days_load (f->store);
  g_assert_cmpuint (again->len, ==, 7);
  g_assert_cmpint (((VdFixedDay *) g_ptr_array_index (again, 0))->month, ==, 2);

  g_ptr_array_add (days, vd_fixed_day_new (30, 2, "Không có"));
  g_assert_false (vd_calendar_days_save (f->store, days, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (vd_calendar_days_reset (f->store, &error));
  g_clear_pointer (&again, g_ptr_array_unref);
  again = vd_calendar_days_load (f->store);
  g_assert_cmpuint (again->len, ==, 6);
}

/* ---- iCalendar ---- */

static void
test_ics_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(VdCampaign) c = anniversary_campaign ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *domain = NULL;
  icalcomponent *calendar;
  guint events = 0, milestones = 0;

  ((VdMilestone *) g_ptr_array_index (c->milestones, 1))->note = g_strdup ("Gửi Vụ Thi đua, Khen thưởng");
  g_assert_cmpint (vd_campaigns_insert (f->store, c, &error), >, 0);
  text = vd_campaigns_ics_export (f->store, NULL, &error);
  g_assert_no_error (error);
  domain = vd_campaigns_ics_uid_domain (f->store);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);
      const char *uid = icalcomponent_get_uid (event);

      g_assert_true (start.is_date);
      g_assert_true (end.is_date);
      g_assert_true (g_str_has_suffix (uid, domain));
      events++;
      if (g_str_has_prefix (uid, "campaign-"))
        {
          g_assert_cmpstr (icalcomponent_get_summary (event), ==, c->name);
          g_assert_cmpint (start.year * 10000 + start.month * 100 + start.day, ==, 20220516);
          g_assert_cmpint (end.year * 10000 + end.month * 100 + end.day, ==, 20220806);
        }
      else
        {
          VdMilestone *m = g_ptr_array_index (c->milestones, milestones++);
          g_autofree char *expected = g_strdup_printf ("milestone-%" G_GINT64_FORMAT "@%s", m->id, domain);
          g_autofree char *due = g_strdup_printf ("%04d-%02d-%02d", start.year, start.month, start.day);

          g_assert_cmpstr (uid, ==, expected);
          g_assert_cmpstr (icalcomponent_get_summary (event), ==, m->title);
          g_assert_cmpstr (due, ==, m->due_on);
        }
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (events, ==, 4);
  g_assert_cmpuint (milestones, ==, 3);

  /* Same UIDs on a second export. */
  again = vd_campaigns_ics_export (f->store, NULL, &error);
  g_assert_nonnull (strstr (again, "UID:campaign-1@"));
  g_assert_cmpstr (domain, ==, vd_store_dup_setting (f->store, VD_ICS_UID_DOMAIN_KEY));

  /* Importing its own export into the campaign updates, never duplicates. */
  {
    guint n = 0;

    g_assert_true (vd_campaigns_ics_import (f->store, c->id, text, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones"), ==, 3);
    g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones "
                                          "WHERE note = 'Gửi Vụ Thi đua, Khen thưởng'"), ==, 1);
  }
}

static const char good_import[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
  "BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTAMP:20220101T000000Z\r\nDTSTART;VALUE=DATE:20220601\r\n"
  "SUMMARY:Sơ kết đợt thi đua\r\nCATEGORIES:interim_review\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTAMP:20220101T000000Z\r\nDTSTART:20220620T090000\r\n"
  "SUMMARY:Họp Hội đồng\r\nDESCRIPTION:Phòng họp\\, tầng 3\r\nEND:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_ics_import (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VdCampaign) c = anniversary_campaign ();
  g_autoptr(VdCampaign) read = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *no_title = NULL;
  guint n = 0;
  static const char * const malformed[] = {
    "",
    "hello world",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    /* a bad date in the second event: the good first one is refused too */
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20220601\r\nSUMMARY:Tốt\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:2022-13-45\r\nSUMMARY:Hỏng\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20220601\r\nSUMMARY:Tốt\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:No date\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n",
  };

  g_assert_cmpint (vd_campaigns_insert (f->store, c, &error), >, 0);

  preview = vd_campaigns_ics_parse (good_import, c, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->len, ==, 2);
  g_assert_cmpint (((VdMilestone *) g_ptr_array_index (preview, 0))->kind, ==, VD_MILESTONE_INTERIM_REVIEW);
  g_assert_cmpstr (((VdMilestone *) g_ptr_array_index (preview, 1))->due_on, ==, "2022-06-20");
  g_assert_cmpstr (((VdMilestone *) g_ptr_array_index (preview, 1))->note, ==, "Phòng họp, tầng 3");

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_assert_false (vd_campaigns_ics_import (f->store, c->id, malformed[i], &n, &error));
      g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "Nothing was imported"));
      g_test_message ("refused: %s", error->message);
      g_clear_error (&error);
      g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones"), ==, 3);
    }

  /* Outside the span without the follow-up mark: refused whole, naming it. */
  outside = g_strdup (good_import);
  memcpy (strstr (outside, "20220601"), "20230601", 8);
  g_assert_false (vd_campaigns_ics_import (f->store, c->id, outside, &n, &error));
  g_assert_nonnull (strstr (error->message, "Event 1"));
  g_assert_nonnull (strstr (error->message, "follow-up"));
  g_clear_error (&error);

  no_title = g_strdup (good_import);
  memcpy (strstr (no_title, "SUMMARY:Họp"), "COMMENT:", 8);
  g_assert_false (vd_campaigns_ics_import (f->store, c->id, no_title, &n, &error));
  g_assert_nonnull (strstr (error->message, "Event 2"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaign_milestones"), ==, 3);

  g_assert_true (vd_campaigns_ics_import (f->store, c->id, good_import, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  read = vd_campaigns_get (f->store, c->id, &error);
  g_assert_cmpuint (read->milestones->len, ==, 5);
}

/* ---- Deadlines: badge count and notification once ---- */

static void
test_deadlines (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdCampaign) c = anniversary_campaign ();
  g_autoptr(GPtrArray) campaigns = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *stored = NULL;
  VdMilestone *done;

  done = milestone (VD_MILESTONE_OTHER, "2022-07-08", "Đã xong");
  done->done = TRUE;
  g_ptr_array_add (c->milestones, done);
  g_ptr_array_add (c->milestones, milestone (VD_MILESTONE_OTHER, "2022-07-21", "Ngày thứ 14"));
  g_assert_cmpint (vd_campaigns_insert (f->store, c, &error), >, 0);
  g_assert_no_error (error);
  campaigns = vd_campaigns_list (f->store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The window is today plus 13 days; done milestones do not count. */
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-07-08", 14), ==, 2);
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-07-08", 13), ==, 1);
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-07-07", 14), ==, 1);
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-07-09", 14), ==, 1);
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-07-25", 14), ==, 1);
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-08-06", 14), ==, 0);
  /* Across a month boundary: 31/7 + 5 days reaches 05/8. */
  g_assert_cmpuint (vd_campaigns_count_due_soon (campaigns, "2022-07-31", 6), ==, 1);

  due = vd_campaigns_take_due_today (f->store, campaigns, "2022-07-07", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  due = vd_campaigns_take_due_today (f->store, campaigns, "2022-07-08", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpstr (((VdMilestone *) g_ptr_array_index (due, 0))->title, ==, "Hạn gửi hồ sơ, chú ý; dấu phẩy");
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Once: the same day again, and again after reopening the archive. */
  due = vd_campaigns_take_due_today (f->store, campaigns, "2022-07-08", &error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  g_clear_object (&f->store);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  stored = vd_store_dup_setting (f->store, VD_DEADLINES_NOTIFIED_KEY);
  g_assert_nonnull (strstr (stored, "2022-07-08"));
  due = vd_campaigns_take_due_today (f->store, campaigns, "2022-07-08", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Another day prunes the old entries and notifies that day's milestone. */
  due = vd_campaigns_take_due_today (f->store, campaigns, "2022-07-21", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_clear_pointer (&stored, g_free);
  stored = vd_store_dup_setting (f->store, VD_DEADLINES_NOTIFIED_KEY);
  g_assert_null (strstr (stored, "2022-07-08"));

  /* A damaged value costs at most a repeat, never an error. */
  g_assert_true (vd_store_set_setting (f->store, VD_DEADLINES_NOTIFIED_KEY, "[not json", NULL));
  g_clear_pointer (&due, g_ptr_array_unref);
  due = vd_campaigns_take_due_today (f->store, campaigns, "2022-07-21", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/weeks-start-monday", test_weeks_start_monday);
  g_test_add_func ("/calendar/month-arithmetic", test_month_arithmetic);
  g_test_add_func ("/calendar/lanes", test_lanes);
  g_test_add_func ("/campaigns/validation", test_validation);
  g_test_add ("/campaigns/crud", Fixture, NULL, fixture_setup, test_crud, fixture_teardown);
  g_test_add ("/campaigns/deadlines", Fixture, NULL, fixture_setup, test_deadlines, fixture_teardown);
  g_test_add ("/campaigns/fixed-days", Fixture, NULL, fixture_setup, test_fixed_days, fixture_teardown);
  g_test_add ("/campaigns/ics/round-trip", Fixture, NULL, fixture_setup, test_ics_round_trip, fixture_teardown);
  g_test_add ("/campaigns/ics/import", Fixture, NULL, fixture_setup, test_ics_import, fixture_teardown);

  return g_test_run ();
}
