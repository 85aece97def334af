/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <string.h>

#include "vd-demo-private.h"
#include "vd-text.h"

/* The organisation tree of the demo ministry, modelled on the Bộ Tài nguyên
 * và Môi trường as the seeds describe it: departments (Vụ, Cục, Tổng cục…),
 * the seven members of Khối thi đua số VI (Ban Quản lý Dự án Đầu tư và Xây
 * dựng, the two companies, the newspaper, the journal, the publisher and the
 * communication centre), research and training units, and their sub-units.
 * The large scale adds what a whole ministry has: every Vụ with its phòng,
 * the hydro-meteorological network down to the provinces, the geological
 * federations. Units are appended in preorder so a subtree is one range. */

typedef struct
{
  const char *region;
  const char *place;
  const char *provinces;  /* '|'-separated */
} StationRegion;

/* The 63 provinces before the 2025 mergers, under the regional stations. */
static const StationRegion station_regions[] = {
  { "Tây Bắc", "Sơn La", "tỉnh Sơn La|tỉnh Lai Châu|tỉnh Điện Biên|tỉnh Hòa Bình" },
  { "Việt Bắc", "Phú Thọ", "tỉnh Hà Giang|tỉnh Tuyên Quang|tỉnh Yên Bái|tỉnh Lào Cai|tỉnh Phú Thọ" },
  { "Đông Bắc", "Hải Phòng", "tỉnh Quảng Ninh|thành phố Hải Phòng|tỉnh Lạng Sơn|tỉnh Bắc Giang|tỉnh Bắc Kạn|tỉnh Thái Nguyên|tỉnh Cao Bằng" },
  { "Đồng bằng Bắc Bộ", "Hà Nội", "thành phố Hà Nội|tỉnh Hải Dương|tỉnh Hưng Yên|tỉnh Bắc Ninh|tỉnh Vĩnh Phúc|tỉnh Hà Nam|tỉnh Nam Định|tỉnh Thái Bình|tỉnh Ninh Bình" },
  { "Bắc Trung Bộ", "Nghệ An", "tỉnh Thanh Hóa|tỉnh Nghệ An|tỉnh Hà Tĩnh" },
  { "Trung Trung Bộ", "Đà Nẵng", "tỉnh Quảng Bình|tỉnh Quảng Trị|tỉnh Thừa Thiên Huế|thành phố Đà Nẵng|tỉnh Quảng Nam|tỉnh Quảng Ngãi" },
  { "Nam Trung Bộ", "Khánh Hòa", "tỉnh Bình Định|tỉnh Phú Yên|tỉnh Khánh Hòa|tỉnh Ninh Thuận|tỉnh Bình Thuận" },
  { "Tây Nguyên", "Đắk Lắk", "tỉnh Kon Tum|tỉnh Gia Lai|tỉnh Đắk Lắk|tỉnh Đắk Nông|tỉnh Lâm Đồng" },
  { "Nam Bộ", "TP. Hồ Chí Minh", "thành phố Hồ Chí Minh|tỉnh Bà Rịa – Vũng Tàu|tỉnh Đồng Nai|tỉnh Bình Dương|tỉnh Bình Phước|tỉnh Tây Ninh|tỉnh Long An|tỉnh Tiền Giang|tỉnh Bến Tre|tỉnh Vĩnh Long|tỉnh Trà Vinh|tỉnh Đồng Tháp|tỉnh An Giang|tỉnh Kiên Giang|thành phố Cần Thơ|tỉnh Hậu Giang|tỉnh Sóc Trăng|tỉnh Bạc Liêu|tỉnh Cà Mau" },
};

static int
staff_weight (VdDemoOrgType type)
{
  switch (type)
    {
    case VD_DEMO_ORG_VU:         return 15;
    case VD_DEMO_ORG_VAN_PHONG:  return 26;
    case VD_DEMO_ORG_THANH_TRA:  return 20;
    case VD_DEMO_ORG_TONG_CUC:   return 20;
    case VD_DEMO_ORG_CUC:        return 25;
    case VD_DEMO_ORG_VIEN:       return 30;
    case VD_DEMO_ORG_TRUONG:     return 40;
    case VD_DEMO_ORG_TRUNG_TAM:  return 25;
    case VD_DEMO_ORG_BAN_QLDA:   return 20;
    case VD_DEMO_ORG_CONG_TY:    return 40;
    case VD_DEMO_ORG_BAO:        return 25;
    case VD_DEMO_ORG_TAP_CHI:    return 15;
    case VD_DEMO_ORG_NXB:        return 20;
    case VD_DEMO_ORG_DAI_KV:     return 20;
    case VD_DEMO_ORG_DAI_TINH:   return 14;
    case VD_DEMO_ORG_LIEN_DOAN:  return 45;
    case VD_DEMO_ORG_PHONG:      return 12;
    case VD_DEMO_ORG_BAN:        return 12;
    case VD_DEMO_ORG_XI_NGHIEP:  return 30;
    case VD_DEMO_ORG_KHOA:       return 22;
    case VD_DEMO_ORG_MINISTRY:
    default:                     return 0;
    }
}

/**
 * vd_demo_org_head_title:
 *
 * The position of the head (or of a deputy) of a unit of this type, as it is
 * written on documents.
 */
const char *
vd_demo_org_head_title (VdDemoOrgType type,
                        gboolean      deputy)
{
  switch (type)
    {
    case VD_DEMO_ORG_MINISTRY:   return deputy ? "Thứ trưởng" : "Bộ trưởng";
    case VD_DEMO_ORG_VU:         return deputy ? "Phó Vụ trưởng" : "Vụ trưởng";
    case VD_DEMO_ORG_VAN_PHONG:  return deputy ? "Phó Chánh Văn phòng" : "Chánh Văn phòng";
    case VD_DEMO_ORG_THANH_TRA:  return deputy ? "Phó Chánh Thanh tra" : "Chánh Thanh tra";
    case VD_DEMO_ORG_TONG_CUC:   return deputy ? "Phó Tổng cục trưởng" : "Tổng cục trưởng";
    case VD_DEMO_ORG_CUC:        return deputy ? "Phó Cục trưởng" : "Cục trưởng";
    case VD_DEMO_ORG_VIEN:       return deputy ? "Phó Viện trưởng" : "Viện trưởng";
    case VD_DEMO_ORG_TRUONG:     return deputy ? "Phó Hiệu trưởng" : "Hiệu trưởng";
    case VD_DEMO_ORG_CONG_TY:    return deputy ? "Phó Tổng Giám đốc" : "Tổng Giám đốc";
    case VD_DEMO_ORG_BAO:
    case VD_DEMO_ORG_TAP_CHI:    return deputy ? "Phó Tổng Biên tập" : "Tổng Biên tập";
    case VD_DEMO_ORG_LIEN_DOAN:  return deputy ? "Phó Liên đoàn trưởng" : "Liên đoàn trưởng";
    case VD_DEMO_ORG_PHONG:      return deputy ? "Phó Trưởng phòng" : "Trưởng phòng";
    case VD_DEMO_ORG_BAN:        return deputy ? "Phó Trưởng ban" : "Trưởng ban";
    case VD_DEMO_ORG_KHOA:       return deputy ? "Phó Trưởng khoa" : "Trưởng khoa";
    case VD_DEMO_ORG_TRUNG_TAM:
    case VD_DEMO_ORG_BAN_QLDA:
    case VD_DEMO_ORG_NXB:
    case VD_DEMO_ORG_DAI_KV:
    case VD_DEMO_ORG_DAI_TINH:
    case VD_DEMO_ORG_XI_NGHIEP:
    default:                     return deputy ? "Phó Giám đốc" : "Giám đốc";
    }
}

static int
add_unit (VdDemoContext *ctx,
          int            parent,
          VdDemoOrgType  type,
          const char    *name,
          const char    *short_name,
          const char    *code,
          gboolean       own_issuer,
          const char    *place)
{
  VdDemoUnit unit = { 0 };
  VdDemoUnit *up = parent >= 0 ? VD_DEMO_UNIT (ctx, parent) : NULL;

  unit.parent = parent;
  unit.depth = up ? up->depth + 1 : 0;
  unit.name = g_strdup (name);
  unit.short_name = g_strdup (short_name);
  unit.code = g_strdup (code);
  unit.type = type;
  unit.own_issuer = own_issuer;
  unit.place = place ? place : (up ? up->place : "Hà Nội");
  unit.head = -1;
  /* Departments are the ministry's own apparatus and the Tổng cục/Cục with
   * their Vụ; everything else, sub-units included, is a unit. */
  if (type == VD_DEMO_ORG_MINISTRY)
    unit.kind = "ministry";
  else if (type == VD_DEMO_ORG_VU || type == VD_DEMO_ORG_THANH_TRA || type == VD_DEMO_ORG_TONG_CUC
           || type == VD_DEMO_ORG_CUC || (type == VD_DEMO_ORG_VAN_PHONG && unit.depth == 1))
    unit.kind = "department";
  else
    unit.kind = "unit";

  g_array_append_val (ctx->units, unit);
  return ctx->units->len - 1;
}

/* Sub-units from a '|'-separated list; names starting "Ban " are editorial
 * desks, "Vụ" departments of a Tổng cục, "Xí nghiệp"/"Xưởng" production units, "Khoa" faculties. */
static void
add_subunits (VdDemoContext *ctx,
              int            parent,
              const char    *small_list,
              const char    *large_list)
{
  const char *lists[2] = { small_list, ctx->large ? large_list : NULL };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_auto(GStrv) names = NULL;

      if (lists[l] == NULL || *lists[l] == '\0')
        continue;
      names = g_strsplit (lists[l], "|", -1);
      for (guint i = 0; names[i] != NULL; i++)
        {
          VdDemoOrgType type = VD_DEMO_ORG_PHONG;

          if (g_str_has_prefix (names[i], "Vụ "))
            type = VD_DEMO_ORG_VU;
          else if (g_str_has_prefix (names[i], "Ban "))
            type = VD_DEMO_ORG_BAN;
          else if (g_str_has_prefix (names[i], "Xí nghiệp") || g_str_has_prefix (names[i], "Xưởng"))
            type = VD_DEMO_ORG_XI_NGHIEP;
          else if (g_str_has_prefix (names[i], "Khoa "))
            type = VD_DEMO_ORG_KHOA;
          else if (g_str_has_prefix (names[i], "Văn phòng"))
            type = VD_DEMO_ORG_VAN_PHONG;
          add_unit (ctx, parent, type, names[i], NULL, NULL, FALSE, NULL);
        }
    }
}

static void
add_vu (VdDemoContext *ctx,
        const char    *name,
        const char    *short_name,
        const char    *code,
        const char    *phong)
{
  int u = add_unit (ctx, 0, VD_DEMO_ORG_VU, name, short_name, code, FALSE, NULL);
  add_subunits (ctx, u, NULL, phong);
}

static void
add_cuc (VdDemoContext *ctx,
         int            parent,
         const char    *name,
         const char    *short_name,
         const char    *code,
         const char    *phong)
{
  int u = add_unit (ctx, parent, VD_DEMO_ORG_CUC, name, short_name, code, TRUE, NULL);
  add_subunits (ctx, u, NULL, phong);
}

static void
add_hydromet (VdDemoContext *ctx)
{
  int tc = add_unit (ctx, 0, VD_DEMO_ORG_TONG_CUC, "Tổng cục Khí tượng Thủy văn",
                     "TCKTTV", "TCKTTV", TRUE, NULL);

  add_subunits (ctx, tc, NULL, "Văn phòng Tổng cục|Vụ Quản lý dự báo khí tượng thủy văn");
  add_unit (ctx, tc, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Dự báo khí tượng thủy văn quốc gia",
            "TTDBKTTVQG", "DBKTTVQG", TRUE, NULL);
  add_subunits (ctx, ctx->units->len - 1, NULL,
                "Phòng Dự báo khí tượng|Phòng Dự báo thủy văn|Phòng Dự báo biển");
  add_unit (ctx, tc, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Mạng lưới khí tượng thủy văn và môi trường",
            "TTML", "TTML", TRUE, NULL);
  add_subunits (ctx, ctx->units->len - 1, NULL, "Phòng Quản lý mạng lưới|Phòng Kỹ thuật");

  for (guint r = 0; r < G_N_ELEMENTS (station_regions); r++)
    {
      const StationRegion *region = &station_regions[r];
      g_autofree char *name = g_strdup_printf ("Đài Khí tượng Thủy văn khu vực %s", region->region);
      g_autofree char *folded = vd_text_fold (region->region);
      g_auto(GStrv) words = g_strsplit (folded, " ", -1);
      g_autofree char *initials = NULL;
      g_autofree char *code = NULL;
      g_autofree char *short_name = NULL;
      g_auto(GStrv) provinces = g_strsplit (region->provinces, "|", -1);
      GString *init = g_string_new (NULL);
      int kv;

      for (guint w = 0; words[w] != NULL; w++)
        g_string_append_c (init, g_ascii_toupper (words[w][0]));
      initials = g_string_free (init, FALSE);
      code = g_strconcat ("ĐKTTV", initials, NULL);
      short_name = g_strdup_printf ("Đài KTTV khu vực %s", region->region);

      kv = add_unit (ctx, tc, VD_DEMO_ORG_DAI_KV, name, short_name, code, TRUE, region->place);
      add_subunits (ctx, kv, NULL, "Văn phòng Đài|Phòng Dự báo|Phòng Quản lý mạng lưới");
      for (guint p = 0; provinces[p] != NULL; p++)
        {
          g_autofree char *station = g_strdup_printf ("Đài Khí tượng Thủy văn %s", provinces[p]);
          const char *place = strchr (provinces[p], ' ');
          /* "tỉnh Sơn La" → "Sơn La"; "thành phố Hà Nội" → "Hà Nội" */
          if (g_str_has_prefix (provinces[p], "thành phố "))
            place = provinces[p] + strlen ("thành phố ");
          else
            place = place ? place + 1 : provinces[p];
          add_unit (ctx, kv, VD_DEMO_ORG_DAI_TINH, station, NULL, NULL, FALSE,
                    g_intern_string (place));
        }
    }
}

static void
add_geology (VdDemoContext *ctx)
{
  static const char * const federations[][2] = {
    { "Liên đoàn Bản đồ địa chất miền Bắc", "LĐBĐĐCMB" },
    { "Liên đoàn Bản đồ địa chất miền Nam", "LĐBĐĐCMN" },
    { "Liên đoàn Địa chất Xạ – Hiếm", "LĐĐCXH" },
    { "Liên đoàn Vật lý địa chất", "LĐVLĐC" },
    { "Liên đoàn Quy hoạch và Điều tra tài nguyên nước miền Bắc", "LĐQHTNNMB" },
    { "Liên đoàn Địa chất Tây Bắc", "LĐĐCTB" },
    { "Liên đoàn Địa chất Đông Bắc", "LĐĐCĐB" },
    { "Liên đoàn Địa chất Bắc Trung Bộ", "LĐĐCBTB" },
  };
  int tc = add_unit (ctx, 0, VD_DEMO_ORG_TONG_CUC, "Tổng cục Địa chất và Khoáng sản Việt Nam",
                     "TCĐCKS", "TCĐCKS", TRUE, NULL);

  add_subunits (ctx, tc, NULL, "Văn phòng Tổng cục|Vụ Kế hoạch – Tài chính Tổng cục");
  for (guint i = 0; i < G_N_ELEMENTS (federations); i++)
    {
      int u = add_unit (ctx, tc, VD_DEMO_ORG_LIEN_DOAN, federations[i][0], NULL,
                        federations[i][1], TRUE, NULL);
      add_subunits (ctx, u, NULL,
                    "Phòng Kỹ thuật|Phòng Kế hoạch – Tài chính|Phòng Điều tra địa chất|Phòng Khoáng sản");
    }
}

static void
add_sea (VdDemoContext *ctx)
{
  int tc = add_unit (ctx, 0, VD_DEMO_ORG_TONG_CUC, "Tổng cục Biển và Hải đảo Việt Nam",
                     "TCBHĐVN", "TCBHĐVN", TRUE, NULL);

  add_subunits (ctx, tc, NULL, "Văn phòng Tổng cục|Vụ Chính sách và Pháp chế");
  add_cuc (ctx, tc, "Cục Kiểm soát tài nguyên và Bảo vệ môi trường biển, hải đảo", NULL, "CKSTNMTB",
           "Văn phòng Cục|Phòng Kiểm soát tài nguyên biển|Phòng Bảo vệ môi trường biển");
  add_unit (ctx, tc, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Hải văn", NULL, "TTHV", TRUE, NULL);
  add_subunits (ctx, ctx->units->len - 1, NULL, "Phòng Hải văn|Phòng Kỹ thuật – Công nghệ");
  add_unit (ctx, tc, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Điều tra tài nguyên – môi trường biển",
            NULL, "TTĐTTNMTB", TRUE, NULL);
  add_subunits (ctx, ctx->units->len - 1, NULL, "Phòng Điều tra|Phòng Kỹ thuật");
}

/**
 * vd_demo_org_build:
 *
 * Builds the tree in memory; vd_demo_org_insert() writes it.
 */
void
vd_demo_org_build (VdDemoContext *ctx)
{
  int tcmt, u;

  add_unit (ctx, -1, VD_DEMO_ORG_MINISTRY, "Bộ Tài nguyên và Môi trường", "BTNMT", "BTNMT",
            TRUE, "Hà Nội");

  /* Departments of the ministry's own apparatus: no legal personality of
   * their own, so the ministry decides their titles. */
  add_vu (ctx, "Vụ Thi đua, Khen thưởng và Tuyên truyền", "Vụ TĐKT&TT", "TĐKTTT",
          "Phòng Thi đua|Phòng Khen thưởng|Phòng Tuyên truyền");
  add_vu (ctx, "Vụ Tổ chức cán bộ", "Vụ TCCB", "TCCB",
          "Phòng Tổ chức bộ máy|Phòng Cán bộ|Phòng Chế độ chính sách");
  add_vu (ctx, "Vụ Kế hoạch – Tài chính", "Vụ KH-TC", "KHTC",
          "Phòng Kế hoạch|Phòng Tài chính|Phòng Đầu tư");
  if (ctx->large)
    {
      add_vu (ctx, "Vụ Pháp chế", "Vụ PC", "PC", "Phòng Xây dựng pháp luật|Phòng Kiểm tra văn bản");
      add_vu (ctx, "Vụ Hợp tác quốc tế", "Vụ HTQT", "HTQT", "Phòng Đa phương|Phòng Song phương");
      add_vu (ctx, "Vụ Khoa học và Công nghệ", "Vụ KHCN", "KHCN", "Phòng Quản lý khoa học|Phòng Công nghệ");
      add_vu (ctx, "Vụ Đất đai", "Vụ ĐĐ", "ĐĐ", "Phòng Chính sách đất đai|Phòng Giá đất");
      add_vu (ctx, "Vụ Môi trường", "Vụ MT", "VMT", "Phòng Chính sách môi trường|Phòng Tổng hợp");
    }
  u = add_unit (ctx, 0, VD_DEMO_ORG_VAN_PHONG, "Văn phòng Bộ", "VP Bộ", "VP", FALSE, NULL);
  add_subunits (ctx, u, NULL, "Phòng Hành chính|Phòng Tổng hợp|Phòng Quản trị|Phòng Báo chí");
  u = add_unit (ctx, 0, VD_DEMO_ORG_THANH_TRA, "Thanh tra Bộ", "Thanh tra Bộ", "TTRA", FALSE, NULL);
  add_subunits (ctx, u, NULL, "Phòng Thanh tra 1|Phòng Thanh tra 2|Phòng Tiếp công dân");

  tcmt = add_unit (ctx, 0, VD_DEMO_ORG_TONG_CUC, "Tổng cục Môi trường", "TCMT", "TCMT", TRUE, NULL);
  if (ctx->large)
    add_subunits (ctx, tcmt, NULL, "Văn phòng Tổng cục|Vụ Quản lý chất thải");
  add_cuc (ctx, tcmt, "Cục Kiểm soát ô nhiễm môi trường", "Cục KSONMT", "KSONMT",
           "Văn phòng Cục|Phòng Kiểm soát ô nhiễm không khí|Phòng Kiểm soát ô nhiễm nước");
  if (ctx->large)
    {
      add_cuc (ctx, tcmt, "Cục Bảo tồn thiên nhiên và Đa dạng sinh học", "Cục BTTN&ĐDSH", "BTĐDSH",
               "Văn phòng Cục|Phòng Bảo tồn loài|Phòng Khu bảo tồn");
      u = add_unit (ctx, tcmt, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Quan trắc môi trường miền Bắc",
                    NULL, "QTMTMB", TRUE, NULL);
      add_subunits (ctx, u, NULL, "Phòng Quan trắc hiện trường|Phòng Phân tích|Phòng Dữ liệu");
      add_hydromet (ctx);
      add_geology (ctx);
      add_sea (ctx);
    }

  add_cuc (ctx, 0, "Cục Biến đổi khí hậu", "Cục BĐKH", "BĐKH",
           "Văn phòng Cục|Phòng Giảm nhẹ phát thải khí nhà kính|Phòng Thích ứng với biến đổi khí hậu|Phòng Bảo vệ tầng ô-dôn");
  add_cuc (ctx, 0, "Cục Viễn thám quốc gia", "Cục VTQG", "VTQG",
           "Văn phòng Cục|Phòng Công nghệ viễn thám|Phòng Giám sát tài nguyên môi trường");
  if (ctx->large)
    {
      add_cuc (ctx, 0, "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam", "Cục ĐĐBĐ", "ĐĐBĐVN",
               "Văn phòng Cục|Phòng Đo đạc|Phòng Bản đồ|Phòng Thông tin địa lý");
      add_cuc (ctx, 0, "Cục Quản lý tài nguyên nước", "Cục QLTNN", "TNN",
               "Văn phòng Cục|Phòng Cấp phép|Phòng Quy hoạch và Điều tra|Phòng Kiểm soát khai thác");
      add_cuc (ctx, 0, "Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường", "Cục CĐS", "CĐS",
               "Văn phòng Cục|Phòng Chuyển đổi số|Phòng Cơ sở dữ liệu|Phòng An toàn thông tin");
      add_cuc (ctx, 0, "Cục Đăng ký và Dữ liệu thông tin đất đai", "Cục ĐKDLTTĐĐ", "ĐKDLĐĐ",
               "Văn phòng Cục|Phòng Đăng ký đất đai|Phòng Dữ liệu đất đai");
      add_cuc (ctx, 0, "Cục Khoáng sản Việt Nam", "Cục KSVN", "KSVN",
               "Văn phòng Cục|Phòng Cấp phép khoáng sản|Phòng Kiểm soát hoạt động khoáng sản");
    }

  /* Khối thi đua số VI: public service units and companies under the ministry. */
  u = add_unit (ctx, 0, VD_DEMO_ORG_BAN_QLDA, "Ban Quản lý Dự án Đầu tư và Xây dựng",
                "Ban QLDA ĐT&XD", "BQLDA", TRUE, NULL);
  add_subunits (ctx, u, "Văn phòng Ban|Phòng Kế hoạch – Tổng hợp|Phòng Quản lý dự án",
                "Phòng Tài chính – Kế toán|Phòng Kỹ thuật – Thẩm định");
  u = add_unit (ctx, 0, VD_DEMO_ORG_CONG_TY, "Công ty TNHH MTV Tài nguyên và Môi trường miền Nam",
                "Công ty TN&MT miền Nam", "TNMTMN", TRUE, "TP. Hồ Chí Minh");
  add_subunits (ctx, u, "Phòng Kỹ thuật – Công nghệ|Xí nghiệp Đo đạc bản đồ",
                "Phòng Tổ chức – Hành chính|Phòng Tài chính – Kế toán|Xí nghiệp Tài nguyên nước|Xí nghiệp Địa chính");
  u = add_unit (ctx, 0, VD_DEMO_ORG_CONG_TY, "Công ty TNHH MTV Tài nguyên và Môi trường miền Bắc",
                "Công ty TN&MT miền Bắc", "TNMTMB", TRUE, NULL);
  add_subunits (ctx, u, "Phòng Tổ chức – Hành chính|Xí nghiệp Tài nguyên nước",
                "Phòng Kỹ thuật – Công nghệ|Phòng Tài chính – Kế toán|Xí nghiệp Đo đạc bản đồ|Xí nghiệp Quan trắc môi trường");
  u = add_unit (ctx, 0, VD_DEMO_ORG_BAO, "Báo Tài nguyên và Môi trường", "Báo TN&MT", "BAOTNMT",
                TRUE, NULL);
  add_subunits (ctx, u, "Ban Thư ký tòa soạn|Ban Báo điện tử",
                "Ban Thời sự|Ban Kinh tế – Tài nguyên|Phòng Trị sự");
  u = add_unit (ctx, 0, VD_DEMO_ORG_TAP_CHI, "Tạp chí Tài nguyên và Môi trường", "Tạp chí TN&MT",
                "TCTNMT", TRUE, NULL);
  add_subunits (ctx, u, NULL, "Ban Biên tập|Phòng Trị sự|Ban Tạp chí điện tử");
  u = add_unit (ctx, 0, VD_DEMO_ORG_NXB, "Nhà xuất bản Tài nguyên – Môi trường và Bản đồ Việt Nam",
                "NXB TN-MT&BĐVN", "NXBTNMT", TRUE, NULL);
  add_subunits (ctx, u, "Phòng Biên tập", "Phòng Kế hoạch – Phát hành|Xưởng In");
  u = add_unit (ctx, 0, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Truyền thông tài nguyên và môi trường",
                "TT Truyền thông TN&MT", "TTTT", TRUE, NULL);
  add_subunits (ctx, u, "Phòng Truyền thông", "Phòng Hành chính – Tổng hợp|Phòng Sản xuất chương trình");

  /* Research, training and survey units (Khối III). */
  u = add_unit (ctx, 0, VD_DEMO_ORG_VIEN, "Viện Chiến lược, Chính sách tài nguyên và môi trường",
                "Viện CL,CS TN&MT", "VCLCS", TRUE, NULL);
  add_subunits (ctx, u, NULL, "Phòng Hành chính – Tổng hợp|Phòng Nghiên cứu chính sách|Phòng Nghiên cứu chiến lược");
  u = add_unit (ctx, 0, VD_DEMO_ORG_TRUONG, "Trường Đại học Tài nguyên và Môi trường Hà Nội",
                "Trường ĐH TN&MT Hà Nội", "ĐHTNMTHN", TRUE, NULL);
  add_subunits (ctx, u, "Khoa Môi trường",
                "Khoa Tài nguyên nước|Khoa Quản lý đất đai|Khoa Trắc địa – Bản đồ|Phòng Đào tạo|Phòng Tổ chức cán bộ");
  u = add_unit (ctx, 0, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia",
                "TT QH&ĐT TNN", "TTQHĐTTNN", TRUE, NULL);
  add_subunits (ctx, u, NULL, "Văn phòng Trung tâm|Phòng Kỹ thuật|Phòng Quy hoạch tài nguyên nước");
  if (ctx->large)
    {
      static const char * const institutes[][3] = {
        { "Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu", "VKTTV",
          "Phòng Khí hậu|Phòng Thủy văn|Phòng Biến đổi khí hậu" },
        { "Viện Khoa học Đo đạc và Bản đồ", "VĐĐBĐ", "Phòng Trắc địa|Phòng Bản đồ|Phòng Viễn thám" },
        { "Viện Khoa học Địa chất và Khoáng sản", "VĐCKS", "Phòng Địa chất|Phòng Khoáng sản" },
        { "Viện Khoa học Tài nguyên nước", "VTNN", "Phòng Nước mặt|Phòng Nước dưới đất" },
        { "Viện Khoa học Môi trường, Biển và Hải đảo", "VMTBHĐ", "Phòng Môi trường|Phòng Biển và Hải đảo" },
      };
      for (guint i = 0; i < G_N_ELEMENTS (institutes); i++)
        {
          u = add_unit (ctx, 0, VD_DEMO_ORG_VIEN, institutes[i][0], NULL, institutes[i][1], TRUE, NULL);
          add_subunits (ctx, u, NULL, institutes[i][2]);
        }
      u = add_unit (ctx, 0, VD_DEMO_ORG_TRUONG, "Trường Đại học Tài nguyên và Môi trường Thành phố Hồ Chí Minh",
                    "Trường ĐH TN&MT TP.HCM", "ĐHTNMTHCM", TRUE, "TP. Hồ Chí Minh");
      add_subunits (ctx, u, NULL, "Khoa Môi trường|Khoa Quản lý đất đai|Khoa Khí tượng Thủy văn|Phòng Đào tạo");
      u = add_unit (ctx, 0, VD_DEMO_ORG_TRUONG, "Trường Đào tạo, bồi dưỡng cán bộ tài nguyên và môi trường",
                    "Trường ĐTBDCB", "ĐTBDCB", TRUE, NULL);
      add_subunits (ctx, u, NULL, "Phòng Đào tạo|Phòng Hành chính – Tổng hợp");
      u = add_unit (ctx, 0, VD_DEMO_ORG_TRUNG_TAM, "Quỹ Bảo vệ môi trường Việt Nam", "Quỹ BVMT", "QBVMT",
                    TRUE, NULL);
      add_subunits (ctx, u, NULL, "Phòng Tín dụng|Phòng Tài chính – Kế toán|Văn phòng Quỹ");
      u = add_unit (ctx, 0, VD_DEMO_ORG_TRUNG_TAM, "Trung tâm Thông tin và Dữ liệu viễn thám",
                    NULL, "TTDLVT", TRUE, NULL);
      add_subunits (ctx, u, NULL, "Phòng Dữ liệu|Phòng Xử lý ảnh");
    }

  /* Who decides base titles and who sends dossiers to the ministry. */
  for (guint i = 0; i < ctx->units->len; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
      int a = i;

      while (a > 0 && !VD_DEMO_UNIT (ctx, a)->own_issuer)
        a = VD_DEMO_UNIT (ctx, a)->parent;
      unit->issuer = a;

      a = i;
      while (a > 0 && VD_DEMO_UNIT (ctx, a)->depth > 1)
        a = VD_DEMO_UNIT (ctx, a)->parent;
      unit->submitter = a;
    }

  /* Preorder: a subtree ends where the next unit at the same or a shallower
   * depth begins. */
  for (int i = ctx->units->len - 1; i >= 0; i--)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
      int end = i + 1;

      while (end < (int) ctx->units->len && VD_DEMO_UNIT (ctx, end)->depth > unit->depth)
        end = VD_DEMO_UNIT (ctx, end)->subtree_end;
      unit->subtree_end = end;
    }

  /* Only units without sub-units have staff of their own beyond leaders. */
  {
    VdDemoRng rng;

    vd_demo_rng_init (&rng, VD_DEMO_SEED, 101);
    for (guint i = 0; i < ctx->units->len; i++)
      {
        VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);

        unit->weight = unit->subtree_end == (int) i + 1 ? staff_weight (unit->type) : 0;
        unit->merit = 0.25 + 0.75 * vd_demo_rng_double (&rng);
      }
  }
}

/**
 * vd_demo_org_field:
 *
 * What kind of work a unit does: its own type, or for a plain phòng or
 * office that of the nearest ancestor that is not one. A phòng of a
 * newspaper has reporters, of a company surveyors.
 */
VdDemoOrgType
vd_demo_org_field (VdDemoContext *ctx,
                   int            index)
{
  for (;;)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, index);

      if ((unit->type != VD_DEMO_ORG_PHONG && unit->type != VD_DEMO_ORG_VAN_PHONG) || unit->parent <= 0)
        return unit->type;
      index = unit->parent;
    }
}

int
vd_demo_org_find (VdDemoContext *ctx,
                  const char    *name)
{
  for (guint i = 0; i < ctx->units->len; i++)
    if (strcmp (VD_DEMO_UNIT (ctx, i)->name, name) == 0)
      return i;
  return -1;
}

gboolean
vd_demo_org_insert (VdDemoContext  *ctx,
                    GError        **error)
{
  g_autofree int *child_count = g_new0 (int, ctx->units->len);

  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (guint i = 0; i < ctx->units->len; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
      g_autofree char *fold = vd_text_fold (unit->name);
      sqlite3_stmt *stmt;

      stmt = vd_store_prepare (ctx->store,
                               "INSERT INTO units (parent_id, name, short_name, kind, name_fold, sort_order) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        goto fail;
      vd_demo_bind_id (stmt, 1, unit->parent >= 0 ? VD_DEMO_UNIT (ctx, unit->parent)->id : 0);
      vd_demo_bind_text (stmt, 2, unit->name);
      vd_demo_bind_text (stmt, 3, unit->short_name);
      vd_demo_bind_text (stmt, 4, unit->kind);
      vd_demo_bind_text (stmt, 5, fold);
      sqlite3_bind_int (stmt, 6, unit->parent >= 0 ? child_count[unit->parent]++ : 0);
      if (!vd_store_step_done (ctx->store, stmt, error))
        goto fail;
      unit->id = vd_store_last_insert_id (ctx->store);
    }

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
