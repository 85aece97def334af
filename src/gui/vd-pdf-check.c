/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPdfCheck"

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>
#include <string.h>

#include "vd-campaign-files.h"
#include "vd-pdf-check.h"
#include "vd-store.h"

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
vd_pdf_check (GBytes  *bytes,
              int     *page_count,
              GError **error)
{
  g_autoptr(GObject) document = NULL;
  g_autoptr(GError) local = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  int pages;

  if (size == 0)
    return refuse (error, _("The file is empty. Choose the PDF file itself, not an empty copy."));
  if (size > VD_CAMPAIGN_DOCUMENT_MAX_SIZE)
    return refuse (error, _("The file is larger than 50 MB. Save a smaller PDF (for example scanned at a lower resolution) and attach that."));
  /* Poppler would also refuse, but with a message about damage: a Word or
   * image file named .pdf deserves its own explanation. */
  if (g_strstr_len (data, MIN (size, 1024), "%PDF-") == NULL)
    return refuse (error, _("This file is not a PDF. Export or print the document to PDF first, then attach the PDF."));

  document = G_OBJECT (poppler_document_new_from_bytes (bytes, NULL, &local));
  if (document == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        return refuse (error, _("This PDF is protected by a password. Save an unprotected copy and attach that."));
      return refuse (error, _("This PDF is damaged and cannot be read. Get a fresh copy of the file and attach that."));
    }
  pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (document));
  if (pages < 1)
    return refuse (error, _("The PDF has no pages. Choose a PDF with at least one page."));
  if (page_count != NULL)
    *page_count = pages;
  return TRUE;
}
