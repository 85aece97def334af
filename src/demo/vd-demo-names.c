/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <string.h>

#include "vd-demo-private.h"

/* Vietnamese names as they occur in a ministry's staff lists. Weights are in
 * tenths of a percent where published figures exist (family names: Nguyễn is
 * about 38 % of the population, Trần 11 %, Lê 9.5 %, Phạm 7 %…), otherwise an
 * estimate of how common a name is among civil servants born 1960–2000. */

typedef struct
{
  const char *text;
  guint       weight;
} Weighted;

static const Weighted family_names[] = {
  { "Nguyễn", 384 }, { "Trần", 110 }, { "Lê", 95 }, { "Phạm", 71 },
  { "Hoàng", 41 }, { "Huỳnh", 10 }, { "Phan", 45 }, { "Vũ", 30 }, { "Võ", 20 },
  { "Đặng", 21 }, { "Bùi", 20 }, { "Đỗ", 14 }, { "Hồ", 13 }, { "Ngô", 13 },
  { "Dương", 10 }, { "Lý", 5 }, { "Đinh", 8 }, { "Trương", 8 }, { "Trịnh", 6 },
  { "Đoàn", 6 }, { "Lương", 5 }, { "Mai", 4 }, { "Cao", 4 }, { "Hà", 5 },
  { "Lưu", 3 }, { "Lâm", 3 }, { "Tạ", 2 }, { "Chu", 2 }, { "Tô", 2 },
  { "Thái", 2 }, { "Châu", 2 }, { "Quách", 1 }, { "Kiều", 1 }, { "Vương", 1 },
  { "Nông", 2 }, { "Triệu", 2 }, { "Lại", 2 }, { "Phùng", 2 }, { "Khúc", 1 },
  { "Hứa", 1 }, { "Tăng", 1 }, { "Văn", 1 },
};

static const Weighted male_middle_names[] = {
  { "Văn", 260 }, { "Đức", 80 }, { "Minh", 80 }, { "Quang", 60 }, { "Hữu", 50 },
  { "Xuân", 40 }, { "Thanh", 40 }, { "Ngọc", 30 }, { "Mạnh", 30 }, { "Công", 40 },
  { "Tiến", 20 }, { "Hoàng", 25 }, { "Trọng", 30 }, { "Anh", 20 }, { "Duy", 30 },
  { "Thế", 30 }, { "Đình", 40 }, { "Quốc", 40 }, { "Trung", 20 }, { "Việt", 20 },
  { "Hải", 20 }, { "Bá", 20 }, { "Tuấn", 15 }, { "Chí", 20 }, { "Đăng", 15 },
  { "Khắc", 10 }, { "Phú", 10 }, { "Hồng", 10 }, { "Kim", 5 }, { "Văn Minh", 8 },
  { "Đức Anh", 6 }, { "Ngọc Quang", 4 },
};

static const Weighted female_middle_names[] = {
  { "Thị", 380 }, { "Thu", 50 }, { "Ngọc", 50 }, { "Thanh", 50 }, { "Minh", 30 },
  { "Hồng", 30 }, { "Phương", 30 }, { "Thùy", 25 }, { "Mai", 20 }, { "Kim", 25 },
  { "Bích", 15 }, { "Khánh", 15 }, { "Hoài", 15 }, { "Diệu", 10 }, { "Quỳnh", 10 },
  { "Hải", 15 }, { "Như", 10 }, { "Lan", 10 }, { "Thúy", 10 }, { "Cẩm", 5 },
  { "Tuyết", 5 }, { "Vân", 5 }, { "Thị Thu", 25 }, { "Thị Thanh", 20 },
  { "Thị Ngọc", 15 }, { "Thị Minh", 10 }, { "Thị Hồng", 10 }, { "Thị Kim", 10 },
};

static const Weighted male_given_names[] = {
  { "Dũng", 30 }, { "Hùng", 35 }, { "Tuấn", 40 }, { "Minh", 45 }, { "Hải", 35 },
  { "Nam", 35 }, { "Long", 30 }, { "Hoàng", 20 }, { "Anh", 45 }, { "Sơn", 35 },
  { "Thắng", 30 }, { "Cường", 30 }, { "Hiếu", 25 }, { "Trung", 30 }, { "Quân", 25 },
  { "Việt", 20 }, { "Đức", 35 }, { "Thành", 35 }, { "Phong", 20 }, { "Huy", 35 },
  { "Khoa", 15 }, { "Tùng", 25 }, { "Bình", 25 }, { "Kiên", 15 }, { "Hưng", 25 },
  { "Toàn", 15 }, { "Lâm", 15 }, { "Tâm", 15 }, { "Thịnh", 15 }, { "Hậu", 10 },
  { "Phúc", 15 }, { "Quang", 25 }, { "Vinh", 20 }, { "Hà", 10 }, { "Tú", 15 },
  { "Đạt", 25 }, { "Khánh", 15 }, { "Lợi", 10 }, { "Nghĩa", 15 }, { "Tiến", 20 },
  { "Chiến", 15 }, { "Thanh", 20 }, { "Hòa", 15 }, { "Trường", 15 }, { "Quý", 10 },
  { "Phú", 10 }, { "Hiệp", 15 }, { "Tài", 10 }, { "Duy", 20 }, { "Bảo", 10 },
  { "Hiển", 10 }, { "Công", 10 }, { "Khải", 8 }, { "Thái", 10 }, { "Giang", 8 },
  { "Lực", 6 }, { "Mạnh", 12 }, { "Ngọc", 5 }, { "Thuận", 8 }, { "Vũ", 10 },
};

static const Weighted female_given_names[] = {
  { "Hương", 40 }, { "Lan", 30 }, { "Hoa", 30 }, { "Linh", 45 }, { "Trang", 45 },
  { "Hà", 35 }, { "Mai", 30 }, { "Thảo", 35 }, { "Ngọc", 30 }, { "Anh", 35 },
  { "Hằng", 35 }, { "Huyền", 35 }, { "Thủy", 35 }, { "Nga", 25 }, { "Phương", 35 },
  { "Yến", 25 }, { "Hạnh", 25 }, { "Dung", 20 }, { "Loan", 20 }, { "Nhung", 20 },
  { "Oanh", 15 }, { "Quỳnh", 20 }, { "Vân", 20 }, { "Thúy", 20 }, { "Hiền", 25 },
  { "Giang", 25 }, { "Hồng", 20 }, { "Liên", 15 }, { "Nhàn", 10 }, { "Tâm", 10 },
  { "Chi", 15 }, { "Ly", 15 }, { "Nhi", 10 }, { "Thơ", 8 }, { "Trinh", 10 },
  { "Tuyết", 10 }, { "Uyên", 10 }, { "Vy", 10 }, { "Xuân", 10 }, { "Thu", 20 },
  { "Diệp", 5 }, { "Minh", 10 }, { "Lụa", 5 }, { "Ánh", 15 }, { "Bích", 10 },
  { "Đào", 8 }, { "Hòa", 8 }, { "Khánh", 8 }, { "Lệ", 8 }, { "Thư", 15 },
  { "Nguyệt", 10 }, { "Duyên", 15 }, { "Hậu", 8 }, { "Dịu", 5 }, { "Lý", 5 },
};

static const char *
pick (VdDemoRng      *rng,
      const Weighted *table,
      guint           n)
{
  guint total = 0;
  guint at;

  for (guint i = 0; i < n; i++)
    total += table[i].weight;
  at = vd_demo_rng_range (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (at < table[i].weight)
        return table[i].text;
      at -= table[i].weight;
    }
  return table[n - 1].text;
}

static gboolean
ends_with_word (const char *middle,
                const char *word)
{
  const char *space = strrchr (middle, ' ');
  const char *last = space ? space + 1 : middle;

  return strcmp (last, word) == 0;
}

/**
 * vd_demo_name_pick:
 *
 * Draws a name. Parents born from the late 1980s on chose "Văn" and "Thị"
 * much less often, so younger staff get them less.
 */
void
vd_demo_name_pick (VdDemoRng  *rng,
                   gboolean    female,
                   int         birth_year,
                   VdDemoName *name)
{
  const Weighted *middles = female ? female_middle_names : male_middle_names;
  guint n_middles = female ? G_N_ELEMENTS (female_middle_names) : G_N_ELEMENTS (male_middle_names);
  const char *plain = female ? "Thị" : "Văn";

  name->family = pick (rng, family_names, G_N_ELEMENTS (family_names));

  name->middle = pick (rng, middles, n_middles);
  if (birth_year >= 1988 && g_str_has_prefix (name->middle, plain) && vd_demo_rng_chance (rng, 0.5))
    name->middle = pick (rng, middles, n_middles);

  do
    {
      if (female)
        name->given = pick (rng, female_given_names, G_N_ELEMENTS (female_given_names));
      else
        name->given = pick (rng, male_given_names, G_N_ELEMENTS (male_given_names));
    }
  while (ends_with_word (name->middle, name->given));
}
