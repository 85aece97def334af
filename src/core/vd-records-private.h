/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "vd-records.h"

G_BEGIN_DECLS

/* Columns an award-history query selects, in this order, so the people and
 * units aggregates read them the same way. */
#define VD_AWARD_RECORD_COLUMNS \
  "a.id, a.year, k.code, k.name, d.number, d.signed_on, a.golden_book_no, a.revoked"
#define VD_AWARD_RECORD_JOINS \
  "JOIN award_kinds k ON k.id = a.award_kind_id " \
  "LEFT JOIN decisions d ON d.id = a.decision_id "
/* Newest first: by year, then by the decision's date, then by entry order. */
#define VD_AWARD_RECORD_ORDER \
  "ORDER BY a.year DESC, d.signed_on DESC, a.id DESC"
#define VD_AWARD_RECORD_N_COLUMNS 8

VdAwardRecord *vd_award_record_new_from_row (sqlite3_stmt *stmt,
                                             const char   *recipient);

G_END_DECLS
