/* bs-details-window.c: the open assessment's details, levels and participants, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-text-limit.h"
#include "bs-binding.h"
#include "bs-details-window.h"
#include "bs-display.h"
#include "bs-level-removal.h"

struct _BsDetailsWindow
{
  AdwPreferencesWindow  parent_instance;

  BsAssessment         *assessment;
  GtkWidget            *add_participant_button;
  /* the framework's levels, in its order: ids, check buttons and rows */
  GPtrArray            *level_ids;
  GPtrArray            *level_checks;
  GPtrArray            *level_rows;
  /* the toast of the last level left out, which holds what to restore;
   * weak: the toast overlay owns it */
  AdwToast             *undo_toast;
  /* the widgets are being set from the model: not a user's choice */
  guint                 syncing : 1;

  AdwEntryRow          *title_row;
  AdwEntryRow          *institution_row;
  AdwEntryRow          *unit_row;
  AdwComboRow          *unit_level_row;
  AdwEntryRow          *date_row;
  AdwEntryRow          *facilitator_row;
  AdwPreferencesGroup  *levels_group;
  GtkListBox           *participants_list;
};

G_DEFINE_FINAL_TYPE (BsDetailsWindow, bs_details_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

#define LEVEL_KEY "bs-level-id"
#define REMOVAL_KEY "bs-level-removal"

static void
set_error (gpointer widget,
           gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (widget), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (widget), "error");
}

static const char *
level_title (BsDetailsWindow *self,
             const char      *level_id)
{
  BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (self->assessment), level_id);

  return level != NULL ? bs_level_get_title_text (level, bs_default_language ()) : level_id;
}

static void
include_level (BsDetailsWindow *self,
               const char      *level_id)
{
  const char * const *levels = bs_assessment_get_levels (self->assessment);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  if (bs_assessment_includes_level (self->assessment, level_id))
    return;

  g_strv_builder_addv (builder, (const char **) levels);
  g_strv_builder_add (builder, level_id);
  ids = g_strv_builder_end (builder);
  bs_assessment_set_levels (self->assessment, (const char * const *) ids);
}

static void
sync_levels (BsDetailsWindow *self)
{
  guint n_included = g_strv_length ((char **) bs_assessment_get_levels (self->assessment));

  self->syncing = TRUE;
  for (guint i = 0; i < self->level_ids->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->level_checks, i);
      gboolean included = bs_assessment_includes_level (self->assessment, g_ptr_array_index (self->level_ids, i));
      /* An assessment assesses at least one level. */
      gboolean last = included && n_included == 1;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), included);
      gtk_widget_set_sensitive (g_ptr_array_index (self->level_rows, i), !last);
      gtk_widget_set_tooltip_text (g_ptr_array_index (self->level_rows, i),
                                   last ? _("An assessment includes at least one level") : NULL);
    }
  self->syncing = FALSE;
}

static void
sync_unit_level (BsDetailsWindow *self)
{
  const char *unit_level = bs_assessment_get_unit_level (self->assessment);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; unit_level != NULL && i < self->level_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->level_ids, i), unit_level))
      position = i;

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->unit_level_row, position);
  self->syncing = FALSE;
}

static void
sync_date (BsDetailsWindow *self)
{
  const char *date = bs_assessment_get_date (self->assessment);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  /* What the user is still typing is not overwritten by the value it
   * has not replaced yet. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->date_row), "error"))
    return;

  if (g_strcmp0 (text, date != NULL ? date : "") != 0)
    {
      self->syncing = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
      self->syncing = FALSE;
    }
}

/* Each toast undoes its own removal, so a toast that comes back after
 * another one never undoes the wrong level. */
static void
removal_undo_cb (AdwToast *toast)
{
  bs_level_removal_undo (g_object_get_data (G_OBJECT (toast), REMOVAL_KEY));
}

static void
remove_level (BsDetailsWindow *self,
              const char      *level_id)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: a toast, %s is a level such as "Course level" */
  title = g_strdup_printf (_("“%s” left out"), level_title (self, level_id));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  /* Shown at once, in front of whatever toast was there. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), REMOVAL_KEY,
                          bs_level_removal_apply (self->assessment, level_id),
                          (GDestroyNotify) bs_level_removal_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (removal_undo_cb), NULL);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BsDetailsWindow  *self)
{
  const char *level_id = g_object_get_data (G_OBJECT (dialog), LEVEL_KEY);

  if (g_str_equal (response, "remove") && bs_assessment_includes_level (self->assessment, level_id))
    remove_level (self, level_id);
}

static char *
removal_body (BsDetailsWindow *self,
              const char      *level_id)
{
  guint n_answers = bs_level_removal_count_answers (self->assessment, level_id);
  guint n_notes = bs_level_removal_count_notes (self->assessment, level_id);
  guint n_actions = bs_level_removal_count_actions (self->assessment, level_id);
  g_autoptr(GString) body = g_string_new (NULL);

  if (n_answers > 0)
    g_string_append_printf (body,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "The answer given at this level will be deleted, with its note and evidence.",
                                         "The %u answers given at this level will be deleted, with their notes and evidence.",
                                         n_answers),
                            n_answers);

  if (n_notes > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, ' ');
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "So will the summary, strengths and improvements written for one dimension.",
                                           "So will the summaries, strengths and improvements written for %u dimensions.",
                                           n_notes),
                              n_notes);
    }

  if (n_actions > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, ' ');
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "One action in the action plan will no longer refer to this level.",
                                           "%u actions in the action plan will no longer refer to this level.",
                                           n_actions),
                              n_actions);
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

/* Leaving out a level with nothing filled in costs nothing; otherwise the
 * user says so first, knowing what goes. */
static void
request_removal (BsDetailsWindow *self,
                 const char      *level_id)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = removal_body (self, level_id);
  GtkWidget *dialog;

  if (body[0] == '\0')
    {
      remove_level (self, level_id);
      return;
    }

  /* Still included until the user has answered. */
  sync_levels (self);

  /* Translators: %s is a level such as "Course level" */
  heading = g_strdup_printf (_("Leave Out “%s”?"), level_title (self, level_id));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Leave Out"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), LEVEL_KEY, g_strdup (level_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
level_toggled_cb (GtkCheckButton  *check,
                  BsDetailsWindow *self)
{
  const char *level_id = g_object_get_data (G_OBJECT (check), LEVEL_KEY);
  gboolean active = gtk_check_button_get_active (check);

  if (self->syncing || active == bs_assessment_includes_level (self->assessment, level_id))
    return;

  if (active)
    include_level (self, level_id);
  else
    request_removal (self, level_id);
}

static void
unit_level_selected_cb (BsDetailsWindow *self)
{
  guint position = adw_combo_row_get_selected (self->unit_level_row);
  const char *level_id;

  if (self->syncing || position >= self->level_ids->len)
    return;

  level_id = g_ptr_array_index (self->level_ids, position);
  bs_assessment_set_unit_level (self->assessment, level_id);
  /* A unit of a level is assessed at that level, at least. */
  include_level (self, level_id);
}

static void
date_changed_cb (BsDetailsWindow *self)
{
  g_autofree char *text = NULL;

  if (self->syncing)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  if (text[0] == '\0' || bs_display_is_iso_date (text))
    {
      set_error (self->date_row, FALSE);
      bs_assessment_set_date (self->assessment, text);
    }
  else
    set_error (self->date_row, TRUE);
}

static void
participant_remove_cb (GtkButton       *button,
                       BsDetailsWindow *self)
{
  BsParticipant *participant = g_object_get_data (G_OBJECT (button), "participant");
  GListModel *participants = bs_assessment_get_participants (self->assessment);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(BsParticipant) item = g_list_model_get_item (participants, i);

      if (item == participant)
        {
          bs_assessment_remove_participant (self->assessment, i);
          break;
        }
    }
}

static GtkWidget *
participant_entry_new (BsParticipant *participant,
                       const char    *property,
                       const char    *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  bs_text_limit_attach (entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder,
                                  -1);
  bs_binding_editable (GTK_EDITABLE (entry), participant, property);

  return entry;
}

static GtkWidget *
create_participant_row_cb (gpointer item,
                           gpointer user_data)
{
  BsDetailsWindow *self = user_data;
  BsParticipant *participant = item;
  GtkWidget *row, *box, *name_entry, *role_entry, *remove;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  name_entry = participant_entry_new (participant, "name", _("Name"));
  gtk_box_append (GTK_BOX (box), name_entry);
  role_entry = participant_entry_new (participant, "role", _("Role"));
  gtk_box_append (GTK_BOX (box), role_entry);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (remove, _("Remove participant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove participant"),
                                  -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (remove), "participant", g_object_ref (participant), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (participant_remove_cb), self, 0);
  gtk_box_append (GTK_BOX (box), remove);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "name-entry", name_entry);

  return row;
}

static void
add_participant_cb (BsDetailsWindow *self)
{
  bs_details_window_add_participant (self);
}

static void
build_levels (BsDetailsWindow *self)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (self->assessment));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *lang = bs_default_language ();

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *title = bs_level_get_title_text (level, lang);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Named by its row: the action row labels the widget it activates. */
      g_object_set_data_full (G_OBJECT (check), LEVEL_KEY, g_strdup (bs_level_get_id (level)), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (level_toggled_cb), self, 0);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bs_level_get_description_text (level, lang));
      /* The whole description: it says what the level covers. */
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->levels_group, row);

      g_ptr_array_add (self->level_ids, g_strdup (bs_level_get_id (level)));
      g_ptr_array_add (self->level_checks, check);
      g_ptr_array_add (self->level_rows, row);
      gtk_string_list_append (names, title);
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->unit_level_row, G_LIST_MODEL (names));
  self->syncing = FALSE;
}

/* Nothing focused at first: the title's text would be selected, and the
 * first key typed would replace it. */
static void
bs_details_window_show (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bs_details_window_parent_class)->show (widget);

  /* after GtkWindow has given the focus to the first field */
  gtk_window_set_focus (GTK_WINDOW (widget), NULL);
}

static gboolean
bs_details_window_close_request (GtkWindow *window)
{
  BsDetailsWindow *self = BS_DETAILS_WINDOW (window);

  /* A date that is not one is not dropped without a word. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->date_row), "error"))
    {
      g_autofree char *title = NULL;

      /* Translators: %s is what was typed in the date field */
      title = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, or empty the field"),
                               gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (bs_details_window_parent_class)->close_request (window);
}

static void
bs_details_window_constructed (GObject *object)
{
  BsDetailsWindow *self = (BsDetailsWindow *) object;

  G_OBJECT_CLASS (bs_details_window_parent_class)->constructed (object);

  g_assert (BS_IS_ASSESSMENT (self->assessment));

  build_levels (self);

  bs_binding_editable (GTK_EDITABLE (self->title_row), self->assessment, "title");
  bs_binding_editable (GTK_EDITABLE (self->institution_row), self->assessment, "institution");
  bs_binding_editable (GTK_EDITABLE (self->unit_row), self->assessment, "unit");
  bs_binding_editable (GTK_EDITABLE (self->facilitator_row), self->assessment, "facilitator");

  sync_date (self);
  sync_levels (self);
  sync_unit_level (self);

  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (date_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_level_row, "notify::selected", G_CALLBACK (unit_level_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assessment, "notify::date", G_CALLBACK (sync_date), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assessment, "notify::levels", G_CALLBACK (sync_levels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assessment, "notify::unit-level", G_CALLBACK (sync_unit_level),
                           self, G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->participants_list, bs_assessment_get_participants (self->assessment),
                           create_participant_row_cb, self, NULL);
}

static void
bs_details_window_dispose (GObject *object)
{
  BsDetailsWindow *self = (BsDetailsWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_DETAILS_WINDOW);

  g_clear_weak_pointer (&self->undo_toast);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_details_window_parent_class)->dispose (object);
}

static void
bs_details_window_finalize (GObject *object)
{
  BsDetailsWindow *self = (BsDetailsWindow *) object;

  g_ptr_array_unref (self->level_ids);
  g_ptr_array_unref (self->level_checks);
  g_ptr_array_unref (self->level_rows);

  G_OBJECT_CLASS (bs_details_window_parent_class)->finalize (object);
}

static void
bs_details_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BsDetailsWindow *self = BS_DETAILS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_details_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BsDetailsWindow *self = BS_DETAILS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_details_window_class_init (BsDetailsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bs_details_window_constructed;
  object_class->dispose = bs_details_window_dispose;
  object_class->finalize = bs_details_window_finalize;
  object_class->get_property = bs_details_window_get_property;
  object_class->set_property = bs_details_window_set_property;

  widget_class->show = bs_details_window_show;

  window_class->close_request = bs_details_window_close_request;

  /**
   * BsDetailsWindow:assessment:
   *
   * The assessment whose details are edited; every change goes straight
   * into it.
   */
  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-details-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, add_participant_button);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, institution_row);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, unit_level_row);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, levels_group);
  gtk_widget_class_bind_template_child (widget_class, BsDetailsWindow, participants_list);
  gtk_widget_class_bind_template_callback (widget_class, add_participant_cb);
}

static void
bs_details_window_init (BsDetailsWindow *self)
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
  /* Its name says more than the "Add" it shows; the mnemonic label's
   * relation would have it read as "Add a participant Add". */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->add_participant_button),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/**
 * bs_details_window_new:
 * @parent: the window of @assessment
 *
 * Returns: (transfer none): a modal window over @parent that edits the
 *   details of @assessment
 */
BsDetailsWindow *
bs_details_window_new (GtkWindow    *parent,
                       BsAssessment *assessment)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (BS_TYPE_DETAILS_WINDOW,
                       "assessment", assessment,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
}

BsAssessment *
bs_details_window_get_assessment (BsDetailsWindow *self)
{
  g_return_val_if_fail (BS_IS_DETAILS_WINDOW (self), NULL);

  return self->assessment;
}

/**
 * bs_details_window_get_entry:
 * @field: "title", "institution", "unit", "date" or "facilitator"
 *
 * Returns: (transfer none): the entry of @field
 */
GtkEditable *
bs_details_window_get_entry (BsDetailsWindow *self,
                             const char      *field)
{
  g_return_val_if_fail (BS_IS_DETAILS_WINDOW (self), NULL);

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
 * bs_details_window_get_level_check:
 *
 * Returns: (transfer none) (nullable): the check button that includes
 *   @level_id
 */
GtkCheckButton *
bs_details_window_get_level_check (BsDetailsWindow *self,
                                   const char      *level_id)
{
  g_return_val_if_fail (BS_IS_DETAILS_WINDOW (self), NULL);

  for (guint i = 0; i < self->level_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->level_ids, i), level_id))
      return g_ptr_array_index (self->level_checks, i);

  return NULL;
}

AdwComboRow *
bs_details_window_get_unit_level_row (BsDetailsWindow *self)
{
  g_return_val_if_fail (BS_IS_DETAILS_WINDOW (self), NULL);

  return self->unit_level_row;
}

GtkListBox *
bs_details_window_get_participants_list (BsDetailsWindow *self)
{
  g_return_val_if_fail (BS_IS_DETAILS_WINDOW (self), NULL);

  return self->participants_list;
}

/**
 * bs_details_window_add_participant:
 *
 * Adds an empty participant to the assessment and puts the cursor in its
 * name.
 */
void
bs_details_window_add_participant (BsDetailsWindow *self)
{
  GListModel *participants;
  GtkListBoxRow *row;
  GtkWidget *entry;

  g_return_if_fail (BS_IS_DETAILS_WINDOW (self));

  bs_assessment_add_participant (self->assessment, NULL, NULL);

  participants = bs_assessment_get_participants (self->assessment);
  row = gtk_list_box_get_row_at_index (self->participants_list, g_list_model_get_n_items (participants) - 1);
  entry = row != NULL ? g_object_get_data (G_OBJECT (row), "name-entry") : NULL;
  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

/**
 * bs_details_window_undo_removal:
 *
 * Includes the level last left out again, with what was filled in there,
 * as the toast's Undo button does.
 *
 * Returns: whether there was a removal to undo
 */
gboolean
bs_details_window_undo_removal (BsDetailsWindow *self)
{
  BsLevelRemoval *removal;

  g_return_val_if_fail (BS_IS_DETAILS_WINDOW (self), FALSE);

  if (self->undo_toast == NULL)
    return FALSE;

  removal = g_object_get_data (G_OBJECT (self->undo_toast), REMOVAL_KEY);

  return bs_level_removal_undo (removal);
}
