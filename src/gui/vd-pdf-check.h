/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Whether @bytes are a PDF the archive can keep: opened by Poppler, not
 * encrypted, with at least one page. Core cannot link Poppler, so this is
 * the check it relies on (vd_campaign_documents_attach). */
gboolean vd_pdf_check (GBytes  *bytes,
                       int     *page_count,
                       GError **error);

G_END_DECLS
