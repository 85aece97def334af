/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaignEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-campaign-editor.h"
#include "vd-campaign-files.h"
#include "vd-pdf-check.h"
#include "vd-campaigns-ics.h"
#include "vd-campaigns.h"
#include "vd-date.h"

/* Edits a campaign and its milestones in one go: nothing is written until
 * Save, which writes all of it in one transaction or, when a rule is
 * broken, nothing, and says which and what to do above the form. */

struct _VdCampaignEditor
{
  AdwWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  AdwEntryRow     *name_row;
  AdwEntryRow     *slogan_row;
  AdwComboRow     *kind_row;
  AdwEntryRow     *starts_row;
  AdwEntryRow     *ends_row;
  AdwComboRow     *scope_row;
  AdwEntryRow     *launched_by_row;
  AdwEntryRow     *reference_row;
  AdwComboRow     *unit_row;
  AdwComboRow     *bloc_row;
  AdwEntryRow     *description_row;
  GtkListBox      *milestone_list;
  GtkWidget       *results_group;
  GtkLabel        *dossiers_label;
  GtkLabel        *awards_label;
  GtkWidget       *delete_button;
  AdwPreferencesGroup *participants_group;
  AdwComboRow     *participant_row;
  AdwPreferencesGroup *documents_group;
  GtkWidget       *attach_button;

  /* owned references */
  VdStore         *store;
  VdCampaign      *campaign;    /* as loaded, or a new one */
  GArray          *unit_ids;    /* gint64, index of unit_row (0 = none) */
  GArray          *bloc_ids;
  GtkFileChooserNative *chooser;
  GtkFileChooserNative *pdf_chooser;
  GPtrArray       *participant_choices;  /* VdCampaignParticipant*, index + 1 of participant_row */
  GPtrArray       *participant_rows;     /* AdwActionRow*, each with its "participant" */
  GPtrArray       *document_rows;        /* AdwActionRow* */
};

G_DEFINE_FINAL_TYPE (VdCampaignEditor, vd_campaign_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The widgets of one milestone's expander row. */
typedef struct
{
  gint64       id;
  gboolean     done_before;
  AdwEntryRow *title;
  AdwComboRow *kind;
  AdwEntryRow *date;
  AdwEntryRow *note;
  GtkSwitch   *follow_up;
  GtkSwitch   *done;
} MilestoneRow;

static void
show_error (VdCampaignEditor *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  if (message != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->error_label));
}

typedef enum
{
  LIST_CAMPAIGN_KINDS,
  LIST_SCOPES,
  LIST_MILESTONE_KINDS,
} ListKind;

static GtkStringList *
string_list (ListKind which)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  switch (which)
    {
    case LIST_CAMPAIGN_KINDS:
      for (int i = 0; i < VD_N_CAMPAIGN_KINDS; i++)
        gtk_string_list_append (list, vd_campaign_kind_label (i));
      /* Special campaigns are flagged, not a kind (see vd-campaigns.h). */
      gtk_string_list_append (list, _("Special"));
      break;
    case LIST_SCOPES:
      for (int i = 0; i < VD_N_CAMPAIGN_SCOPES; i++)
        gtk_string_list_append (list, vd_campaign_scope_label (i));
      break;
    case LIST_MILESTONE_KINDS:
    default:
      for (int i = 0; i < VD_N_MILESTONE_KINDS; i++)
        gtk_string_list_append (list, vd_milestone_kind_label (i));
      break;
    }
  return list;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
get_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
display_date (const char *iso)
{
  return iso != NULL ? vd_date_to_display (iso) : g_strdup ("");
}

static void
update_milestone_row (AdwExpanderRow *expander)
{
  MilestoneRow *row = g_object_get_data (G_OBJECT (expander), "milestone");
  g_autofree char *title = get_text (row->title);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = g_markup_escape_text (*title ? title : _("New milestone"), -1);

  /* Translators: a milestone's date, then its type. */
  subtitle = g_strdup_printf (_("%s · %s"), gtk_editable_get_text (GTK_EDITABLE (row->date)),
                              vd_milestone_kind_label (adw_combo_row_get_selected (row->kind)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), escaped);
  adw_expander_row_set_subtitle (expander, subtitle);
}

static void
on_remove_milestone_clicked (GtkButton      *button,
                             AdwExpanderRow *expander)
{
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (expander), GTK_TYPE_LIST_BOX);

  gtk_list_box_remove (GTK_LIST_BOX (list), GTK_WIDGET (expander));
}

static GtkWidget *
switch_row (const char  *title,
            const char  *subtitle,
            GtkSwitch  **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  *out = GTK_SWITCH (toggle);
  return row;
}

static AdwExpanderRow *
add_milestone_row (VdCampaignEditor  *self,
                   const VdMilestone *milestone)
{
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  MilestoneRow *row = g_new0 (MilestoneRow, 1);
  g_autoptr(GtkStringList) kinds = string_list (LIST_MILESTONE_KINDS);
  g_autofree char *date = display_date (milestone->due_on);
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Milestone"));

  row->id = milestone->id;
  row->title = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->title), _("Title"));
  set_text (row->title, milestone->title);
  row->kind = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->kind), _("Type"));
  adw_combo_row_set_model (row->kind, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (row->kind, milestone->kind);
  row->date = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->date), _("Date (dd/mm/yyyy)"));
  set_text (row->date, date);
  row->note = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->note), _("Note"));
  set_text (row->note, milestone->note);

  adw_expander_row_add_row (expander, GTK_WIDGET (row->title));
  adw_expander_row_add_row (expander, GTK_WIDGET (row->kind));
  adw_expander_row_add_row (expander, GTK_WIDGET (row->date));
  adw_expander_row_add_row (expander, GTK_WIDGET (row->note));
  adw_expander_row_add_row (expander, switch_row (_("Follow-up"), _("May fall outside the campaign’s dates"),
                                                  &row->follow_up));
  adw_expander_row_add_row (expander, switch_row (_("Done"), NULL, &row->done));
  gtk_switch_set_active (row->follow_up, milestone->follow_up);
  gtk_switch_set_active (row->done, milestone->done);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_milestone_clicked), expander);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (expander, remove_row);

  g_object_set_data_full (G_OBJECT (expander), "milestone", row, g_free);
  g_signal_connect_swapped (row->title, "changed", G_CALLBACK (update_milestone_row), expander);
  g_signal_connect_swapped (row->date, "changed", G_CALLBACK (update_milestone_row), expander);
  g_signal_connect_swapped (row->kind, "notify::selected", G_CALLBACK (update_milestone_row), expander);
  update_milestone_row (expander);
  gtk_list_box_append (self->milestone_list, GTK_WIDGET (expander));
  return expander;
}

static void
fill_choices (VdCampaignEditor *self,
              AdwComboRow      *combo,
              GArray           *ids,
              GPtrArray        *choices,
              const char       *none,
              gint64            selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint position = 0;
  gint64 zero = 0;

  gtk_string_list_append (list, none);
  g_array_append_val (ids, zero);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      VdChoice *choice = g_ptr_array_index (choices, i);

      gtk_string_list_append (list, choice->name);
      g_array_append_val (ids, choice->id);
      if (choice->id == selected)
        position = i + 1;
    }
  adw_combo_row_set_model (combo, G_LIST_MODEL (list));
  adw_combo_row_set_selected (combo, position);
}

static void load_participants (VdCampaignEditor *self,
                               GPtrArray        *units,
                               GPtrArray        *blocs);
static void load_documents    (VdCampaignEditor *self);

static void
load (VdCampaignEditor *self)
{
  VdCampaign *c = self->campaign;
  g_autoptr(GtkStringList) kinds = string_list (LIST_CAMPAIGN_KINDS);
  g_autoptr(GtkStringList) scopes = string_list (LIST_SCOPES);
  g_autoptr(GPtrArray) units = vd_campaigns_list_units (self->store, NULL);
  g_autoptr(GPtrArray) blocs = vd_campaigns_list_blocs (self->store, NULL);
  g_autofree char *starts = display_date (c->starts_on);
  g_autofree char *ends = display_date (c->ends_on);

  adw_window_title_set_title (self->window_title, c->id != 0 ? _("Edit Campaign") : _("New Campaign"));
  set_text (self->name_row, c->name);
  set_text (self->slogan_row, c->slogan);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, c->special ? VD_N_CAMPAIGN_KINDS : c->kind);
  set_text (self->starts_row, starts);
  set_text (self->ends_row, ends);
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  adw_combo_row_set_selected (self->scope_row, c->scope);
  set_text (self->launched_by_row, c->launched_by);
  set_text (self->reference_row, c->launch_reference);
  fill_choices (self, self->unit_row, self->unit_ids, units, _("None"), c->unit_id);
  fill_choices (self, self->bloc_row, self->bloc_ids, blocs, _("None"), c->bloc_id);
  set_text (self->description_row, c->description);

  for (guint i = 0; i < c->milestones->len; i++)
    add_milestone_row (self, g_ptr_array_index (c->milestones, i));

  load_participants (self, units, blocs);
  load_documents (self);
  gtk_widget_set_visible (self->results_group, c->id != 0);
  gtk_widget_set_visible (self->delete_button, c->id != 0);
  if (c->id != 0)
    {
      guint dossiers = 0, awards = 0;
      g_autofree char *d = NULL, *a = NULL;

      vd_campaigns_count_links (self->store, c->id, &dossiers, &awards, NULL);
      d = g_strdup_printf ("%u", dossiers);
      a = g_strdup_printf ("%u", awards);
      gtk_label_set_label (self->dossiers_label, d);
      gtk_label_set_label (self->awards_label, a);
    }
}

/* ---- Participants: edited here, written by the campaign's save ---- */

static void
on_remove_participant_clicked (GtkButton        *button,
                               VdCampaignEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);

  g_ptr_array_remove (self->participant_rows, row);
  adw_preferences_group_remove (self->participants_group, row);
}

static gboolean
has_participant (VdCampaignEditor            *self,
                 const VdCampaignParticipant *participant)
{
  for (guint i = 0; i < self->participant_rows->len; i++)
    {
      VdCampaignParticipant *p = g_object_get_data (g_ptr_array_index (self->participant_rows, i), "participant");

      if (p->unit_id == participant->unit_id && p->bloc_id == participant->bloc_id)
        return TRUE;
    }
  return FALSE;
}

static void
add_participant_row (VdCampaignEditor            *self,
                     const VdCampaignParticipant *participant)
{
  VdCampaignParticipant *copy = vd_campaign_participant_new (participant->unit_id, participant->bloc_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = NULL;

  copy->name = g_strdup (participant->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), copy->name != NULL ? copy->name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), copy->unit_id > 0 ? _("Unit") : _("Bloc"));
  label = g_strdup_printf (_("Remove %s"), copy->name != NULL ? copy->name : "");
  gtk_widget_set_tooltip_text (remove, _("Remove Participant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_participant_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data_full (G_OBJECT (row), "participant", copy, (GDestroyNotify) vd_campaign_participant_free);
  g_ptr_array_add (self->participant_rows, row);
  adw_preferences_group_add (self->participants_group, row);
}

static void
load_participants (VdCampaignEditor *self,
                   GPtrArray        *units,
                   GPtrArray        *blocs)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Choose…"));
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      VdChoice *choice = g_ptr_array_index (units, i);
      VdCampaignParticipant *p = vd_campaign_participant_new (choice->id, 0);

      p->name = g_strdup (choice->name);
      g_ptr_array_add (self->participant_choices, p);
      gtk_string_list_append (list, choice->name);
    }
  for (guint i = 0; blocs != NULL && i < blocs->len; i++)
    {
      VdChoice *choice = g_ptr_array_index (blocs, i);
      VdCampaignParticipant *p = vd_campaign_participant_new (0, choice->id);

      p->name = g_strdup (choice->name);
      g_ptr_array_add (self->participant_choices, p);
      gtk_string_list_append (list, choice->name);
    }
  adw_combo_row_set_model (self->participant_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->participant_row, 0);

  for (guint i = 0; self->campaign->participants != NULL && i < self->campaign->participants->len; i++)
    add_participant_row (self, g_ptr_array_index (self->campaign->participants, i));
}

static void
add_participant_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (widget);
  guint selected = adw_combo_row_get_selected (self->participant_row);
  VdCampaignParticipant *choice;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->participant_choices->len)
    {
      show_error (self, _("Choose a unit or bloc in the list, then add it."));
      return;
    }
  choice = g_ptr_array_index (self->participant_choices, selected - 1);
  if (!has_participant (self, choice))
    add_participant_row (self, choice);
  adw_combo_row_set_selected (self->participant_row, 0);
}

/* ---- Documents: attached and removed at once, not with Save ---- */

static void
toast (VdCampaignEditor *self,
       const char       *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
on_open_document_clicked (GtkButton        *button,
                          VdCampaignEditor *self)
{
  VdCampaignDocument *document = g_object_get_data (G_OBJECT (button), "document");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  bytes = vd_campaign_documents_dup_bytes (self->store, document->id, &error);
  /* A copy in the cache for the viewer: the archive itself stays one file.
   * Named by content, so opening twice reuses it. */
  dir = g_build_filename (g_get_user_cache_dir (), "vinh-danh", "documents", document->sha256, NULL);
  base = g_path_get_basename (document->filename);
  path = g_build_filename (dir, base, NULL);
  if (bytes == NULL
      || g_mkdir_with_parents (dir, 0700) != 0
      || !g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      show_error (self, error != NULL ? error->message : _("The document could not be copied for the viewer. Check the space left on the disk."));
      return;
    }
  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
on_remove_document_clicked (GtkButton        *button,
                            VdCampaignEditor *self)
{
  VdCampaignDocument *document = g_object_get_data (G_OBJECT (button), "document");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!vd_campaign_documents_remove (self->store, document->id, &error))
    {
      show_error (self, error->message);
      return;
    }
  message = g_strdup_printf (_("Removed “%s”"), document->filename);
  toast (self, message);
  load_documents (self);
}

static GtkWidget *
document_button (VdCampaignEditor   *self,
                 VdCampaignDocument *document,
                 const char         *icon,
                 const char         *tooltip,
                 const char         *label,
                 GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "document", document);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
load_documents (VdCampaignEditor *self)
{
  g_autoptr(GPtrArray) documents = NULL;

  for (guint i = 0; i < self->document_rows->len; i++)
    adw_preferences_group_remove (self->documents_group, g_ptr_array_index (self->document_rows, i));
  g_ptr_array_set_size (self->document_rows, 0);

  gtk_widget_set_sensitive (self->attach_button, self->campaign->id != 0);
  if (self->campaign->id == 0)
    {
      adw_preferences_group_set_description (self->documents_group,
                                             _("Save the campaign first, then attach its plan or other PDFs."));
      return;
    }
  documents = vd_campaign_documents_list (self->store, self->campaign->id, NULL);
  adw_preferences_group_set_description (self->documents_group,
                                         documents == NULL || documents->len == 0
                                         ? _("No documents yet. Attach the plan or decision as a PDF; it is stored in the archive at once.")
                                         : _("Stored in the archive at once, without Save"));
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      VdCampaignDocument *document = g_ptr_array_index (documents, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *size = g_format_size (document->size);
      g_autofree char *subtitle = NULL;
      g_autofree char *open_label = g_strdup_printf (_("Open %s"), document->filename);
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), document->filename);

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page · %s", "%d pages · %s",
                                               document->page_count),
                                  document->page_count, size);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), document->filename);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-document-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 document_button (self, document, "document-open-symbolic", _("Open"),
                                                  open_label, G_CALLBACK (on_open_document_clicked)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 document_button (self, document, "user-trash-symbolic", _("Remove Document"),
                                                  remove_label, G_CALLBACK (on_remove_document_clicked)));
      /* The buttons point at the document: the row keeps it alive. */
      g_object_set_data_full (G_OBJECT (row), "document", document, (GDestroyNotify) vd_campaign_document_free);
      documents->pdata[i] = NULL;
      g_ptr_array_add (self->document_rows, row);
      adw_preferences_group_add (self->documents_group, row);
    }
}

static void
attach_file (VdCampaignEditor *self,
             GFile            *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;
  int pages = 0;

  /* Refused before reading: no point loading a 2 GB scan to say no. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > VD_CAMPAIGN_DOCUMENT_MAX_SIZE)
    {
      show_error (self, _("The file is larger than 50 MB. Save a smaller PDF (for example scanned at a lower resolution) and attach that."));
      return;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL
      || !vd_pdf_check (bytes, &pages, &error)
      || vd_campaign_documents_attach (self->store, self->campaign->id, name, bytes, pages, &error) == 0)
    {
      show_error (self, error->message);
      return;
    }
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  message = g_strdup_printf (_("Attached “%s”"), name);
  toast (self, message);
  load_documents (self);
}

static void
on_pdf_chooser_response (GtkNativeDialog  *chooser,
                         int               response,
                         VdCampaignEditor *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->pdf_chooser);
  if (file != NULL)
    attach_file (self, file);
}

static void
attach_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->campaign->id == 0)
    return;
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  self->pdf_chooser = gtk_file_chooser_native_new (_("Attach PDF"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->pdf_chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->pdf_chooser), TRUE);
  g_signal_connect (self->pdf_chooser, "response", G_CALLBACK (on_pdf_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->pdf_chooser));
}

/* The form as a campaign, or NULL and the message of the first field that
 * cannot be read. */
static VdCampaign *
collect (VdCampaignEditor *self,
         GError          **error)
{
  g_autoptr(VdCampaign) c = vd_campaign_new ();
  g_autofree char *starts = get_text (self->starts_row);
  g_autofree char *ends = get_text (self->ends_row);
  guint unit = adw_combo_row_get_selected (self->unit_row);
  guint bloc = adw_combo_row_get_selected (self->bloc_row);

  c->id = self->campaign->id;
  c->name = get_text (self->name_row);
  c->slogan = get_text (self->slogan_row);
  c->special = adw_combo_row_get_selected (self->kind_row) == VD_N_CAMPAIGN_KINDS;
  c->kind = c->special ? VD_CAMPAIGN_KIND_PHASE : adw_combo_row_get_selected (self->kind_row);
  c->scope = adw_combo_row_get_selected (self->scope_row);
  c->launched_by = get_text (self->launched_by_row);
  c->launch_reference = get_text (self->reference_row);
  c->unit_id = unit < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, unit) : 0;
  c->bloc_id = bloc < self->bloc_ids->len ? g_array_index (self->bloc_ids, gint64, bloc) : 0;
  c->description = get_text (self->description_row);
  c->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_participant_free);
  for (guint i = 0; i < self->participant_rows->len; i++)
    {
      VdCampaignParticipant *p = g_object_get_data (g_ptr_array_index (self->participant_rows, i), "participant");

      g_ptr_array_add (c->participants, vd_campaign_participant_new (p->unit_id, p->bloc_id));
    }

  c->starts_on = vd_date_from_display (starts, NULL);
  if (c->starts_on == NULL)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Enter the start date as dd/mm/yyyy, for example 16/05/2022."));
      return NULL;
    }
  if (*ends != '\0' && (c->ends_on = vd_date_from_display (ends, NULL)) == NULL)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Enter the end date as dd/mm/yyyy, or leave it empty while the campaign has no set end."));
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->milestone_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      MilestoneRow *row = g_object_get_data (G_OBJECT (child), "milestone");
      g_autoptr(VdMilestone) m = NULL;
      g_autofree char *date = NULL;

      if (row == NULL)
        continue;
      m = vd_milestone_new ();
      m->id = row->id;
      m->campaign_id = c->id;
      m->title = get_text (row->title);
      m->kind = adw_combo_row_get_selected (row->kind);
      date = get_text (row->date);
      m->due_on = vd_date_from_display (date, NULL);
      m->note = get_text (row->note);
      m->follow_up = gtk_switch_get_active (row->follow_up);
      m->done = gtk_switch_get_active (row->done);
      if (m->due_on == NULL)
        {
          g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                       _("The milestone “%s” needs a date as dd/mm/yyyy."), *m->title ? m->title : _("New milestone"));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (child), TRUE);
          return NULL;
        }
      g_ptr_array_add (c->milestones, g_steal_pointer (&m));
    }
  return g_steal_pointer (&c);
}

static void
save_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (widget);
  g_autoptr(VdCampaign) c = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  c = collect (self, &error);
  if (c == NULL)
    {
      show_error (self, error->message);
      return;
    }
  if (c->id == 0)
    ok = vd_campaigns_insert (self->store, c, &error) != 0;
  else
    ok = vd_campaigns_update (self->store, c, &error);
  if (!ok)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, c->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_milestone_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (widget);
  g_autoptr(VdMilestone) m = vd_milestone_new ();
  g_autofree char *starts = get_text (self->starts_row);
  g_autofree char *today = vd_date_today_iso ();
  AdwExpanderRow *expander;
  MilestoneRow *row;

  /* Today if the campaign runs now, else its first day. */
  m->due_on = vd_date_from_display (starts, NULL);
  if (m->due_on == NULL || g_strcmp0 (today, m->due_on) > 0)
    {
      g_autofree char *ends_text = get_text (self->ends_row);
      g_autofree char *ends = *ends_text ? vd_date_from_display (ends_text, NULL) : NULL;

      if (m->due_on == NULL || ends == NULL || g_strcmp0 (today, ends) <= 0)
        {
          g_free (m->due_on);
          m->due_on = g_strdup (today);
        }
    }
  expander = add_milestone_row (self, m);
  adw_expander_row_set_expanded (expander, TRUE);
  row = g_object_get_data (G_OBJECT (expander), "milestone");
  gtk_widget_grab_focus (GTK_WIDGET (row->title));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    VdCampaignEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!vd_campaigns_delete (self->store, self->campaign->id, &error))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, (gint64) 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (widget);
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  body = g_strdup_printf (_("“%s” and its milestones will be removed. Its dossiers stay, no longer linked to a campaign."),
                          self->campaign->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Campaign?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Import of milestones from an iCalendar file, with a preview ---- */

static void
on_import_preview_response (AdwMessageDialog *dialog,
                            const char       *response,
                            VdCampaignEditor *self)
{
  GPtrArray *milestones = g_object_get_data (G_OBJECT (dialog), "milestones");

  if (g_strcmp0 (response, "add") != 0)
    return;
  for (guint i = 0; i < milestones->len; i++)
    {
      VdMilestone *m = g_ptr_array_index (milestones, i);
      gboolean replaced = FALSE;

      /* One exported from here before replaces its row. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->milestone_list));
           child != NULL && m->id != 0 && !replaced;
           child = gtk_widget_get_next_sibling (child))
        {
          MilestoneRow *row = g_object_get_data (G_OBJECT (child), "milestone");

          if (row != NULL && row->id == m->id)
            {
              g_autofree char *date = display_date (m->due_on);

              set_text (row->title, m->title);
              set_text (row->date, date);
              set_text (row->note, m->note);
              adw_combo_row_set_selected (row->kind, m->kind);
              gtk_switch_set_active (row->follow_up, m->follow_up);
              replaced = TRUE;
            }
        }
      if (!replaced)
        add_milestone_row (self, m);
    }
  show_error (self, NULL);
  {
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u milestone added; save to keep it",
                                                             "%u milestones added; save to keep them",
                                                             milestones->len), milestones->len);
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  }
}

static void
preview_import (VdCampaignEditor *self,
                const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdCampaign) current = collect (self, &error);
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GString) body = NULL;
  g_autofree char *domain = NULL;
  GtkWidget *dialog;

  if (current == NULL)
    {
      show_error (self, error->message);
      return;
    }
  domain = vd_store_dup_setting (self->store, VD_ICS_UID_DOMAIN_KEY);
  milestones = vd_campaigns_ics_parse (text, current, domain, &error);
  if (milestones == NULL)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import Milestones"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  body = g_string_new (NULL);
  for (guint i = 0; i < milestones->len; i++)
    {
      VdMilestone *m = g_ptr_array_index (milestones, i);
      g_autofree char *date = vd_date_to_display (m->due_on);

      if (i == 12)
        {
          g_string_append_printf (body, "\n…");
          break;
        }
      g_string_append_printf (body, "%s%s  %s (%s)", i > 0 ? "\n" : "", date, m->title, vd_milestone_kind_label (m->kind));
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, body->str);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     g_dngettext (GETTEXT_PACKAGE, "Add %u Milestone?", "Add %u Milestones?",
                                                  milestones->len), milestones->len);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "milestones", g_steal_pointer (&milestones),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_preview_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response (GtkNativeDialog  *chooser,
                     int               response,
                     VdCampaignEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (!g_file_load_contents (file, NULL, &text, NULL, NULL, &error))
    {
      show_error (self, error->message);
      return;
    }
  preview_import (self, text);
}

static void
import_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  self->chooser = gtk_file_chooser_native_new (_("Import Milestones"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
vd_campaign_editor_dispose (GObject *object)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->pdf_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->pdf_chooser));
  g_clear_object (&self->pdf_chooser);
  g_clear_pointer (&self->participant_rows, g_ptr_array_unref);
  g_clear_pointer (&self->document_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_CAMPAIGN_EDITOR);
  G_OBJECT_CLASS (vd_campaign_editor_parent_class)->dispose (object);
}

static void
vd_campaign_editor_finalize (GObject *object)
{
  VdCampaignEditor *self = VD_CAMPAIGN_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->campaign, vd_campaign_free);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->bloc_ids, g_array_unref);
  g_clear_pointer (&self->participant_choices, g_ptr_array_unref);
  G_OBJECT_CLASS (vd_campaign_editor_parent_class)->finalize (object);
}

static void
vd_campaign_editor_class_init (VdCampaignEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_campaign_editor_dispose;
  object_class->finalize = vd_campaign_editor_finalize;

  /**
   * VdCampaignEditor::saved:
   * @id: the campaign saved, or 0 when it was deleted
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-campaign-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, slogan_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, starts_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, ends_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, scope_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, launched_by_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, reference_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, bloc_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, milestone_list);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, results_group);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, dossiers_label);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, awards_label);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, participants_group);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, participant_row);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, documents_group);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignEditor, attach_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-milestone", NULL, add_milestone_cb);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_cb);
  gtk_widget_class_install_action (widget_class, "editor.import", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-participant", NULL, add_participant_cb);
  gtk_widget_class_install_action (widget_class, "editor.attach", NULL, attach_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_campaign_editor_init (VdCampaignEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->bloc_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->participant_choices = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_participant_free);
  self->participant_rows = g_ptr_array_new ();
  self->document_rows = g_ptr_array_new ();
}

/**
 * vd_campaign_editor_new:
 *
 * Returns: (transfer none): the editor, ready to present, or %NULL when the
 *   campaign is gone (a toast-worthy case the caller reports)
 */
VdCampaignEditor *
vd_campaign_editor_new (GtkWindow  *parent,
                        VdStore    *store,
                        gint64      campaign_id,
                        const char *starts_on)
{
  VdCampaignEditor *self;
  VdCampaign *campaign;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  if (campaign_id != 0)
    {
      campaign = vd_campaigns_get (store, campaign_id, NULL);
      if (campaign == NULL)
        return NULL;
    }
  else
    {
      campaign = vd_campaign_new ();
      campaign->starts_on = starts_on != NULL ? g_strdup (starts_on) : vd_date_today_iso ();
    }

  self = g_object_new (VD_TYPE_CAMPAIGN_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->campaign = campaign;
  load (self);
  return self;
}
