/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include "vd-demo-private.h"

/* A case for the eligibility check: one person one year short of Chiến sĩ
 * thi đua cấp Bộ. They hold Chiến sĩ thi đua cơ sở for the two years before
 * the demo's last year but not for the last year itself, and get an
 * initiative recognised at ministry level that year; so for the last year
 * the check says "not yet: 2 of 3 consecutive", and recording the third
 * title makes them eligible. The person is the first such one in archive
 * order, so the same archive always picks the same person. */

#define DEMO_INITIATIVE_TITLE "Quy trình số hóa hồ sơ địa chính cấp xã"

gboolean
vd_demo_eligibility_case (VdDemoContext  *ctx,
                          GError        **error)
{
  int last = ctx->last_year;
  g_autofree char *recognized_on = vd_demo_date (last, 12, 15);
  sqlite3_stmt *stmt;
  gint64 person_id = 0;
  gint64 initiative_id;

  stmt = vd_store_prepare (ctx->store,
                           "SELECT p.id FROM people p "
                           "JOIN person_ratings r ON r.person_id = p.id AND r.year = ?1 "
                           "AND r.grade IN ('excellent', 'good') "
                           "WHERE (SELECT count(*) FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id "
                           "       WHERE a.person_id = p.id AND a.revoked = 0 AND k.code = 'CSTDCS' "
                           "       AND a.year IN (?1 - 2, ?1 - 1)) = 2 "
                           "AND NOT EXISTS (SELECT 1 FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id "
                           "       WHERE a.person_id = p.id AND k.code IN ('CSTDCS', 'CSTD_BO') AND a.year = ?1) "
                           "ORDER BY p.id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, last);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    person_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (person_id == 0)
    return TRUE;

  if (!vd_store_begin (ctx->store, error))
    return FALSE;
  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO initiatives (title, year, level, recognized_by, recognized_on) "
                           "VALUES (?1, ?2, 'ministry', 'Bộ trưởng Bộ Tài nguyên và Môi trường', ?3)", error);
  if (stmt == NULL)
    goto fail;
  vd_demo_bind_text (stmt, 1, DEMO_INITIATIVE_TITLE);
  sqlite3_bind_int (stmt, 2, last);
  vd_demo_bind_text (stmt, 3, recognized_on);
  if (!vd_store_step_done (ctx->store, stmt, error))
    goto fail;
  initiative_id = vd_store_last_insert_id (ctx->store);

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO initiative_authors (initiative_id, person_id) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  if (!vd_store_step_done (ctx->store, stmt, error))
    goto fail;
  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
