/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>

#include "vd-demo-private.h"

/* Scanned-looking administrative documents. Offices keep paper originals and
 * scan them, so the archive is full of PDFs whose pages are one grey JPEG
 * each: slightly skewed, on off-white paper, with scanner noise, a stamp and
 * a signature. Each page is typeset with Pango onto an ink mask (the layout
 * of NĐ 30/2020: issuing body and national motto side by side, title, body,
 * signature block), "scanned" into grey pixels, JPEG-encoded, and placed in
 * a PDF through Cairo's JPEG pass-through so the file embeds the JPEG as is
 * (/DCTDecode), as a scanner's PDF does. */

#define DPI            150.0
#define PX_PER_PT      (DPI / 72.0)
#define PAGE_W_PT      595.276
#define PAGE_H_PT      841.89
#define MARGIN_LEFT    85.0   /* 30 mm, as NĐ 30/2020 asks */
#define MARGIN_RIGHT   57.0
#define MARGIN_TOP     50.0
#define MARGIN_BOTTOM  57.0
#define JPEG_QUALITY   45

/* Liberation Serif and Times New Roman are metric twins; Noto and DejaVu
 * cover Vietnamese where neither is installed. */
#define SERIF          "Times New Roman, Liberation Serif, Noto Serif, DejaVu Serif, serif"

typedef struct
{
  const VdDemoPaper *paper;
  VdDemoRng          rng;
  PangoFontMap      *font_map;
  PangoContext      *pango;
  GByteArray        *pdf_bytes;
  cairo_surface_t   *pdf;
  cairo_t           *pdf_cr;
  int                width;
  int                height;
  int                pages;

  /* the page being typeset */
  cairo_surface_t   *ink;
  cairo_t           *cr;
  double             y;
} Render;

/* ---- Typesetting ---- */

static PangoLayout *
make_layout (Render     *r,
             const char *text,
             double      size,
             gboolean    bold,
             gboolean    italic,
             double      width,
             PangoAlignment align)
{
  PangoLayout *layout = pango_layout_new (r->pango);
  PangoFontDescription *font = pango_font_description_from_string (SERIF);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
draw_text (Render         *r,
           const char     *text,
           double          x,
           double          y,
           double          width,
           double          size,
           gboolean        bold,
           gboolean        italic,
           PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, size, bold, italic, width, align);

  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
  return layout_height (layout);
}

static double
text_width (Render     *r,
            const char *text,
            double      size,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, size, bold, FALSE, -1, PANGO_ALIGN_LEFT);
  PangoRectangle ink, logical;

  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, &ink, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static void
rule (Render *r,
      double  cx,
      double  y,
      double  length)
{
  cairo_set_line_width (r->cr, 0.7);
  cairo_move_to (r->cr, cx - length / 2, y);
  cairo_line_to (r->cr, cx + length / 2, y);
  cairo_stroke (r->cr);
}

/* The sheet lies a little askew and off-centre on the scanner's glass: the
 * page is typeset straight onto the skewed ink mask. */
static void
begin_page (Render *r)
{
  double angle = (vd_demo_rng_double (&r->rng) - 0.5) * 1.2 * G_PI / 180;
  double dx = vd_demo_rng_between (&r->rng, -8, 8);
  double dy = vd_demo_rng_between (&r->rng, -6, 10);

  r->ink = cairo_image_surface_create (CAIRO_FORMAT_A8, r->width, r->height);
  r->cr = cairo_create (r->ink);
  cairo_translate (r->cr, r->width / 2.0 + dx, r->height / 2.0 + dy);
  cairo_rotate (r->cr, angle);
  cairo_translate (r->cr, -r->width / 2.0, -r->height / 2.0);
  cairo_scale (r->cr, PX_PER_PT, PX_PER_PT);
  pango_cairo_update_context (r->cr, r->pango);
  cairo_set_source_rgba (r->cr, 0, 0, 0, 1);
  r->y = MARGIN_TOP;

  if (r->pages > 0)
    {
      g_autofree char *number = g_strdup_printf ("%d", r->pages + 1);
      r->y += draw_text (r, number, MARGIN_LEFT, r->y - 24, PAGE_W_PT - MARGIN_LEFT - MARGIN_RIGHT,
                         12, FALSE, FALSE, PANGO_ALIGN_CENTER);
    }
}

static void
draw_header (Render *r)
{
  const VdDemoPaper *p = r->paper;
  double content = PAGE_W_PT - MARGIN_LEFT - MARGIN_RIGHT;
  double left_w = content * 0.42 + 20;
  double left_x = MARGIN_LEFT - 20;
  double right_x = MARGIN_LEFT + content * 0.42;
  double right_w = content * 0.58 + 15;
  double ly = r->y, ry = r->y, line;

  /* Issuing body, upper-level body above it (NĐ 30/2020, Phụ lục I). */
  if (p->body_upper != NULL)
    ly += draw_text (r, p->body_upper, left_x, ly, left_w, 12, FALSE, FALSE, PANGO_ALIGN_CENTER);
  ly += draw_text (r, p->body, left_x, ly, left_w, 12, TRUE, FALSE, PANGO_ALIGN_CENTER);
  rule (r, left_x + left_w / 2, ly + 2, 60);
  ly += 10;
  if (p->number != NULL)
    ly += draw_text (r, p->number, left_x, ly, left_w, 13, FALSE, FALSE, PANGO_ALIGN_CENTER);

  ry += draw_text (r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right_x, ry, right_w, 12, TRUE, FALSE,
                   PANGO_ALIGN_CENTER);
  ry += draw_text (r, "Độc lập - Tự do - Hạnh phúc", right_x, ry, right_w, 13, TRUE, FALSE,
                   PANGO_ALIGN_CENTER);
  line = text_width (r, "Độc lập - Tự do - Hạnh phúc", 13, TRUE);
  rule (r, right_x + right_w / 2, ry + 2, line);
  ry += 12;
  ry += draw_text (r, p->place_date, right_x, ry, right_w, 13, FALSE, TRUE, PANGO_ALIGN_CENTER);

  r->y = MAX (ly, ry) + 26;

  r->y += draw_text (r, p->title, MARGIN_LEFT, r->y, content, 14, TRUE, FALSE, PANGO_ALIGN_CENTER);
  if (p->subtitle != NULL)
    r->y += draw_text (r, p->subtitle, MARGIN_LEFT + 30, r->y, content - 60, 13, TRUE, FALSE,
                       PANGO_ALIGN_CENTER);
  rule (r, MARGIN_LEFT + content / 2, r->y + 3, 70);
  r->y += 16;
  if (p->recipient != NULL)
    r->y += draw_text (r, p->recipient, MARGIN_LEFT + 40, r->y, content - 80, 13, FALSE, FALSE,
                       PANGO_ALIGN_CENTER) + 10;
}

/* A round stamp: double ring, the body's name around it, a star inside.
 * Red in life; on a grey scan it prints as a lighter grey. */
static void
draw_seal (Render     *r,
           double      cx,
           double      cy,
           const char *text)
{
  const double radius = 46;
  glong n = g_utf8_strlen (text, -1);
  const char *p = text;

  cairo_save (r->cr);
  /* Text leaves a current point behind; an arc would join it with a line. */
  cairo_new_path (r->cr);
  cairo_set_source_rgba (r->cr, 0, 0, 0, 0.5);
  cairo_set_line_width (r->cr, 1.8);
  cairo_arc (r->cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_stroke (r->cr);
  cairo_set_line_width (r->cr, 0.8);
  cairo_arc (r->cr, cx, cy, radius - 4, 0, 2 * G_PI);
  cairo_stroke (r->cr);
  cairo_arc (r->cr, cx, cy, radius - 19, 0, 2 * G_PI);
  cairo_stroke (r->cr);

  for (int i = 0; i < 5; i++)
    {
      double a = -G_PI / 2 + i * 4 * G_PI / 5;
      double x = cx + 12 * cos (a), y = cy + 12 * sin (a);
      if (i == 0)
        cairo_move_to (r->cr, x, y);
      else
        cairo_line_to (r->cr, x, y);
    }
  cairo_close_path (r->cr);
  cairo_fill (r->cr);

  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p))
    {
      char ch[8] = { 0 };
      g_autoptr(PangoLayout) layout = NULL;
      double a = -G_PI / 2 + 2 * G_PI * i / n;
      int w, h;

      memcpy (ch, p, g_utf8_next_char (p) - p);
      layout = make_layout (r, ch, 7.5, TRUE, FALSE, -1, PANGO_ALIGN_LEFT);
      pango_layout_get_size (layout, &w, &h);
      cairo_save (r->cr);
      cairo_translate (r->cr, cx, cy);
      cairo_rotate (r->cr, a + G_PI / 2);
      cairo_move_to (r->cr, -(double) w / PANGO_SCALE / 2, -(radius - 5));
      pango_cairo_update_layout (r->cr, layout);
      pango_cairo_show_layout (r->cr, layout);
      cairo_restore (r->cr);
    }
  cairo_restore (r->cr);
  /* The rotated glyphs left the shared context rotated. */
  pango_cairo_update_context (r->cr, r->pango);
}

static void
draw_signature (Render *r,
                double  x,
                double  y)
{
  cairo_save (r->cr);
  cairo_set_line_width (r->cr, 1.1);
  cairo_set_line_cap (r->cr, CAIRO_LINE_CAP_ROUND);
  cairo_new_path (r->cr);
  cairo_move_to (r->cr, x, y);
  for (int i = 0; i < 4; i++)
    {
      double dx = 14 + vd_demo_rng_double (&r->rng) * 14;
      cairo_rel_curve_to (r->cr,
                          dx * 0.3, -18 - vd_demo_rng_double (&r->rng) * 10,
                          dx * 0.7, 16 + vd_demo_rng_double (&r->rng) * 8,
                          dx, -2 + vd_demo_rng_double (&r->rng) * 4);
    }
  cairo_rel_curve_to (r->cr, 10, -12, -40, 10, -70, 4);
  cairo_stroke (r->cr);
  cairo_restore (r->cr);
}

static double
signature_block_height (void)
{
  return 160;
}

static void
draw_signature_block (Render *r)
{
  const VdDemoPaper *p = r->paper;
  double content = PAGE_W_PT - MARGIN_LEFT - MARGIN_RIGHT;
  double right_x = MARGIN_LEFT + content * 0.45;
  double right_w = content * 0.55;
  double y = r->y + 12;
  double sy;

  if (p->copies != NULL)
    {
      double cy = y + 4;
      g_auto(GStrv) lines = g_strsplit (p->copies, "\n", -1);

      cy += draw_text (r, lines[0], MARGIN_LEFT, cy, content * 0.45, 12, TRUE, TRUE, PANGO_ALIGN_LEFT);
      for (guint i = 1; lines[i] != NULL; i++)
        cy += draw_text (r, lines[i], MARGIN_LEFT, cy, content * 0.45, 11, FALSE, FALSE, PANGO_ALIGN_LEFT);
    }

  sy = y + draw_text (r, p->signer_title, right_x, y, right_w, 13, TRUE, FALSE, PANGO_ALIGN_CENTER);
  if (p->seal_text != NULL)
    draw_seal (r, right_x + right_w / 2 - 28, sy + 44, p->seal_text);
  draw_signature (r, right_x + right_w / 2 - 30, sy + 50);
  draw_text (r, p->signer_name, right_x, sy + 92, right_w, 13, TRUE, FALSE, PANGO_ALIGN_CENTER);
  r->y = sy + 110;
}

/* ---- Scanning ---- */

typedef struct
{
  struct jpeg_error_mgr manager;
  jmp_buf               jump;
} JpegError;

static void
jpeg_fail (j_common_ptr info)
{
  JpegError *err = (JpegError *) info->err;
  longjmp (err->jump, 1);
}

static GBytes *
encode_jpeg (const guint8 *gray,
             int           width,
             int           height)
{
  struct jpeg_compress_struct info;
  JpegError err;
  unsigned char *buffer = NULL;
  unsigned long size = 0;

  info.err = jpeg_std_error (&err.manager);
  err.manager.error_exit = jpeg_fail;
  if (setjmp (err.jump))
    {
      jpeg_destroy_compress (&info);
      free (buffer);
      return NULL;
    }

  jpeg_create_compress (&info);
  jpeg_mem_dest (&info, &buffer, &size);
  info.image_width = width;
  info.image_height = height;
  info.input_components = 1;
  info.in_color_space = JCS_GRAYSCALE;
  jpeg_set_defaults (&info);
  jpeg_set_quality (&info, JPEG_QUALITY, TRUE);
  info.optimize_coding = TRUE;
  info.density_unit = 1;
  info.X_density = (UINT16) DPI;
  info.Y_density = (UINT16) DPI;
  jpeg_start_compress (&info, TRUE);
  while (info.next_scanline < info.image_height)
    {
      JSAMPROW row = (JSAMPROW) (gray + (gsize) info.next_scanline * width);
      jpeg_write_scanlines (&info, &row, 1);
    }
  jpeg_finish_compress (&info);
  jpeg_destroy_compress (&info);

  return g_bytes_new_with_free_func (buffer, size, free, buffer);
}

/* Turns the ink mask into what a flatbed scanner returns: paper that is
 * not white and darker towards the edges, sometimes the shadow of the lid
 * along one side, sensor noise, and a few specks of dust. */
static gboolean
scan_page (Render  *r,
           GError **error)
{
  cairo_surface_t *page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, r->width, r->height);
  g_autofree guint8 *gray = g_malloc ((gsize) r->width * r->height);
  g_autofree int *edge_x = g_new (int, r->width);
  int paper = vd_demo_rng_between (&r->rng, 232, 246);
  int shadow = vd_demo_rng_chance (&r->rng, 0.4) ? vd_demo_rng_between (&r->rng, 6, 18) : 0;
  const guint8 *alpha;
  guint8 *rgb;
  int a_stride, rgb_stride;
  GBytes *jpeg;
  guint32 noise = vd_demo_rng_next (&r->rng) | 1;

  cairo_destroy (r->cr);
  r->cr = NULL;
  cairo_surface_flush (r->ink);
  alpha = cairo_image_surface_get_data (r->ink);
  a_stride = cairo_image_surface_get_stride (r->ink);

  /* Vignetting, separable: a cubic fall-off towards each edge. */
  for (int x = 0; x < r->width; x++)
    {
      double fx = fabs (2.0 * x / r->width - 1.0);
      edge_x[x] = (int) (9 * fx * fx * fx) + (x < shadow ? (shadow - x) * 6 : 0);
    }

  for (int y = 0; y < r->height; y++)
    {
      const guint8 *arow = alpha + (gsize) y * a_stride;
      guint8 *grow = gray + (gsize) y * r->width;
      double fy = fabs (2.0 * y / r->height - 1.0);
      int row_paper = paper - (int) (9 * fy * fy * fy);

      for (int x = 0; x < r->width; x++)
        {
          int base = row_paper - edge_x[x];
          int value;

          /* xorshift32: cheap per-pixel noise of ±4 levels */
          noise ^= noise << 13;
          noise ^= noise >> 17;
          noise ^= noise << 5;
          value = base - ((arow[x] * (base - 30)) >> 8) + (int) (noise % 9) - 4;
          grow[x] = (guint8) CLAMP (value, 0, 255);
        }
    }
  cairo_surface_destroy (r->ink);
  r->ink = NULL;

  for (int i = 0; i < 60; i++)
    {
      int x = vd_demo_rng_range (&r->rng, r->width - 3);
      int y = vd_demo_rng_range (&r->rng, r->height - 3);
      int s = vd_demo_rng_between (&r->rng, 1, 2);
      for (int yy = 0; yy < s; yy++)
        for (int xx = 0; xx < s; xx++)
          gray[(gsize) (y + yy) * r->width + x + xx] = 90;
    }

  jpeg = encode_jpeg (gray, r->width, r->height);
  if (jpeg == NULL)
    {
      cairo_surface_destroy (page);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("A page of a demo document could not be encoded."));
      return FALSE;
    }

  /* The pixels are kept too, for any consumer that cannot pass JPEG through. */
  rgb = cairo_image_surface_get_data (page);
  rgb_stride = cairo_image_surface_get_stride (page);
  for (int y = 0; y < r->height; y++)
    {
      guint32 *row = (guint32 *) (rgb + (gsize) y * rgb_stride);
      const guint8 *grow = gray + (gsize) y * r->width;
      for (int x = 0; x < r->width; x++)
        row[x] = 0xff000000u | ((guint32) grow[x] << 16) | ((guint32) grow[x] << 8) | grow[x];
    }
  cairo_surface_mark_dirty (page);
  cairo_surface_set_mime_data (page, CAIRO_MIME_TYPE_JPEG,
                               g_bytes_get_data (jpeg, NULL), g_bytes_get_size (jpeg),
                               (cairo_destroy_func_t) g_bytes_unref, jpeg);

  cairo_save (r->pdf_cr);
  cairo_scale (r->pdf_cr, 1.0 / PX_PER_PT, 1.0 / PX_PER_PT);
  cairo_set_source_surface (r->pdf_cr, page, 0, 0);
  cairo_paint (r->pdf_cr);
  cairo_restore (r->pdf_cr);
  cairo_show_page (r->pdf_cr);
  cairo_surface_destroy (page);

  r->pages++;
  return TRUE;
}

static cairo_status_t
write_pdf (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
render_clear (Render *r)
{
  g_clear_pointer (&r->cr, cairo_destroy);
  g_clear_pointer (&r->ink, cairo_surface_destroy);
  g_clear_pointer (&r->pdf_cr, cairo_destroy);
  g_clear_pointer (&r->pdf, cairo_surface_destroy);
  g_clear_object (&r->pango);
  g_clear_object (&r->font_map);
  if (r->pdf_bytes != NULL)
    g_byte_array_unref (r->pdf_bytes);
  r->pdf_bytes = NULL;
}

/**
 * vd_demo_pdf_render:
 * @paper: what the document says
 * @seed: varies the skew, noise and signature
 * @n_pages: (out): how many pages it took
 *
 * Typesets @paper on as many A4 pages as it needs and returns a PDF whose
 * pages are scanned-looking grey JPEG images. Safe to call from a worker
 * thread: it uses a font map of its own.
 */
GBytes *
vd_demo_pdf_render (const VdDemoPaper  *paper,
                    guint64             seed,
                    int                *n_pages,
                    GCancellable       *cancellable,
                    GError            **error)
{
  Render r = { 0 };
  double bottom = PAGE_H_PT - MARGIN_BOTTOM;
  double content = PAGE_W_PT - MARGIN_LEFT - MARGIN_RIGHT;
  cairo_font_options_t *options;
  GBytes *result;

  r.paper = paper;
  vd_demo_rng_init (&r.rng, seed, 901);
  r.width = (int) round (PAGE_W_PT * PX_PER_PT);
  r.height = (int) round (PAGE_H_PT * PX_PER_PT);

  r.font_map = pango_cairo_font_map_new ();
  r.pango = pango_font_map_create_context (r.font_map);
  /* Sizes in points on a surface scaled to points: 72 "dpi" to Pango. Fixed
   * font options keep the glyph rendering the same on every run. */
  pango_cairo_context_set_resolution (r.pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (r.pango, options);
  cairo_font_options_destroy (options);

  r.pdf_bytes = g_byte_array_new ();
  r.pdf = cairo_pdf_surface_create_for_stream (write_pdf, r.pdf_bytes, PAGE_W_PT, PAGE_H_PT);
  /* A fixed date, or every run would produce different bytes (and blobs). */
  cairo_pdf_surface_set_metadata (r.pdf, CAIRO_PDF_METADATA_CREATE_DATE, VD_DEMO_TODAY "T08:00:00");
  cairo_pdf_surface_set_metadata (r.pdf, CAIRO_PDF_METADATA_MOD_DATE, VD_DEMO_TODAY "T08:00:00");
  cairo_pdf_surface_set_metadata (r.pdf, CAIRO_PDF_METADATA_TITLE, paper->title);
  cairo_pdf_surface_set_metadata (r.pdf, CAIRO_PDF_METADATA_CREATOR, "Vinh Danh");
  r.pdf_cr = cairo_create (r.pdf);

  begin_page (&r);
  draw_header (&r);

  for (guint i = 0; paper->paragraphs != NULL && i < paper->paragraphs->len; i++)
    {
      const char *text = g_ptr_array_index (paper->paragraphs, i);
      g_autoptr(PangoLayout) layout = NULL;
      double h;

      /* "# " centred heading, "## " run-in heading, "- " list line, else a
       * justified paragraph with its first line indented. */
      if (g_str_has_prefix (text, "# "))
        layout = make_layout (&r, text + 2, 13, TRUE, FALSE, content, PANGO_ALIGN_CENTER);
      else if (g_str_has_prefix (text, "## "))
        layout = make_layout (&r, text + 3, 13, TRUE, FALSE, content, PANGO_ALIGN_LEFT);
      else if (g_str_has_prefix (text, "- "))
        {
          layout = make_layout (&r, text, 13, FALSE, FALSE, content - 28, PANGO_ALIGN_LEFT);
          pango_layout_set_indent (layout, 28 * PANGO_SCALE);
        }
      else
        {
          layout = make_layout (&r, text, 13, FALSE, FALSE, content, PANGO_ALIGN_LEFT);
          pango_layout_set_justify (layout, TRUE);
          pango_layout_set_indent (layout, 28 * PANGO_SCALE);
        }
      pango_layout_set_spacing (layout, 3 * PANGO_SCALE);
      h = layout_height (layout);

      if (r.y + h > bottom)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error) || !scan_page (&r, error))
            goto fail;
          begin_page (&r);
        }
      cairo_move_to (r.cr, MARGIN_LEFT, r.y);
      pango_cairo_update_layout (r.cr, layout);
      pango_cairo_show_layout (r.cr, layout);
      r.y += h + 6;
    }

  if (r.y + signature_block_height () > bottom)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) || !scan_page (&r, error))
        goto fail;
      begin_page (&r);
    }
  draw_signature_block (&r);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !scan_page (&r, error))
    goto fail;

  cairo_destroy (r.pdf_cr);
  r.pdf_cr = NULL;
  cairo_surface_finish (r.pdf);
  if (cairo_surface_status (r.pdf) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("A demo document could not be written: %s"),
                   cairo_status_to_string (cairo_surface_status (r.pdf)));
      goto fail;
    }

  if (n_pages != NULL)
    *n_pages = r.pages;
  result = g_byte_array_free_to_bytes (g_steal_pointer (&r.pdf_bytes));
  render_clear (&r);
  return result;

fail:
  render_clear (&r);
  return NULL;
}
