/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the demo generator only. Each file does one job
 * (names, organisation, people, blocs, campaigns, decisions, awards, dossiers,
 * papers); vd-demo.c runs them in order on one VdDemoContext. */

#include <gio/gio.h>

#include "vd-demo.h"
#include "vd-store.h"

G_BEGIN_DECLS

/* Generated data never looks at the clock: "today" is fixed, so the same
 * scale gives the same archive on every run and every machine. */
#define VD_DEMO_TODAY         "2026-11-23"
#define VD_DEMO_TODAY_YEAR    2026
#define VD_DEMO_MAX_YEARS     16
#define VD_DEMO_SEED          G_GUINT64_CONSTANT (0x56644461)

/* ---- Random numbers: PCG32, so the sequence is ours and never changes with
 * a GLib version. Each part of the generator uses its own stream, so adding
 * data in one part does not reshuffle another. */

typedef struct
{
  guint64 state;
  guint64 inc;
} VdDemoRng;

void      vd_demo_rng_init      (VdDemoRng    *rng,
                                 guint64       seed,
                                 guint64       stream);
guint32   vd_demo_rng_next      (VdDemoRng    *rng);
guint32   vd_demo_rng_range     (VdDemoRng    *rng,
                                 guint32       n);
int       vd_demo_rng_between   (VdDemoRng    *rng,
                                 int           lo,
                                 int           hi);
double    vd_demo_rng_double    (VdDemoRng    *rng);
gboolean  vd_demo_rng_chance    (VdDemoRng    *rng,
                                 double        p);
guint     vd_demo_rng_weighted  (VdDemoRng    *rng,
                                 const guint  *weights,
                                 guint         n);

/* ---- Names */

typedef struct
{
  const char *family;
  const char *middle;
  const char *given;
} VdDemoName;

void      vd_demo_name_pick     (VdDemoRng    *rng,
                                 gboolean      female,
                                 int           birth_year,
                                 VdDemoName   *name);

/* ---- Award kinds, in catalogue order (codes from vd-catalogue-v1.sql) */

typedef enum
{
  VD_DEMO_KIND_LDTT,
  VD_DEMO_KIND_CSTDCS,
  VD_DEMO_KIND_CSTD_BO,
  VD_DEMO_KIND_CSTD_TQ,
  VD_DEMO_KIND_TTLDTT,
  VD_DEMO_KIND_TTLDXS,
  VD_DEMO_KIND_CO_BO,
  VD_DEMO_KIND_CO_CP,
  VD_DEMO_KIND_GK_CN,
  VD_DEMO_KIND_GK_TT,
  VD_DEMO_KIND_BK_BO,
  VD_DEMO_KIND_BK_BO_TT,
  VD_DEMO_KIND_BK_TTG,
  VD_DEMO_KIND_BK_TTG_TT,
  VD_DEMO_KIND_KNC,
  VD_DEMO_KIND_HCLD3,
  VD_DEMO_KIND_HCLD2,
  VD_DEMO_KIND_HCLD1,
  VD_DEMO_KIND_HCLD3_TT,
  VD_DEMO_KIND_HCLD2_TT,
  VD_DEMO_N_KINDS
} VdDemoKind;

#define VD_DEMO_BIT(kind)        (1u << (kind))
/* Set in a person's year when they authored an initiative that year. */
#define VD_DEMO_BIT_INITIATIVE   (1u << 30)

const char *vd_demo_kind_code   (VdDemoKind    kind);

/* ---- Organisation */

typedef enum
{
  VD_DEMO_ORG_MINISTRY,
  VD_DEMO_ORG_VU,
  VD_DEMO_ORG_VAN_PHONG,
  VD_DEMO_ORG_THANH_TRA,
  VD_DEMO_ORG_TONG_CUC,
  VD_DEMO_ORG_CUC,
  VD_DEMO_ORG_VIEN,
  VD_DEMO_ORG_TRUONG,
  VD_DEMO_ORG_TRUNG_TAM,
  VD_DEMO_ORG_BAN_QLDA,
  VD_DEMO_ORG_CONG_TY,
  VD_DEMO_ORG_BAO,
  VD_DEMO_ORG_TAP_CHI,
  VD_DEMO_ORG_NXB,
  VD_DEMO_ORG_DAI_KV,
  VD_DEMO_ORG_DAI_TINH,
  VD_DEMO_ORG_LIEN_DOAN,
  VD_DEMO_ORG_PHONG,
  VD_DEMO_ORG_BAN,
  VD_DEMO_ORG_XI_NGHIEP,
  VD_DEMO_ORG_KHOA,
} VdDemoOrgType;

typedef enum
{
  VD_DEMO_GRADE_NONE,
  VD_DEMO_GRADE_FAILED,
  VD_DEMO_GRADE_DONE,
  VD_DEMO_GRADE_GOOD,
  VD_DEMO_GRADE_EXCELLENT,
} VdDemoGrade;

typedef struct
{
  gint64         id;
  int            parent;        /* index, -1 for the ministry */
  int            depth;
  int            subtree_end;   /* units are in preorder: [self, end) is the subtree */
  char          *name;
  char          *short_name;    /* NULL for most sub-units */
  const char    *kind;          /* 'ministry', 'department', 'unit' */
  VdDemoOrgType  type;
  char          *code;          /* document symbol ("BQLDA"), NULL for sub-units */
  const char    *place;         /* city written on its documents */
  gboolean       own_issuer;    /* has legal personality: decides its own base titles */
  int            issuer;        /* unit whose head decides base titles here */
  int            submitter;     /* unit that sends dossiers to the ministry */
  int            weight;        /* share of staff placed directly in it */
  double         merit;         /* how well it tends to do, 0..1 */
  int            head;          /* person index of its head, -1 if none */
  int            people_begin;  /* people directly in it: [begin, end) */
  int            people_end;
  int            subtree_people_end;
  guint8         grade[VD_DEMO_MAX_YEARS];
  guint32        titles[VD_DEMO_MAX_YEARS];
} VdDemoUnit;

typedef struct
{
  gint64         id;
  int            unit;
  VdDemoName     name;
  gboolean       female;
  int            birth_year;
  int            joined;        /* year they started in the sector */
  int            first_year;    /* first year with a rating */
  int            knc_year;      /* year of the Kỷ niệm chương, 0 if none in the archive */
  const char    *position;
  gboolean       direct_worker;
  gboolean       leader;
  gboolean       pinned;        /* the fixed, findable person: every gate opens */
  float          merit;
  guint8         grade[VD_DEMO_MAX_YEARS];
  guint32        titles[VD_DEMO_MAX_YEARS];
} VdDemoPerson;

/* ---- Blocs */

#define VD_DEMO_MAX_BLOC_MEMBERS 16

typedef struct
{
  gint64   id;
  char    *name;
  int      members[VD_DEMO_MAX_BLOC_MEMBERS];
  int      n_members;
  int      first_head;        /* member heading the bloc in 2021; the rotation counts from there */
  int      winner[VD_DEMO_MAX_YEARS];   /* member unit with the top score, -1 */
  int      runner_up[VD_DEMO_MAX_YEARS];
} VdDemoBloc;

/* ---- Papers: the few distinct scanned PDFs every document row reuses */

typedef enum
{
  VD_DEMO_PAPER_SUBMISSION,
  VD_DEMO_PAPER_REPORT,
  VD_DEMO_PAPER_MINUTES,
  VD_DEMO_PAPER_DECISION,
  VD_DEMO_PAPER_COVENANT,
  VD_DEMO_PAPER_INITIATIVE,
  VD_DEMO_N_PAPER_KINDS
} VdDemoPaperKind;

/* What one scanned document says; vd-demo-pdf.c lays it out on A4 pages. */
typedef struct
{
  const char  *body_upper;      /* "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG" */
  const char  *body;            /* the issuing unit, upper case */
  const char  *number;          /* "Số: 12/TTr-BQLDA" */
  const char  *place_date;      /* "Hà Nội, ngày 15 tháng 01 năm 2022" */
  const char  *title;           /* "TỜ TRÌNH" */
  const char  *subtitle;        /* "Về việc …" */
  const char  *recipient;       /* "Kính gửi: …", or NULL */
  GPtrArray   *paragraphs;      /* char* */
  const char  *signer_title;    /* "GIÁM ĐỐC" */
  const char  *signer_name;
  const char  *seal_text;       /* text around the seal */
  const char  *copies;          /* "Nơi nhận: …" */
} VdDemoPaper;

typedef struct _VdDemoPapers VdDemoPapers;

GBytes       *vd_demo_pdf_render     (const VdDemoPaper  *paper,
                                      guint64             seed,
                                      int                *n_pages,
                                      GCancellable       *cancellable,
                                      GError            **error);

/* ---- The run */

typedef struct
{
  VdStore            *store;
  VdDemoScale         scale;
  gboolean            large;
  int                 first_year;   /* first rated year */
  int                 last_year;    /* last rated year; awards decided the next year */

  GArray             *units;        /* VdDemoUnit, preorder; [0] is the ministry */
  GArray             *people;       /* VdDemoPerson, grouped by unit in unit order */
  GArray             *blocs;        /* VdDemoBloc */
  int                 pinned;       /* index of Nguyễn Văn Dũng */
  gint64              kind_ids[VD_DEMO_N_KINDS];

  /* Campaigns the awards and dossiers refer to. */
  gint64              annual_campaign[VD_DEMO_MAX_YEARS + 1];
  gint64              anniversary_campaign;
  gint64              covid_campaign;

  /* Leaders who sign the ministry's and the state's decisions. */
  GHashTable         *signers;       /* "office/term" → name */

  GHashTable         *numbers_used;  /* "ISSUER/YEAR/SEQ" */
  GPtrArray          *audit_triggers; /* name, sql, name, sql… while set aside */
  VdDemoPapers       *papers;

  VdDemoProgressFunc  progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
  double              stage_from;
  double              stage_to;
  char               *stage_label;
  double              last_reported;
} VdDemoContext;

#define VD_DEMO_UNIT(ctx, i)    (&g_array_index ((ctx)->units, VdDemoUnit, (i)))
#define VD_DEMO_PERSON(ctx, i)  (&g_array_index ((ctx)->people, VdDemoPerson, (i)))
#define VD_DEMO_YEAR_INDEX(ctx, year) ((year) - (ctx)->first_year)

gboolean  vd_demo_stage         (VdDemoContext  *ctx,
                                 double          to,
                                 char           *label,
                                 GError        **error);
gboolean  vd_demo_tick          (VdDemoContext  *ctx,
                                 double          fraction,
                                 GError        **error);

/* Dates and small text helpers */
char     *vd_demo_date          (int             year,
                                 int             month,
                                 int             day);
char     *vd_demo_date_random   (VdDemoRng      *rng,
                                 int             year,
                                 int             month_from,
                                 int             month_to);
char     *vd_demo_date_long     (const char     *place,
                                 const char     *iso_date);
char     *vd_demo_full_name     (VdDemoContext  *ctx,
                                 int             person);
void      vd_demo_bind_text     (sqlite3_stmt   *stmt,
                                 int             index,
                                 const char     *text);
void      vd_demo_bind_id       (sqlite3_stmt   *stmt,
                                 int             index,
                                 gint64          id);

/* Steps, in the order vd-demo.c runs them */
void      vd_demo_org_build          (VdDemoContext  *ctx);
gboolean  vd_demo_org_insert         (VdDemoContext  *ctx,
                                      GError        **error);
int       vd_demo_org_find           (VdDemoContext  *ctx,
                                      const char     *name);
const char *vd_demo_org_head_title   (VdDemoOrgType   type,
                                      gboolean        deputy);
VdDemoOrgType vd_demo_org_field      (VdDemoContext  *ctx,
                                      int             index);

gboolean  vd_demo_people_generate    (VdDemoContext  *ctx,
                                      GError        **error);
gboolean  vd_demo_people_rate        (VdDemoContext  *ctx,
                                      GError        **error);

gboolean  vd_demo_blocs_generate     (VdDemoContext  *ctx,
                                      GError        **error);
gboolean  vd_demo_campaigns_mark_follow_ups (VdDemoContext  *ctx,
                                             GError        **error);
gboolean  vd_demo_campaigns_generate (VdDemoContext  *ctx,
                                      GError        **error);

void      vd_demo_decisions_init     (VdDemoContext  *ctx);
const char *vd_demo_signer           (VdDemoContext  *ctx,
                                      const char     *office,
                                      int             year);
gint64    vd_demo_decision_insert    (VdDemoContext  *ctx,
                                      const char     *issuer,
                                      int             sequence,
                                      const char     *signed_on,
                                      const char     *signer_name,
                                      const char     *signer_title,
                                      const char     *authority,
                                      const char     *title,
                                      gint64          dossier_id,
                                      GError        **error);
int       vd_demo_decision_sequence  (VdDemoContext  *ctx,
                                      const char     *issuer,
                                      const char     *signed_on,
                                      double          per_day);
void      vd_demo_decision_reserve   (VdDemoContext  *ctx,
                                      const char     *issuer,
                                      int             year,
                                      int             sequence);

gboolean  vd_demo_awards_generate    (VdDemoContext  *ctx,
                                      GError        **error);
gboolean  vd_demo_awards_revoke_some (VdDemoContext  *ctx,
                                      GError        **error);
gboolean  vd_demo_eligibility_case   (VdDemoContext  *ctx,
                                      GError        **error);

gint64    vd_demo_dossier_insert     (VdDemoContext  *ctx,
                                      const char     *title,
                                      int             unit,
                                      gint64          campaign_id,
                                      int             year,
                                      const char     *status,
                                      const char     *reference,
                                      const char     *created_on,
                                      const char     *submitted_on,
                                      const char     *note,
                                      GError        **error);
void      vd_demo_dossier_attach_papers (VdDemoContext *ctx,
                                      gint64          dossier_id,
                                      int             unit,
                                      int             year,
                                      const char     *added_on,
                                      gboolean        with_minutes);
gint64    vd_demo_nomination_insert  (VdDemoContext  *ctx,
                                      gint64          dossier_id,
                                      int             person,
                                      int             unit,
                                      VdDemoKind      kind,
                                      const char     *achievement,
                                      int             votes_for,
                                      int             votes_total,
                                      const char     *outcome,
                                      GError        **error);
char     *vd_demo_submission_reference (VdDemoContext *ctx,
                                      int             unit,
                                      const char     *date);
gboolean  vd_demo_dossiers_current   (VdDemoContext  *ctx,
                                      GError        **error);

VdDemoPapers *vd_demo_papers_start   (VdDemoContext  *ctx);
void      vd_demo_papers_free        (VdDemoPapers   *papers);
void      vd_demo_document_add       (VdDemoContext  *ctx,
                                      VdDemoPaperKind kind,
                                      guint           variant,
                                      gint64          dossier_id,
                                      gint64          decision_id,
                                      gint64          covenant_id,
                                      const char     *title,
                                      const char     *filename,
                                      const char     *added_on);
gboolean  vd_demo_documents_flush    (VdDemoContext  *ctx,
                                      GError        **error);

G_END_DECLS
