/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "vd-date.h"
#include "vd-decision-number.h"
#include "vd-store.h"
#include "vd-text.h"

static void
test_fold_diacritics (void)
{
  g_autofree char *a = vd_text_fold ("Nguyễn Văn Dũng");
  g_autofree char *b = vd_text_fold ("  ĐỖ   Thị  Hằng ");
  g_autofree char *c = vd_text_fold ("Công ty TNHH MTV Tài nguyên và Môi trường miền Nam");

  g_assert_cmpstr (a, ==, "nguyen van dung");
  g_assert_cmpstr (b, ==, "do thi hang");
  g_assert_cmpstr (c, ==, "cong ty tnhh mtv tai nguyen va moi truong mien nam");
}

static void
test_fold_precomposed_and_decomposed (void)
{
  /* The same name typed with precomposed and combining characters. */
  g_autofree char *a = vd_text_fold ("Tr\xe1\xba\xa7n");      /* Trần, precomposed */
  g_autofree char *b = vd_text_fold ("Tra\xcc\x82\xcc\x80n"); /* a + circumflex + grave */

  g_assert_cmpstr (a, ==, "tran");
  g_assert_cmpstr (b, ==, "tran");
}

static int
compare_keys (const char *x,
              const char *y)
{
  g_autoptr(GBytes) kx = vd_text_sort_key (x);
  g_autoptr(GBytes) ky = vd_text_sort_key (y);

  return g_bytes_compare (kx, ky);
}

static void
test_sort_alphabet (void)
{
  /* Vietnamese alphabet order: a ă â b … d đ e ê … o ô ơ … u ư. */
  g_assert_cmpint (compare_keys ("An", "Ăn"), <, 0);
  g_assert_cmpint (compare_keys ("Ăn", "Ân"), <, 0);
  g_assert_cmpint (compare_keys ("Ân", "Bình"), <, 0);
  g_assert_cmpint (compare_keys ("Dũng", "Đức"), <, 0);
  g_assert_cmpint (compare_keys ("Đức", "Em"), <, 0);
  g_assert_cmpint (compare_keys ("Ong", "Ông"), <, 0);
  g_assert_cmpint (compare_keys ("Ông", "Ơn"), <, 0);
  g_assert_cmpint (compare_keys ("Uyên", "Ưng"), <, 0);
  /* Letters decide before tones: "Hà" before "Hai" although à > a. */
  g_assert_cmpint (compare_keys ("Hà", "Hai"), <, 0);
  /* Tones break ties in dictionary order: none, huyền, hỏi, ngã, sắc, nặng. */
  g_assert_cmpint (compare_keys ("Ma", "Mà"), <, 0);
  g_assert_cmpint (compare_keys ("Mà", "Mả"), <, 0);
  g_assert_cmpint (compare_keys ("Mả", "Mã"), <, 0);
  g_assert_cmpint (compare_keys ("Mã", "Má"), <, 0);
  g_assert_cmpint (compare_keys ("Má", "Mạ"), <, 0);
  /* Shorter word first. */
  g_assert_cmpint (compare_keys ("An", "Anh"), <, 0);
  g_assert_cmpint (compare_keys ("Lan", "Lan"), ==, 0);
}

static void
test_sort_person_order (void)
{
  /* Given name first, then family, then middle name. */
  g_autoptr(GBytes) an = vd_text_person_sort_key ("Trần", "Văn", "An");
  g_autoptr(GBytes) binh_le = vd_text_person_sort_key ("Lê", "Thị", "Bình");
  g_autoptr(GBytes) binh_nguyen_a = vd_text_person_sort_key ("Nguyễn", "Anh", "Bình");
  g_autoptr(GBytes) binh_nguyen_v = vd_text_person_sort_key ("Nguyễn", "Văn", "Bình");
  g_autoptr(GBytes) dung = vd_text_person_sort_key ("Đỗ", "Văn", "Dũng");

  g_assert_cmpint (g_bytes_compare (an, binh_le), <, 0);
  g_assert_cmpint (g_bytes_compare (binh_le, binh_nguyen_a), <, 0);
  g_assert_cmpint (g_bytes_compare (binh_nguyen_a, binh_nguyen_v), <, 0);
  g_assert_cmpint (g_bytes_compare (binh_nguyen_v, dung), <, 0);
}

static void
test_split_name (void)
{
  g_autofree char *family = NULL, *middle = NULL, *given = NULL;
  g_autofree char *f2 = NULL, *m2 = NULL, *g2 = NULL;
  g_autofree char *full = NULL;

  g_assert_true (vd_text_split_full_name ("  Nguyễn  Thị Minh   Khai ", &family, &middle, &given));
  g_assert_cmpstr (family, ==, "Nguyễn");
  g_assert_cmpstr (middle, ==, "Thị Minh");
  g_assert_cmpstr (given, ==, "Khai");

  g_assert_false (vd_text_split_full_name ("   ", &f2, &m2, &g2));

  full = vd_text_full_name ("Lê", "", "Lợi");
  g_assert_cmpstr (full, ==, "Lê Lợi");
}

static void
test_dates (void)
{
  g_autofree char *shown = vd_date_to_display ("2021-03-10");
  g_autofree char *iso = vd_date_from_display (" 10/3/2021 ", NULL);
  g_autofree char *bad_iso = vd_date_to_display ("2021-02-30");
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = vd_date_from_display ("31/02/2021", &error);

  g_assert_cmpstr (shown, ==, "10/03/2021");
  g_assert_cmpstr (iso, ==, "2021-03-10");
  g_assert_cmpstr (bad_iso, ==, "");
  g_assert_null (bad);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_assert_true (vd_date_is_valid_iso ("2024-02-29"));
  g_assert_false (vd_date_is_valid_iso ("2023-02-29"));
}

static void
test_decision_number (void)
{
  g_autoptr(VdDecisionNumber) a = vd_decision_number_parse ("382/QĐ-BTNMT", NULL);
  g_autoptr(VdDecisionNumber) b = vd_decision_number_parse ("Số: 5 / TTr - ubnd-tđkt", NULL);
  g_autoptr(VdDecisionNumber) c = vd_decision_number_parse ("163/QyĐ-UBND", NULL);
  g_autoptr(VdDecisionNumber) pm = vd_decision_number_parse ("835/QĐ-TTg", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDecisionNumber) bad = vd_decision_number_parse ("QĐ 382 BTNMT", &error);

  g_assert_nonnull (a);
  g_assert_cmpint (a->sequence, ==, 382);
  g_assert_cmpstr (a->doc_type, ==, "QĐ");
  g_assert_cmpstr (a->issuer, ==, "BTNMT");
  g_assert_cmpstr (a->text, ==, "382/QĐ-BTNMT");

  g_assert_nonnull (b);
  g_assert_cmpstr (b->text, ==, "05/TTr-UBND-TĐKT");
  g_assert_nonnull (c);
  g_assert_cmpstr (c->doc_type, ==, "QyĐ");
  g_assert_nonnull (pm);
  g_assert_cmpstr (pm->text, ==, "835/QĐ-TTg");

  g_assert_null (bad);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/diacritics", test_fold_diacritics);
  g_test_add_func ("/text/fold/normal-forms", test_fold_precomposed_and_decomposed);
  g_test_add_func ("/text/sort/alphabet", test_sort_alphabet);
  g_test_add_func ("/text/sort/person-order", test_sort_person_order);
  g_test_add_func ("/text/name/split", test_split_name);
  g_test_add_func ("/text/date/display", test_dates);
  g_test_add_func ("/text/decision-number/parse", test_decision_number);

  return g_test_run ();
}
