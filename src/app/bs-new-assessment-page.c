/* bs-new-assessment-page.c: the details of a new assessment, before the walk-through starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bs-text-limit.h"
#include "bs-display.h"
#include "bs-new-assessment-page.h"

struct _BsNewAssessmentPage
{
  GtkWidget             parent_instance;

  GtkWidget            *scrolled;
  BsFramework          *framework;
  /* level id → its GtkCheckButton, in the framework's order */
  GPtrArray            *level_ids;
  GPtrArray            *level_checks;
  GPtrArray            *level_rows;
  GtkFileChooserNative *chooser;

  AdwEntryRow          *title_row;
  AdwEntryRow          *institution_row;
  AdwEntryRow          *unit_row;
  AdwComboRow          *unit_level_row;
  AdwEntryRow          *date_row;
  AdwEntryRow          *facilitator_row;
  AdwActionRow         *framework_row;
  AdwPreferencesGroup  *levels_group;
  GtkListBox           *participants_list;
  GtkWidget            *create_button;
};

G_DEFINE_FINAL_TYPE (BsNewAssessmentPage, bs_new_assessment_page, GTK_TYPE_WIDGET)

enum {
  CREATE,
  CANCEL,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
set_error (gpointer widget,
           gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (widget), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (widget), "error");
}

static void
participant_remove_cb (GtkButton           *button,
                       BsNewAssessmentPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->participants_list, row);
}

/* A unit of a level is assessed at that level, at least. */
static void
unit_level_selected_cb (BsNewAssessmentPage *self)
{
  guint position = adw_combo_row_get_selected (self->unit_level_row);

  if (position < self->level_checks->len)
    gtk_check_button_set_active (g_ptr_array_index (self->level_checks, position), TRUE);
}

static void
rebuild_levels (BsNewAssessmentPage *self)
{
  GListModel *levels = bs_framework_get_levels (self->framework);
  const char *lang = bs_default_language ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->level_rows->len; i++)
    adw_preferences_group_remove (self->levels_group, g_ptr_array_index (self->level_rows, i));
  g_ptr_array_set_size (self->level_rows, 0);
  g_ptr_array_set_size (self->level_checks, 0);
  g_ptr_array_set_size (self->level_ids, 0);

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Named by its row: the action row labels the widget it activates. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bs_level_get_title_text (level, lang));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bs_level_get_description_text (level, lang));
      /* The whole description: it says what the level covers, and the
       * choice depends on it. */
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->levels_group, row);

      g_ptr_array_add (self->level_rows, row);
      g_ptr_array_add (self->level_checks, check);
      g_ptr_array_add (self->level_ids, g_strdup (bs_level_get_id (level)));
      gtk_string_list_append (names, bs_level_get_title_text (level, lang));
    }

  adw_combo_row_set_model (self->unit_level_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->unit_level_row, 0);
}

static void
show_error (BsNewAssessmentPage *self,
            const char          *heading,
            const char          *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (BsNewAssessmentPage  *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BsFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      framework = bs_framework_new_from_file (path, &error);

      if (framework != NULL)
        bs_new_assessment_page_set_framework (self, framework);
      else
        show_error (self, _("Could Not Open Framework"), error->message);
    }

  g_clear_object (&self->chooser);
}

static void
other_framework_cb (BsNewAssessmentPage *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Framework files"));
  gtk_file_filter_add_pattern (filter, "*.xml");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Framework"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_participant_cb (BsNewAssessmentPage *self)
{
  bs_new_assessment_page_add_participant (self, NULL, NULL);
}

static void
create_cb (BsNewAssessmentPage *self)
{
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) levels = NULL;
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *stripped = g_strstrip (g_strdup (title));
  gboolean have_level = FALSE;
  guint unit_level;

  for (guint i = 0; i < self->level_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->level_checks, i)))
      {
        g_strv_builder_add (builder, g_ptr_array_index (self->level_ids, i));
        have_level = TRUE;
      }

  set_error (self->title_row, stripped[0] == '\0');
  set_error (self->date_row, date[0] != '\0' && !bs_display_is_iso_date (date));
  set_error (self->levels_group, !have_level);

  if (gtk_widget_has_css_class (GTK_WIDGET (self->title_row), "error"))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }
  if (gtk_widget_has_css_class (GTK_WIDGET (self->date_row), "error"))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  if (!have_level)
    return;

  levels = g_strv_builder_end (builder);
  assessment = bs_assessment_new (self->framework);
  bs_assessment_set_title (assessment, title);
  bs_assessment_set_institution (assessment, gtk_editable_get_text (GTK_EDITABLE (self->institution_row)));
  bs_assessment_set_unit (assessment, gtk_editable_get_text (GTK_EDITABLE (self->unit_row)));
  bs_assessment_set_date (assessment, date);
  bs_assessment_set_facilitator (assessment, gtk_editable_get_text (GTK_EDITABLE (self->facilitator_row)));
  bs_assessment_set_levels (assessment, (const char * const *) levels);

  unit_level = adw_combo_row_get_selected (self->unit_level_row);
  if (unit_level < self->level_ids->len)
    bs_assessment_set_unit_level (assessment, g_ptr_array_index (self->level_ids, unit_level));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->participants_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkEditable *name = g_object_get_data (G_OBJECT (row), "name-entry");
      GtkEditable *role = g_object_get_data (G_OBJECT (row), "role-entry");

      if (name != NULL && gtk_editable_get_text (name)[0] != '\0')
        bs_assessment_add_participant (assessment, gtk_editable_get_text (name), gtk_editable_get_text (role));
    }

  g_signal_emit (self, signals [CREATE], 0, assessment);
}

static void
cancel_cb (BsNewAssessmentPage *self)
{
  g_signal_emit (self, signals [CANCEL], 0);
}

static void
bs_new_assessment_page_dispose (GObject *object)
{
  BsNewAssessmentPage *self = (BsNewAssessmentPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_NEW_ASSESSMENT_PAGE);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (bs_new_assessment_page_parent_class)->dispose (object);
}

static void
bs_new_assessment_page_finalize (GObject *object)
{
  BsNewAssessmentPage *self = (BsNewAssessmentPage *) object;

  g_ptr_array_unref (self->level_ids);
  g_ptr_array_unref (self->level_checks);
  g_ptr_array_unref (self->level_rows);

  G_OBJECT_CLASS (bs_new_assessment_page_parent_class)->finalize (object);
}

static void
bs_new_assessment_page_class_init (BsNewAssessmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_new_assessment_page_dispose;
  object_class->finalize = bs_new_assessment_page_finalize;

  /**
   * BsNewAssessmentPage::create:
   * @assessment: the new assessment, with the details filled in
   *
   * Emitted when the user asks to start the assessment.
   */
  signals [CREATE] =
    g_signal_new ("create",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BS_TYPE_ASSESSMENT);

  /**
   * BsNewAssessmentPage::cancel:
   *
   * Emitted when the user gives up on a new assessment.
   */
  signals [CANCEL] =
    g_signal_new ("cancel",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-new-assessment-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, institution_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, unit_level_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, framework_row);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, levels_group);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, participants_list);
  gtk_widget_class_bind_template_child (widget_class, BsNewAssessmentPage, create_button);
  gtk_widget_class_bind_template_callback (widget_class, other_framework_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_participant_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bs_new_assessment_page_init (BsNewAssessmentPage *self)
{
  self->level_ids = g_ptr_array_new_with_free_func (g_free);
  self->level_checks = g_ptr_array_new ();
  self->level_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  bs_text_limit_attach (GTK_WIDGET (self->title_row));
  bs_text_limit_attach (GTK_WIDGET (self->institution_row));
  bs_text_limit_attach (GTK_WIDGET (self->unit_row));
  bs_text_limit_attach (GTK_WIDGET (self->date_row));
  bs_text_limit_attach (GTK_WIDGET (self->facilitator_row));

  g_signal_connect_object (self->unit_level_row, "notify::selected", G_CALLBACK (unit_level_selected_cb),
                           self, G_CONNECT_SWAPPED);
  bs_new_assessment_page_reset (self, NULL);
}

/**
 * bs_new_assessment_page_reset:
 * @facilitator: (nullable): who is filled in as the facilitator
 *
 * Empties the form for another assessment with the default framework.
 */
void
bs_new_assessment_page_reset (BsNewAssessmentPage *self,
                              const char          *facilitator)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *row;

  g_return_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->institution_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->facilitator_row), facilitator != NULL ? facilitator : "");
  set_error (self->title_row, FALSE);
  set_error (self->date_row, FALSE);
  set_error (self->levels_group, FALSE);

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->participants_list))) != NULL)
    gtk_list_box_remove (self->participants_list, row);

  bs_new_assessment_page_set_framework (self, bs_framework_get_default ());
}

/**
 * bs_new_assessment_page_set_framework:
 *
 * Makes @framework the one the new assessment uses.
 */
void
bs_new_assessment_page_set_framework (BsNewAssessmentPage *self,
                                      BsFramework         *framework)
{
  const char *lang = bs_default_language ();
  const char *path;

  g_return_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self));
  g_return_if_fail (BS_IS_FRAMEWORK (framework));

  g_set_object (&self->framework, framework);

  path = bs_framework_get_path (framework);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->framework_row),
                                 bs_localized_get (bs_framework_get_title (framework), lang));
  if (framework == bs_framework_get_default () || path == NULL)
    adw_action_row_set_subtitle (self->framework_row, _("Built in"));
  else
    adw_action_row_set_subtitle (self->framework_row, path);

  rebuild_levels (self);
}

/**
 * bs_new_assessment_page_get_entry:
 * @field: "title", "institution", "unit", "date" or "facilitator"
 *
 * Returns: (transfer none): the entry of @field
 */
GtkEditable *
bs_new_assessment_page_get_entry (BsNewAssessmentPage *self,
                                  const char          *field)
{
  g_return_val_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self), NULL);

  if (g_str_equal (field, "title"))
    return GTK_EDITABLE (self->title_row);
  if (g_str_equal (field, "institution"))
    return GTK_EDITABLE (self->institution_row);
  if (g_str_equal (field, "unit"))
    return GTK_EDITABLE (self->unit_row);
  if (g_str_equal (field, "date"))
    return GTK_EDITABLE (self->date_row);
  if (g_str_equal (field, "facilitator"))
    return GTK_EDITABLE (self->facilitator_row);

  g_return_val_if_reached (NULL);
}

/**
 * bs_new_assessment_page_get_level_check:
 *
 * Returns: (transfer none) (nullable): the check button that includes
 *   @level_id
 */
GtkCheckButton *
bs_new_assessment_page_get_level_check (BsNewAssessmentPage *self,
                                        const char          *level_id)
{
  g_return_val_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self), NULL);

  for (guint i = 0; i < self->level_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->level_ids, i), level_id))
      return g_ptr_array_index (self->level_checks, i);

  return NULL;
}

/**
 * bs_new_assessment_page_add_participant:
 * @name: (nullable): filled in, for restoring a form
 * @role: (nullable): likewise
 *
 * Adds a row for one more participant and focuses it.
 */
void
bs_new_assessment_page_add_participant (BsNewAssessmentPage *self,
                                        const char          *name,
                                        const char          *role)
{
  GtkWidget *row, *box, *name_entry, *role_entry, *remove;

  g_return_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  name_entry = gtk_entry_new ();
  bs_text_limit_attach (name_entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (name_entry), _("Name"));
  gtk_widget_set_hexpand (name_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (name_entry), 8);
  gtk_editable_set_text (GTK_EDITABLE (name_entry), name != NULL ? name : "");
  gtk_box_append (GTK_BOX (box), name_entry);

  role_entry = gtk_entry_new ();
  bs_text_limit_attach (role_entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (role_entry), _("Role"));
  gtk_widget_set_hexpand (role_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (role_entry), 8);
  gtk_editable_set_text (GTK_EDITABLE (role_entry), role != NULL ? role : "");
  gtk_box_append (GTK_BOX (box), role_entry);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Remove participant"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (participant_remove_cb), self, 0);
  gtk_box_append (GTK_BOX (box), remove);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "name-entry", name_entry);
  g_object_set_data (G_OBJECT (row), "role-entry", role_entry);
  gtk_list_box_append (self->participants_list, row);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (name_entry);
}

/**
 * bs_new_assessment_page_get_create_button:
 *
 * Returns: (transfer none): the button that starts the assessment
 */
GtkWidget *
bs_new_assessment_page_get_create_button (BsNewAssessmentPage *self)
{
  g_return_val_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self), NULL);

  return self->create_button;
}

/**
 * bs_new_assessment_page_get_unit_level_row:
 *
 * Returns: (transfer none): the row that says at which level the unit is
 */
AdwComboRow *
bs_new_assessment_page_get_unit_level_row (BsNewAssessmentPage *self)
{
  g_return_val_if_fail (BS_IS_NEW_ASSESSMENT_PAGE (self), NULL);

  return self->unit_level_row;
}
