/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VdDecisionNumber:
 * @sequence: the running number within the issuer's year (382)
 * @doc_type: the document type abbreviation ("QĐ")
 * @issuer: the issuing body's symbol ("BTNMT", or "UBND-TĐKT")
 * @text: the canonical form ("382/QĐ-BTNMT")
 *
 * The parts of a document number as NĐ 30/2020/NĐ-CP lays it out.
 */
typedef struct
{
  int   sequence;
  char *doc_type;
  char *issuer;
  char *text;
} VdDecisionNumber;

VdDecisionNumber *vd_decision_number_parse (const char        *text,
                                            GError           **error);
void              vd_decision_number_free  (VdDecisionNumber  *number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdDecisionNumber, vd_decision_number_free)

G_END_DECLS
