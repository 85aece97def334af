/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <string.h>

#include "vd-demo-private.h"
#include "vd-text.h"

/* The scanned documents of the demo archive. Rendering a page costs tens of
 * milliseconds, so only a few distinct PDFs are made — a handful of each
 * kind — and every document row points at one of them; the archive stores
 * each once (blobs are content-addressed). They are rendered on worker
 * threads while the main thread writes everything else, and the document
 * rows are written last. */

typedef struct
{
  GBytes   *bytes;
  char     *sha256;
  int       pages;
  gboolean  stored;   /* its blob row is written */
} Rendered;

typedef struct
{
  VdDemoPaperKind kind;
  guint           variant;
  gint64          dossier_id;
  gint64          decision_id;
  gint64          covenant_id;
  char           *title;
  char           *filename;
  char           *added_on;
} Pending;

static void
pending_clear (gpointer data)
{
  Pending *p = data;

  g_free (p->title);
  g_free (p->filename);
  g_free (p->added_on);
}

struct _VdDemoPapers
{
  GArray       *pending;      /* Pending, written at the end */
  GPtrArray    *threads;      /* GThread* */
  GCancellable *cancellable;
  GMutex        lock;         /* guards error */
  GError       *error;
  gboolean      joined;
  guint         n_jobs;
  int           next_job;     /* atomic */
  Rendered    **slots;        /* one per job, filled by the workers */
  GPtrArray    *rendered[VD_DEMO_N_PAPER_KINDS];   /* Rendered*, by variant */
};

/* How many distinct PDFs of each kind; the first decision is 382/QĐ-BTNMT and
 * the first covenant Khối VI's of 2021, which their rows use by name. */
static const guint variants[VD_DEMO_N_PAPER_KINDS] = { 5, 5, 3, 6, 3, 2 };

typedef struct
{
  const char *body;
  const char *code;
  const char *head;
  const char *place;
  const char *seal;
} Body;

static const Body bodies[] = {
  { "BAN QUẢN LÝ DỰ ÁN\nĐẦU TƯ VÀ XÂY DỰNG", "BQLDA", "GIÁM ĐỐC", "Hà Nội",
    "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ VÀ XÂY DỰNG * BỘ TN&MT * " },
  { "CÔNG TY TNHH MTV\nTÀI NGUYÊN VÀ MÔI TRƯỜNG MIỀN NAM", "TNMTMN", "TỔNG GIÁM ĐỐC", "TP. Hồ Chí Minh",
    "CÔNG TY TNHH MTV TÀI NGUYÊN VÀ MÔI TRƯỜNG MIỀN NAM * " },
  { "BÁO TÀI NGUYÊN VÀ MÔI TRƯỜNG", "BAOTNMT", "TỔNG BIÊN TẬP", "Hà Nội",
    "BÁO TÀI NGUYÊN VÀ MÔI TRƯỜNG * BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG * " },
  { "TỔNG CỤC MÔI TRƯỜNG", "TCMT", "TỔNG CỤC TRƯỞNG", "Hà Nội",
    "TỔNG CỤC MÔI TRƯỜNG * BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG * " },
  { "TRUNG TÂM TRUYỀN THÔNG\nTÀI NGUYÊN VÀ MÔI TRƯỜNG", "TTTT", "GIÁM ĐỐC", "Hà Nội",
    "TRUNG TÂM TRUYỀN THÔNG TÀI NGUYÊN VÀ MÔI TRƯỜNG * " },
};

static const char * const khoi_vi_members[] = {
  "Ban Quản lý Dự án Đầu tư và Xây dựng",
  "Công ty TNHH MTV Tài nguyên và Môi trường miền Nam",
  "Báo Tài nguyên và Môi trường",
  "Trung tâm Truyền thông tài nguyên và môi trường",
  "Công ty TNHH MTV Tài nguyên và Môi trường miền Bắc",
  "Nhà xuất bản Tài nguyên – Môi trường và Bản đồ Việt Nam",
  "Tạp chí Tài nguyên và Môi trường",
};

/* Strings a paper points to live in this pool until it is rendered. */
typedef struct
{
  VdDemoPaper  paper;
  GPtrArray   *pool;
  VdDemoRng    rng;
} Draft;

static const char *
keep (Draft *d,
      char  *text)
{
  g_ptr_array_add (d->pool, text);
  return text;
}

static const char *
keepf (Draft      *d,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static const char *
keepf (Draft      *d,
       const char *format,
       ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return keep (d, text);
}

static void
say (Draft      *d,
     const char *text)
{
  g_ptr_array_add (d->paper.paragraphs, g_strdup (text));
}

static void
sayf (Draft      *d,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
sayf (Draft      *d,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (d->paper.paragraphs, g_strdup_vprintf (format, args));
  va_end (args);
}

static const char *
person (Draft    *d,
        gboolean  upper)
{
  VdDemoName name;
  g_autofree char *full = NULL;

  vd_demo_name_pick (&d->rng, vd_demo_rng_chance (&d->rng, 0.4), 1975, &name);
  full = vd_text_full_name (name.family, name.middle, name.given);
  return keep (d, upper ? g_utf8_strup (full, -1) : g_strdup (full));
}

static const char *
date_line (Draft      *d,
           const char *place,
           int         year,
           int         month)
{
  return keepf (d, "%s, ngày %02d tháng %02d năm %d", place,
                vd_demo_rng_between (&d->rng, 2, 27), month, year);
}

static void
legal_basis (Draft *d,
             int    year)
{
  if (year >= 2024)
    {
      say (d, "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;");
      say (d, "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;");
    }
  else
    {
      say (d, "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;");
      say (d, "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;");
    }
}

static void
draft_submission (Draft *d,
                  guint  v)
{
  const Body *b = &bodies[v % G_N_ELEMENTS (bodies)];
  int year = 2019 + (int) v;

  d->paper.body_upper = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d->paper.body = b->body;
  d->paper.number = keepf (d, "Số: %02d/TTr-%s", vd_demo_rng_between (&d->rng, 5, 40), b->code);
  d->paper.place_date = date_line (d, b->place, year + 1, 1);
  d->paper.title = "TỜ TRÌNH";
  d->paper.subtitle = keepf (d, "Về việc đề nghị khen thưởng năm %d", year);
  d->paper.recipient = "Kính gửi: Bộ trưởng Bộ Tài nguyên và Môi trường\n(qua Vụ Thi đua, Khen thưởng và Tuyên truyền)";
  legal_basis (d, year + 1);
  say (d, "Căn cứ Quy chế công tác thi đua, khen thưởng của Bộ Tài nguyên và Môi trường;");
  sayf (d, "Căn cứ kết quả bình xét của Hội đồng Thi đua – Khen thưởng đơn vị tại cuộc họp ngày %02d tháng 01 năm %d,",
        vd_demo_rng_between (&d->rng, 5, 12), year + 1);
  sayf (d, "Trong năm %d, đơn vị đã hoàn thành xuất sắc các nhiệm vụ chính trị được giao; tập thể cán bộ, công chức, viên chức và người lao động đoàn kết, chủ động khắc phục khó khăn, hưởng ứng sâu rộng phong trào thi đua do Bộ phát động. Để kịp thời động viên, khích lệ các tập thể, cá nhân có thành tích xuất sắc, đơn vị kính trình Bộ trưởng xem xét, khen thưởng như sau:", year);
  sayf (d, "- Tặng Bằng khen của Bộ trưởng cho %02d tập thể và %02d cá nhân;",
        vd_demo_rng_between (&d->rng, 1, 3), vd_demo_rng_between (&d->rng, 4, 18));
  sayf (d, "- Công nhận danh hiệu “Tập thể lao động xuất sắc” cho %02d tập thể;", vd_demo_rng_between (&d->rng, 1, 3));
  sayf (d, "- Tặng danh hiệu “Chiến sĩ thi đua cấp Bộ” cho %02d cá nhân.", vd_demo_rng_between (&d->rng, 1, 2));
  say (d, "(Có danh sách, báo cáo thành tích và biên bản họp Hội đồng kèm theo.)");
  say (d, "Kính trình Bộ trưởng xem xét, quyết định./.");
  d->paper.signer_title = b->head;
  d->paper.signer_name = person (d, FALSE);
  d->paper.seal_text = b->seal;
  d->paper.copies = "Nơi nhận:\n- Như trên;\n- Vụ TĐKT&TT (02 bản);\n- Lưu: VT, TCHC.";
}

static void
draft_report (Draft *d,
              guint  v)
{
  const Body *b = &bodies[(v + 2) % G_N_ELEMENTS (bodies)];
  int year = 2018 + (int) v;
  gboolean female = v % 2 == 1;
  VdDemoName name;
  g_autofree char *full = NULL;

  vd_demo_name_pick (&d->rng, female, 1978, &name);
  full = vd_text_full_name (name.family, name.middle, name.given);

  d->paper.body_upper = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d->paper.body = b->body;
  d->paper.place_date = date_line (d, b->place, year + 1, 1);
  d->paper.title = "BÁO CÁO THÀNH TÍCH";
  d->paper.subtitle = "Đề nghị tặng Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường";
  say (d, "## I. SƠ LƯỢC LÝ LỊCH");
  sayf (d, "- Họ và tên: %s; Giới tính: %s", full, female ? "Nữ" : "Nam");
  sayf (d, "- Ngày, tháng, năm sinh: %02d/%02d/%d", vd_demo_rng_between (&d->rng, 1, 28),
        vd_demo_rng_between (&d->rng, 1, 12), vd_demo_rng_between (&d->rng, 1972, 1988));
  say (d, "- Quê quán: xã Yên Nghĩa, huyện Ý Yên, tỉnh Nam Định");
  sayf (d, "- Đơn vị công tác: %s", b->body);
  say (d, "- Chức vụ: Trưởng phòng; Trình độ chuyên môn: Thạc sĩ Quản lý tài nguyên và môi trường");
  say (d, "## II. THÀNH TÍCH ĐẠT ĐƯỢC");
  say (d, "1. Quyền hạn, nhiệm vụ được giao: tham mưu cho Lãnh đạo đơn vị xây dựng và tổ chức thực hiện kế hoạch công tác năm; quản lý, điều phối công việc của phòng; phối hợp với các đơn vị trong và ngoài Bộ triển khai các nhiệm vụ chuyên môn.");
  sayf (d, "2. Thành tích đạt được: trong năm %d, đã chủ trì tham mưu hoàn thành đúng tiến độ, bảo đảm chất lượng toàn bộ các nhiệm vụ theo kế hoạch; trực tiếp xây dựng và đưa vào áp dụng giải pháp số hóa quy trình tiếp nhận, xử lý hồ sơ, rút ngắn 30%% thời gian giải quyết công việc; tích cực tham gia các phong trào thi đua do Bộ và Khối thi đua phát động.", year);
  say (d, "Luôn gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của cơ quan; có phẩm chất đạo đức tốt, lối sống lành mạnh, đoàn kết, được đồng nghiệp tín nhiệm.");
  say (d, "3. Việc thực hiện nghĩa vụ đối với Nhà nước: chấp hành nghiêm túc, đầy đủ.");
  say (d, "## III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
  for (int y = year - 2; y <= year; y++)
    sayf (d, "- Năm %d: danh hiệu Chiến sĩ thi đua cơ sở, Quyết định số %02d/QĐ-%s ngày %02d/01/%d.",
          y, vd_demo_rng_between (&d->rng, 8, 60), b->code, vd_demo_rng_between (&d->rng, 10, 28), y + 1);
  d->paper.signer_title = keepf (d, "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ\n%s", b->head);
  d->paper.signer_name = person (d, FALSE);
  d->paper.seal_text = b->seal;
  d->paper.copies = keepf (d, "Người báo cáo thành tích\n(đã ký)\n%s", full);
}

static void
draft_minutes (Draft *d,
               guint  v)
{
  const Body *b = &bodies[(v + 1) % G_N_ELEMENTS (bodies)];
  int year = 2020 + (int) v;
  int members = vd_demo_rng_between (&d->rng, 7, 11);

  d->paper.body_upper = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d->paper.body = b->body;
  d->paper.place_date = date_line (d, b->place, year + 1, 1);
  d->paper.title = "BIÊN BẢN";
  d->paper.subtitle = keepf (d, "Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng năm %d", year);
  sayf (d, "Vào hồi 14 giờ 00 phút ngày %02d tháng 01 năm %d, tại phòng họp của đơn vị, Hội đồng Thi đua – Khen thưởng đã họp để xét đề nghị khen thưởng năm %d.",
        vd_demo_rng_between (&d->rng, 5, 12), year + 1, year);
  sayf (d, "- Chủ trì: đồng chí %s, Thủ trưởng đơn vị, Chủ tịch Hội đồng.", person (d, FALSE));
  sayf (d, "- Thư ký: đồng chí %s, Chuyên viên phụ trách công tác thi đua, khen thưởng.", person (d, FALSE));
  sayf (d, "- Thành phần: %d/%d thành viên Hội đồng có mặt.", members, members);
  say (d, "## NỘI DUNG CUỘC HỌP");
  say (d, "Hội đồng đã nghe Thường trực Hội đồng báo cáo kết quả bình xét thi đua của các phòng, ban; đối chiếu tiêu chuẩn quy định tại Luật Thi đua, khen thưởng và các văn bản hướng dẫn; thảo luận công khai, dân chủ về thành tích của từng tập thể, cá nhân được đề nghị.");
  say (d, "## KẾT QUẢ BỎ PHIẾU KÍN");
  for (int i = 0; i < 4; i++)
    sayf (d, "- Đồng chí %s: %d/%d phiếu đồng ý (%d%%).", person (d, FALSE), members - (i == 3), members,
          (members - (i == 3)) * 100 / members);
  say (d, "Hội đồng thống nhất đề nghị cấp có thẩm quyền xem xét, khen thưởng các tập thể, cá nhân có tên nêu trên. Cuộc họp kết thúc hồi 16 giờ 30 phút cùng ngày; biên bản đã được đọc lại và các thành viên dự họp nhất trí thông qua./.");
  d->paper.signer_title = "CHỦ TỊCH HỘI ĐỒNG";
  d->paper.signer_name = person (d, FALSE);
  d->paper.seal_text = b->seal;
  d->paper.copies = keepf (d, "THƯ KÝ\n(đã ký)\n%s", person (d, FALSE));
}

static void
draft_decision (Draft *d,
                guint  v)
{
  int year = 2019 + (int) v;

  d->paper.body_upper = NULL;
  d->paper.body = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d->paper.title = "QUYẾT ĐỊNH";
  d->paper.signer_title = "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG";
  d->paper.seal_text = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG * CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM * ";
  d->paper.copies = "Nơi nhận:\n- Như Điều 3;\n- Bộ trưởng (để báo cáo);\n- Lưu: VT, Vụ TĐKT&TT.";

  if (v == 0)
    {
      /* Quyết định số 382 recognising the heads and deputies of the blocs for
       * 2021, announced at Khối VI's review conference on 10/3/2021. */
      d->paper.number = "Số: 382/QĐ-BTNMT";
      d->paper.place_date = "Hà Nội, ngày 26 tháng 02 năm 2021";
      d->paper.subtitle = "Về việc công nhận Khối trưởng, Khối phó các Khối thi đua thuộc Bộ năm 2021";
      say (d, "# BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
      legal_basis (d, 2021);
      say (d, "Căn cứ Quy chế tổ chức và hoạt động của các Khối thi đua thuộc Bộ Tài nguyên và Môi trường;");
      say (d, "Căn cứ kết quả bầu chọn tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020 của các Khối thi đua;");
      say (d, "Theo đề nghị của Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền,");
      say (d, "# QUYẾT ĐỊNH:");
      say (d, "Điều 1. Công nhận Khối trưởng, Khối phó các Khối thi đua thuộc Bộ năm 2021 (có danh sách kèm theo). Khối thi đua số VI: Khối trưởng là Ban Quản lý Dự án Đầu tư và Xây dựng; Khối phó là Công ty TNHH MTV Tài nguyên và Môi trường miền Nam.");
      say (d, "Điều 2. Khối trưởng có trách nhiệm chủ trì, phối hợp với Khối phó xây dựng kế hoạch, tổ chức ký kết giao ước thi đua, chấm điểm, bình xét và đề nghị khen thưởng theo quy định.");
      say (d, "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.");
      say (d, "# DANH SÁCH KHỐI TRƯỞNG, KHỐI PHÓ KHỐI THI ĐUA SỐ VI NĂM 2021");
      say (d, "- Khối trưởng: Ban Quản lý Dự án Đầu tư và Xây dựng");
      say (d, "- Khối phó: Công ty TNHH MTV Tài nguyên và Môi trường miền Nam");
      for (guint i = 2; i < G_N_ELEMENTS (khoi_vi_members); i++)
        sayf (d, "- Thành viên: %s", khoi_vi_members[i]);
      d->paper.signer_name = person (d, FALSE);
      return;
    }

  d->paper.number = keepf (d, "Số: %d/QĐ-BTNMT", vd_demo_rng_between (&d->rng, 300, 1900));
  d->paper.place_date = date_line (d, "Hà Nội", year + 1, vd_demo_rng_between (&d->rng, 2, 4));
  d->paper.subtitle = "Về việc tặng Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường";
  say (d, "# BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  legal_basis (d, year + 1);
  say (d, "Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường;");
  sayf (d, "Xét đề nghị của Thủ trưởng đơn vị tại Tờ trình số %02d/TTr ngày %02d tháng 01 năm %d và Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền,",
        vd_demo_rng_between (&d->rng, 5, 40), vd_demo_rng_between (&d->rng, 10, 28), year + 1);
  say (d, "# QUYẾT ĐỊNH:");
  sayf (d, "Điều 1. Tặng Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường cho các cá nhân có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %d.", year);
  say (d, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
  say (d, "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền, Thủ trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
  say (d, "# DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA BỘ TRƯỞNG");
  for (int i = 1, n = vd_demo_rng_between (&d->rng, 8, 16); i <= n; i++)
    sayf (d, "- %d. Ông/Bà %s, Chuyên viên chính", i, person (d, FALSE));
  d->paper.signer_name = person (d, FALSE);
}

static void
draft_covenant (Draft *d,
                guint  v)
{
  int year = v == 0 ? 2021 : 2021 + (int) v;

  d->paper.body_upper = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d->paper.body = "KHỐI THI ĐUA SỐ VI";
  d->paper.place_date = v == 0 ? "Hà Nội, ngày 10 tháng 3 năm 2021" : date_line (d, "Hà Nội", year, 3);
  d->paper.title = keepf (d, "BẢN ĐĂNG KÝ GIAO ƯỚC THI ĐUA NĂM %d", year);
  d->paper.subtitle = "Khối thi đua số VI – Bộ Tài nguyên và Môi trường";
  if (year == 2021)
    say (d, "Thực hiện Kế hoạch số 953 của Bộ Tài nguyên và Môi trường về phát động phong trào thi đua năm 2021 với chủ đề “Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển”, các cơ quan, đơn vị thành viên Khối thi đua số VI thống nhất ký kết giao ước thi đua với các nội dung sau:");
  else
    sayf (d, "Thực hiện kế hoạch phát động phong trào thi đua năm %d của Bộ Tài nguyên và Môi trường, các cơ quan, đơn vị thành viên Khối thi đua số VI thống nhất ký kết giao ước thi đua với các nội dung sau:", year);
  say (d, "1. Thi đua hoàn thành xuất sắc nhiệm vụ chính trị, chuyên môn được giao; bảo đảm tiến độ, chất lượng các nhiệm vụ, dự án theo kế hoạch.");
  say (d, "2. Tổ chức phát động các phong trào thi đua thường xuyên, chuyên đề gắn với nhiệm vụ chính trị của từng đơn vị; thực hiện phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”.");
  say (d, "3. Phát hiện, bồi dưỡng, xây dựng và nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt; các cơ quan báo chí trong Khối đẩy mạnh tuyên truyền.");
  say (d, "4. Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin, thực hiện chuyển đổi số trong hoạt động của đơn vị.");
  say (d, "5. Thực hiện tốt công tác phòng, chống dịch bệnh, bảo đảm sức khỏe, ổn định đời sống cho công chức, viên chức và người lao động.");
  say (d, "6. Tham gia đầy đủ các hoạt động của Khối; gửi báo cáo, hồ sơ thi đua, khen thưởng đúng thời hạn.");
  say (d, "# CÁC ĐƠN VỊ KÝ GIAO ƯỚC");
  for (guint i = 0; i < G_N_ELEMENTS (khoi_vi_members); i++)
    sayf (d, "- %u. %s", i + 1, khoi_vi_members[i]);
  d->paper.signer_title = "TM. KHỐI THI ĐUA SỐ VI\nKHỐI TRƯỞNG";
  d->paper.signer_name = person (d, FALSE);
  d->paper.seal_text = bodies[0].seal;
  d->paper.copies = "Nơi nhận:\n- Vụ TĐKT&TT;\n- Các đơn vị trong Khối;\n- Lưu: Khối VI.";
}

static void
draft_initiative (Draft *d,
                  guint  v)
{
  const Body *b = &bodies[(v + 3) % G_N_ELEMENTS (bodies)];
  static const char * const titles[] = {
    "Giải pháp số hóa quy trình tiếp nhận và xử lý hồ sơ đề nghị khen thưởng",
    "Ứng dụng ảnh viễn thám trong giám sát biến động sử dụng đất cấp huyện",
  };

  d->paper.body_upper = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d->paper.body = b->body;
  d->paper.place_date = date_line (d, b->place, 2021 + (int) v, 11);
  d->paper.title = "BÁO CÁO MÔ TẢ SÁNG KIẾN";
  d->paper.subtitle = titles[v % G_N_ELEMENTS (titles)];
  say (d, "## 1. Tác giả sáng kiến");
  sayf (d, "- %s, Trưởng phòng; %s, Chuyên viên chính.", person (d, FALSE), person (d, FALSE));
  say (d, "## 2. Lĩnh vực áp dụng");
  say (d, "Công tác quản lý nhà nước về tài nguyên và môi trường; công tác văn phòng và thi đua, khen thưởng của đơn vị.");
  say (d, "## 3. Nội dung sáng kiến");
  say (d, "Trước khi áp dụng sáng kiến, việc tổng hợp, theo dõi hồ sơ được thực hiện thủ công, dễ sai sót, mất nhiều thời gian tra cứu. Sáng kiến xây dựng quy trình và công cụ lưu trữ điện tử, cho phép tra cứu theo tên, đơn vị, năm và hình thức; tự động kiểm tra điều kiện, tiêu chuẩn theo quy định.");
  say (d, "## 4. Hiệu quả");
  say (d, "Sau một năm áp dụng tại đơn vị, thời gian tổng hợp hồ sơ giảm khoảng 40%, không còn sai sót về tiêu chuẩn khen thưởng; sáng kiến có khả năng nhân rộng tại các đơn vị khác thuộc Bộ.");
  d->paper.signer_title = keepf (d, "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ\n%s", b->head);
  d->paper.signer_name = person (d, FALSE);
  d->paper.seal_text = b->seal;
  d->paper.copies = NULL;
}

typedef void (*DraftFunc) (Draft *d, guint v);

static const DraftFunc drafts[VD_DEMO_N_PAPER_KINDS] = {
  draft_submission, draft_report, draft_minutes, draft_decision, draft_covenant, draft_initiative,
};

static void
rendered_free (gpointer data)
{
  Rendered *r = data;

  g_bytes_unref (r->bytes);
  g_free (r->sha256);
  g_free (r);
}

static void
render_one (VdDemoPapers *papers,
            guint         kind,
            guint         variant,
            Rendered    **slot)
{
  Draft d = { { 0 } };
  g_autoptr(GError) error = NULL;
  GBytes *bytes;
  int pages = 0;

  d.pool = g_ptr_array_new_with_free_func (g_free);
  d.paper.paragraphs = g_ptr_array_new_with_free_func (g_free);
  vd_demo_rng_init (&d.rng, VD_DEMO_SEED, 1000 + kind * 100 + variant);
  drafts[kind] (&d, variant);

  bytes = vd_demo_pdf_render (&d.paper, VD_DEMO_SEED + kind * 100 + variant, &pages,
                              papers->cancellable, &error);
  g_ptr_array_unref (d.paper.paragraphs);
  g_ptr_array_unref (d.pool);

  if (bytes == NULL)
    {
      g_mutex_lock (&papers->lock);
      if (papers->error == NULL)
        papers->error = g_steal_pointer (&error);
      g_mutex_unlock (&papers->lock);
      /* One failure is enough: the others stop too. */
      g_cancellable_cancel (papers->cancellable);
      return;
    }

  *slot = g_new0 (Rendered, 1);
  (*slot)->bytes = bytes;
  (*slot)->pages = pages;
  (*slot)->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/* Each worker takes the next paper not yet taken. Where a result lands
 * depends only on its kind and variant, never on which worker made it. */
static gpointer
render_thread (gpointer data)
{
  VdDemoPapers *papers = data;

  for (;;)
    {
      guint job = (guint) g_atomic_int_add (&papers->next_job, 1);
      guint kind = 0, variant = job;

      while (kind < VD_DEMO_N_PAPER_KINDS && variant >= variants[kind])
        variant -= variants[kind++];
      if (kind == VD_DEMO_N_PAPER_KINDS || g_cancellable_is_cancelled (papers->cancellable))
        return NULL;
      render_one (papers, kind, variant, &papers->slots[job]);
    }
}

/**
 * vd_demo_papers_start:
 *
 * Starts rendering the distinct documents on a worker thread, beside the
 * main thread's writes.
 */
VdDemoPapers *
vd_demo_papers_start (VdDemoContext *ctx)
{
  VdDemoPapers *papers = g_new0 (VdDemoPapers, 1);
  /* One worker: Cairo 1.16 (Debian 12) can deadlock when several threads
   * lay out text at once, even with a font map each — its scaled-font map
   * and FreeType face locks are taken in different orders (seen here: two
   * workers stuck at "Storing scanned documents"). */
  guint n_threads = 1;

  for (guint k = 0; k < VD_DEMO_N_PAPER_KINDS; k++)
    {
      papers->rendered[k] = g_ptr_array_new_with_free_func (rendered_free);
      papers->n_jobs += variants[k];
    }
  papers->slots = g_new0 (Rendered *, papers->n_jobs);
  g_mutex_init (&papers->lock);
  /* Its own cancellable, so stopping the run also stops the workers when the
   * caller gave none. */
  papers->cancellable = g_cancellable_new ();
  papers->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_array_set_clear_func (papers->pending, pending_clear);
  papers->threads = g_ptr_array_new ();
  for (guint i = 0; i < n_threads; i++)
    g_ptr_array_add (papers->threads, g_thread_new ("vd-demo-papers", render_thread, papers));
  return papers;
}

static void
papers_join (VdDemoPapers *papers)
{
  guint job = 0;

  if (papers->joined)
    return;
  for (guint i = 0; i < papers->threads->len; i++)
    g_thread_join (g_ptr_array_index (papers->threads, i));
  papers->joined = TRUE;

  for (guint k = 0; k < VD_DEMO_N_PAPER_KINDS; k++)
    for (guint v = 0; v < variants[k]; v++, job++)
      if (papers->slots[job] != NULL)
        g_ptr_array_add (papers->rendered[k], g_steal_pointer (&papers->slots[job]));
}

static gboolean
papers_wait (VdDemoPapers  *papers,
             GError       **error)
{
  papers_join (papers);
  if (papers->error != NULL)
    {
      g_propagate_error (error, g_error_copy (papers->error));
      return FALSE;
    }
  return TRUE;
}

void
vd_demo_papers_free (VdDemoPapers *papers)
{
  if (papers == NULL)
    return;
  g_cancellable_cancel (papers->cancellable);
  papers_join (papers);
  for (guint j = 0; j < papers->n_jobs; j++)
    if (papers->slots[j] != NULL)
      rendered_free (papers->slots[j]);
  g_free (papers->slots);
  g_ptr_array_unref (papers->threads);
  for (guint k = 0; k < VD_DEMO_N_PAPER_KINDS; k++)
    g_ptr_array_unref (papers->rendered[k]);
  g_clear_error (&papers->error);
  g_mutex_clear (&papers->lock);
  g_array_unref (papers->pending);
  g_object_unref (papers->cancellable);
  g_free (papers);
}

static const char *
kind_text (VdDemoPaperKind kind)
{
  switch (kind)
    {
    case VD_DEMO_PAPER_SUBMISSION: return "submission";
    case VD_DEMO_PAPER_REPORT:     return "achievement_report";
    case VD_DEMO_PAPER_MINUTES:    return "minutes";
    case VD_DEMO_PAPER_DECISION:   return "decision";
    case VD_DEMO_PAPER_INITIATIVE: return "initiative";
    case VD_DEMO_PAPER_COVENANT:
    default:                       return "other";
    }
}

/**
 * vd_demo_document_add:
 * @variant: picks one of the distinct PDFs of @kind; %G_MAXUINT asks for
 *   the one made for decision 382/QĐ-BTNMT or Khối VI's 2021 covenant
 * @covenant_id: the covenant this document is the signed copy of, or 0
 *
 * Queues a document row. Rows are written by vd_demo_documents_flush() at
 * the end, so the PDFs render while everything else is written.
 */
void
vd_demo_document_add (VdDemoContext    *ctx,
                      VdDemoPaperKind   kind,
                      guint             variant,
                      gint64            dossier_id,
                      gint64            decision_id,
                      gint64            covenant_id,
                      const char       *title,
                      const char       *filename,
                      const char       *added_on)
{
  Pending pending = {
    .kind = kind,
    .variant = variant,
    .dossier_id = dossier_id,
    .decision_id = decision_id,
    .covenant_id = covenant_id,
    .title = g_strdup (title),
    .filename = g_strdup (filename),
    .added_on = g_strdup (added_on),
  };

  g_array_append_val (ctx->papers->pending, pending);
}

static gboolean
insert_document (VdDemoContext  *ctx,
                 const Pending  *pending,
                 GError        **error)
{
  GPtrArray *set = ctx->papers->rendered[pending->kind];
  guint n = set->len;
  sqlite3_stmt *stmt;
  Rendered *r;

  /* The first decision and covenant are kept for the rows they depict. */
  if (pending->variant == G_MAXUINT)
    r = g_ptr_array_index (set, 0);
  else if (pending->kind == VD_DEMO_PAPER_DECISION || pending->kind == VD_DEMO_PAPER_COVENANT)
    r = g_ptr_array_index (set, 1 + pending->variant % (n - 1));
  else
    r = g_ptr_array_index (set, pending->variant % n);

  if (!r->stored)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (r->bytes, &size);

      stmt = vd_store_prepare (ctx->store,
                               "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      vd_demo_bind_text (stmt, 1, r->sha256);
      sqlite3_bind_int64 (stmt, 2, size);
      sqlite3_bind_blob (stmt, 3, data, (int) size, SQLITE_STATIC);
      if (!vd_store_step_done (ctx->store, stmt, error))
        return FALSE;
      r->stored = TRUE;
    }

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO documents (dossier_id, decision_id, kind, title, filename, mime_type, "
                           "sha256, page_count, added_on) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, 'application/pdf', ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  vd_demo_bind_id (stmt, 1, pending->dossier_id);
  vd_demo_bind_id (stmt, 2, pending->decision_id);
  vd_demo_bind_text (stmt, 3, kind_text (pending->kind));
  vd_demo_bind_text (stmt, 4, pending->title);
  vd_demo_bind_text (stmt, 5, pending->filename);
  vd_demo_bind_text (stmt, 6, r->sha256);
  sqlite3_bind_int (stmt, 7, r->pages);
  vd_demo_bind_text (stmt, 8, pending->added_on);
  if (!vd_store_step_done (ctx->store, stmt, error))
    return FALSE;

  if (pending->covenant_id > 0)
    {
      gint64 document = vd_store_last_insert_id (ctx->store);

      stmt = vd_store_prepare (ctx->store, "UPDATE covenants SET document_id = ?1 WHERE id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, document);
      sqlite3_bind_int64 (stmt, 2, pending->covenant_id);
      if (!vd_store_step_done (ctx->store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * vd_demo_documents_flush:
 *
 * Waits for the PDFs and writes every queued document, with each distinct
 * PDF stored once.
 */
gboolean
vd_demo_documents_flush (VdDemoContext  *ctx,
                         GError        **error)
{
  GArray *pending = ctx->papers->pending;

  if (!papers_wait (ctx->papers, error))
    return FALSE;
  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (guint i = 0; i < pending->len; i++)
    {
      if (!insert_document (ctx, &g_array_index (pending, Pending, i), error)
          || (i % 1024 == 0 && !vd_demo_tick (ctx, (double) i / pending->len, error)))
        {
          vd_store_rollback (ctx->store);
          return FALSE;
        }
    }
  return vd_store_commit (ctx->store, error);
}
