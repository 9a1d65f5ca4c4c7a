/* bs-next-cycle-dialog.c: "Start Next Cycle…": what the next cycle's assessment takes over, and where it goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-display.h"
#include "bs-next-cycle-dialog.h"
#include "bs-text-limit.h"

/* Unsaved changes: a GNOME user expects the next cycle to start from the
 * assessment as they see it, and the new file's baseline names the old
 * file, which must then hold what the baseline embeds. So by default the
 * dialog saves the changes first ("Save Changes First", on). Switched off,
 * the next cycle starts from the last saved version and the changes stay
 * unsaved in this window, as they were. An assessment never saved has no
 * file to name: the baseline then keeps its scores only. */

struct _BsNextCycleDialog
{
  AdwWindow             parent_instance;

  BsWindow             *window;
  /* the framework of the next cycle: the newest installed version */
  BsFramework          *framework;
  /* what the next cycle would be as the dialog stands, for its numbers */
  BsAssessment         *preview;
  GtkFileChooserNative *chooser;

  GtkLabel             *intro_label;
  GtkLabel             *error_label;
  GtkWidget            *unsaved_group;
  AdwActionRow         *save_first_row;
  GtkSwitch            *save_first_switch;
  AdwEntryRow          *title_row;
  AdwEntryRow          *date_row;
  AdwActionRow         *unit_row;
  AdwActionRow         *levels_row;
  AdwActionRow         *framework_row;
  AdwActionRow         *answers_row;
  AdwActionRow         *notes_row;
  AdwActionRow         *actions_row;
  GtkListBox           *participants_list;
  GtkWidget            *create_button;
};

G_DEFINE_FINAL_TYPE (BsNextCycleDialog, bs_next_cycle_dialog, ADW_TYPE_WINDOW)

static void
show_error (BsNextCycleDialog *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
starts_from_disk (BsNextCycleDialog *self)
{
  return bs_window_get_dirty (self->window) && bs_window_get_path (self->window) != NULL &&
         !gtk_switch_get_active (self->save_first_switch);
}

/* The assessment the next cycle starts from: the window's, or, when its
 * changes are not to be saved first, its file as last saved. */
static BsAssessment *
load_previous (BsNextCycleDialog  *self,
               GError            **error)
{
  const char *path = bs_window_get_path (self->window);
  g_autoptr(BsAssessment) previous = NULL;

  if (!starts_from_disk (self))
    return g_object_ref (bs_window_get_assessment (self->window));

  previous = bs_assessment_load (path, NULL, error);
  if (previous == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_prefix_error (error, _("Cannot read the last saved version, “%s”: "), display);
      return NULL;
    }

  return g_steal_pointer (&previous);
}

/* The rows that say what the next cycle takes over, from a preview of it. */
static void
update_summary (BsNextCycleDialog *self)
{
  BsAssessment *current = bs_window_get_assessment (self->window);
  const char *old_version = bs_framework_get_version (bs_assessment_get_framework (current));
  const char *new_version = bs_framework_get_version (self->framework);
  g_autoptr(BsAssessment) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) levels = g_string_new (NULL);
  g_autofree char *text = NULL;
  const char * const *level_ids;
  const char *unit;
  guint n;

  g_assert (BS_IS_NEXT_CYCLE_DIALOG (self));

  g_clear_object (&self->preview);
  previous = load_previous (self, &error);
  if (previous != NULL)
    self->preview = bs_assessment_new_next_cycle (previous, bs_window_get_path (self->window), self->framework,
                                                  NULL, &error);
  if (self->preview == NULL)
    {
      show_error (self, error->message);
      gtk_widget_set_sensitive (self->create_button, FALSE);
      return;
    }
  show_error (self, NULL);
  gtk_widget_set_sensitive (self->create_button, TRUE);

  unit = bs_assessment_get_unit (self->preview);
  adw_action_row_set_subtitle (self->unit_row, unit != NULL && *unit != '\0' ? unit : _("None given"));

  level_ids = bs_assessment_get_levels (self->preview);
  for (guint i = 0; level_ids[i] != NULL; i++)
    {
      BsLevel *level = bs_framework_lookup_level (self->framework, level_ids[i]);

      if (levels->len > 0)
        g_string_append (levels, ", ");
      g_string_append (levels, level != NULL ? bs_level_get_title_text (level, bs_default_language ()) : level_ids[i]);
    }
  adw_action_row_set_subtitle (self->levels_row, levels->str);

  if (g_strcmp0 (old_version, new_version) != 0)
    /* Translators: the framework's versions, the last cycle's and the next's */
    text = g_strdup_printf (_("The newest installed, from version %s to %s: statements that changed are compared by their id"),
                            old_version, new_version);
  else
    /* Translators: %s is the framework's version */
    text = g_strdup_printf (_("Version %s, the same as last cycle"), new_version);
  adw_action_row_set_subtitle (self->framework_row, text);
  g_clear_pointer (&text, g_free);

  adw_action_row_set_subtitle (self->answers_row,
                               _("Start empty; last cycle’s answers stay as the baseline to compare with"));

  n = bs_assessment_count_carried_over (self->preview);
  /* Translators: %u is how many statements' notes and evidence are copied */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Carried over for %u statement, marked “from last cycle” until confirmed or edited",
                                       "Carried over for %u statements, marked “from last cycle” until confirmed or edited",
                                       n), n);
  adw_action_row_set_subtitle (self->notes_row, text);
  g_clear_pointer (&text, g_free);

  n = g_list_model_get_n_items (bs_assessment_get_actions (self->preview));
  /* Translators: %u is how many planned or in-progress actions are copied */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u open action carried over, with its status and history",
                                       "%u open actions carried over, with their status and history",
                                       n), n);
  adw_action_row_set_subtitle (self->actions_row, text);
}

static void
participant_remove_cb (GtkButton         *button,
                       BsNextCycleDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->participants_list, row);
}

static GtkWidget *
add_row (BsNextCycleDialog *self,
         const char        *name,
         const char        *role)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name_entry = gtk_entry_new ();
  GtkWidget *role_entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  bs_text_limit_attach (name_entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (name_entry), _("Name"));
  gtk_widget_set_hexpand (name_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (name_entry), 8);
  gtk_editable_set_text (GTK_EDITABLE (name_entry), name != NULL ? name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);

  bs_text_limit_attach (role_entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (role_entry), _("Role"));
  gtk_widget_set_hexpand (role_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (role_entry), 8);
  gtk_editable_set_text (GTK_EDITABLE (role_entry), role != NULL ? role : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (role_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Role"), -1);

  gtk_widget_set_tooltip_text (remove, _("Remove participant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove participant"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (participant_remove_cb), self, 0);

  gtk_box_append (GTK_BOX (box), name_entry);
  gtk_box_append (GTK_BOX (box), role_entry);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "bs-name", name_entry);
  g_object_set_data (G_OBJECT (row), "bs-role", role_entry);
  gtk_list_box_append (self->participants_list, row);

  return name_entry;
}

/* The next cycle as the dialog stands: title, date and participants as
 * edited. */
static BsAssessment *
make_next (BsNextCycleDialog  *self,
           GError            **error)
{
  g_autoptr(BsAssessment) previous = NULL;
  g_autoptr(BsAssessment) next = NULL;
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  GListModel *participants;
  GtkListBoxRow *row;

  previous = load_previous (self, error);
  if (previous == NULL)
    return NULL;
  next = bs_assessment_new_next_cycle (previous, bs_window_get_path (self->window), self->framework, date, error);
  if (next == NULL)
    return NULL;

  bs_assessment_set_title (next, title);
  participants = bs_assessment_get_participants (next);
  while (g_list_model_get_n_items (participants) > 0)
    bs_assessment_remove_participant (next, 0);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->participants_list, i)) != NULL; i++)
    {
      GtkEditable *name = g_object_get_data (G_OBJECT (row), "bs-name");
      GtkEditable *role = g_object_get_data (G_OBJECT (row), "bs-role");
      g_autofree char *name_text = g_strstrip (g_strdup (gtk_editable_get_text (name)));
      g_autofree char *role_text = g_strstrip (g_strdup (gtk_editable_get_text (role)));

      if (*name_text == '\0' && *role_text == '\0')
        continue;
      bs_assessment_add_participant (next, name_text, *role_text != '\0' ? role_text : NULL);
    }

  return g_steal_pointer (&next);
}

/* What must be right before asking where to save: said in the dialog,
 * with the field focused. */
static gboolean
check_fields (BsNextCycleDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  if (*title == '\0')
    {
      show_error (self, _("Give the new assessment a title."));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return FALSE;
    }
  if (!bs_display_is_iso_date (date))
    {
      /* Translators: %s is what was typed as the date */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date; write it as 2026-03-10."), date);

      show_error (self, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  return TRUE;
}

static void
chooser_response_cb (BsNextCycleDialog    *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_clear_object (&self->chooser);

  if (file != NULL && path == NULL)
    show_error (self, _("The file is not on this computer; choose another place."));
  else if (path != NULL)
    bs_next_cycle_dialog_create (self, path);
}

static void
create_clicked_cb (BsNextCycleDialog *self)
{
  g_autofree char *name = NULL;

  if (!check_fields (self))
    return;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (_("Save Next Cycle As"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = g_strconcat (g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)))), ".blendscan", NULL);
  g_strdelimit (name, "/\\:", '-');
  /* Beside last cycle's file. */
  bs_window_set_chooser_folder (self->window, GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_clicked_cb (BsNextCycleDialog *self)
{
  gtk_widget_grab_focus (add_row (self, NULL, NULL));
}

static void
bs_next_cycle_dialog_dispose (GObject *object)
{
  BsNextCycleDialog *self = (BsNextCycleDialog *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_NEXT_CYCLE_DIALOG);

  G_OBJECT_CLASS (bs_next_cycle_dialog_parent_class)->dispose (object);
}

static void
bs_next_cycle_dialog_finalize (GObject *object)
{
  BsNextCycleDialog *self = (BsNextCycleDialog *) object;

  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->framework);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (bs_next_cycle_dialog_parent_class)->finalize (object);
}

static void
bs_next_cycle_dialog_class_init (BsNextCycleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_next_cycle_dialog_dispose;
  object_class->finalize = bs_next_cycle_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-next-cycle-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, unsaved_group);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, save_first_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, save_first_switch);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, levels_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, answers_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, actions_row);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, participants_list);
  gtk_widget_class_bind_template_child (widget_class, BsNextCycleDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bs_next_cycle_dialog_init (BsNextCycleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bs_a11y_repair_names (GTK_WIDGET (self));
  bs_text_limit_attach (GTK_WIDGET (self->title_row));
  bs_text_limit_attach (GTK_WIDGET (self->date_row));
}

/**
 * bs_next_cycle_dialog_new:
 * @window: the window of the cycle that ends; it must have an assessment
 *
 * Returns: (transfer none): a new dialog over @window
 */
BsNextCycleDialog *
bs_next_cycle_dialog_new (BsWindow *window)
{
  BsNextCycleDialog *self;
  BsAssessment *current;
  BsFramework *framework;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  g_autofree char *intro = NULL;
  const char *old_title;
  GListModel *participants;

  g_return_val_if_fail (BS_IS_WINDOW (window), NULL);
  g_return_val_if_fail (bs_window_get_assessment (window) != NULL, NULL);

  current = bs_window_get_assessment (window);
  framework = bs_assessment_get_framework (current);
  self = g_object_new (BS_TYPE_NEXT_CYCLE_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);

  /* The newest installed version of the same framework; without one (a
   * framework that came with the file only), the one in use. */
  self->framework = bs_framework_find (bs_framework_get_id (framework), NULL);
  if (self->framework == NULL)
    self->framework = g_object_ref (framework);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    today = g_date_time_format (now, "%Y-%m-%d");
  }
  old_title = bs_assessment_get_title (current);
  title = bs_next_cycle_title (old_title, bs_assessment_get_date (current), today);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  if (old_title == NULL || *old_title == '\0')
    old_title = _("Untitled Assessment");
  /* Translators: %s is the title of the assessment whose cycle ends */
  intro = g_strdup_printf (_("A new assessment for the next cycle of “%s”: the same unit, levels and participants, "
                             "with this one kept inside it as the baseline to compare with, even if its file moves."),
                           old_title);
  gtk_label_set_label (self->intro_label, intro);

  if (bs_window_get_dirty (window))
    {
      gtk_widget_set_visible (self->unsaved_group, TRUE);
      if (bs_window_get_path (window) != NULL)
        {
          g_autofree char *display = g_filename_display_name (bs_window_get_path (window));
          /* Translators: %s is the file of the assessment whose cycle ends */
          g_autofree char *description = g_strdup_printf (_("“%s” has unsaved changes. Switched off, the next cycle starts from its last saved version."),
                                                          display);

          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->unsaved_group), description);
        }
      else
        {
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->unsaved_group),
                                                 _("This assessment was never saved: the next cycle keeps its scores as the baseline, but no file to open it from."));
          gtk_widget_set_visible (GTK_WIDGET (self->save_first_row), FALSE);
          gtk_switch_set_active (self->save_first_switch, FALSE);
        }
    }

  participants = bs_assessment_get_participants (current);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(BsParticipant) p = g_list_model_get_item (participants, i);

      add_row (self, bs_participant_get_name (p), bs_participant_get_role (p));
    }

  update_summary (self);
  g_signal_connect_object (self->save_first_switch, "notify::active", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED);

  return self;
}

/**
 * bs_next_cycle_dialog_create:
 * @path: where the new assessment goes, as the file chooser gives it
 *
 * Does what "Create…" does once the file is chosen: saves the changes of
 * the ending cycle first (unless switched off), makes the next cycle,
 * saves it at @path and opens it in a new window; the dialog closes. A
 * problem is said in the dialog, naming the file, and nothing is opened.
 *
 * Returns: (transfer none) (nullable): the new window
 */
BsWindow *
bs_next_cycle_dialog_create (BsNextCycleDialog *self,
                             const char        *path)
{
  g_autoptr(BsAssessment) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  const char *old_path;
  BsWindow *window;

  g_return_val_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (self->window == NULL || !check_fields (self))
    return NULL;

  display = g_filename_display_name (path);
  old_path = bs_window_get_path (self->window);
  if (old_path != NULL)
    {
      g_autofree char *a = g_canonicalize_filename (old_path, NULL);
      g_autofree char *b = g_canonicalize_filename (path, NULL);

      if (g_str_equal (a, b))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is the file of the cycle that ends; choose another name for the next one."),
                                                      display);

          show_error (self, message);
          return NULL;
        }
    }

  if (bs_window_get_dirty (self->window) && old_path != NULL && gtk_switch_get_active (self->save_first_switch) &&
      !bs_window_save (self->window))
    {
      g_autofree char *old_display = g_filename_display_name (old_path);
      /* Translators: %s is the file of the assessment whose cycle ends */
      g_autofree char *message = g_strdup_printf (_("“%s” was not saved, so the next cycle was not started."), old_display);

      show_error (self, message);
      return NULL;
    }

  next = make_next (self, &error);
  if (next == NULL)
    {
      show_error (self, error->message);
      return NULL;
    }
  if (!bs_assessment_save (next, path, &error))
    {
      /* Translators: %s is the new file; the reason follows the colon */
      g_autofree char *message = g_strdup_printf (_("Cannot save “%s”: %s"), display, error->message);

      show_error (self, message);
      return NULL;
    }

  /* Read back from the file, as any other opened one. */
  window = bs_window_new (gtk_window_get_application (GTK_WINDOW (self->window)));
  if (!bs_window_open_path (window, path))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (self));

  return window;
}

/**
 * bs_next_cycle_dialog_set_save_first:
 *
 * Sets "Save Changes First", as its switch does.
 */
void
bs_next_cycle_dialog_set_save_first (BsNextCycleDialog *self,
                                     gboolean           save_first)
{
  g_return_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self));

  gtk_switch_set_active (self->save_first_switch, save_first);
}

/**
 * bs_next_cycle_dialog_add_participant:
 *
 * Adds a row to the participants, as "Add" and typing do.
 */
void
bs_next_cycle_dialog_add_participant (BsNextCycleDialog *self,
                                      const char        *name,
                                      const char        *role)
{
  g_return_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self));

  add_row (self, name, role);
}

guint
bs_next_cycle_dialog_get_n_participants (BsNextCycleDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self), 0);

  while (gtk_list_box_get_row_at_index (self->participants_list, n) != NULL)
    n++;

  return n;
}

/**
 * bs_next_cycle_dialog_get_title_field:
 *
 * Returns: (transfer none): the new title's field
 */
GtkEditable *
bs_next_cycle_dialog_get_title_field (BsNextCycleDialog *self)
{
  g_return_val_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self), NULL);

  return GTK_EDITABLE (self->title_row);
}

/**
 * bs_next_cycle_dialog_get_date_field:
 *
 * Returns: (transfer none): the new date's field
 */
GtkEditable *
bs_next_cycle_dialog_get_date_field (BsNextCycleDialog *self)
{
  g_return_val_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self), NULL);

  return GTK_EDITABLE (self->date_row);
}

/**
 * bs_next_cycle_dialog_get_summary:
 * @row: "unit", "levels", "framework", "answers", "notes" or "actions"
 *
 * Returns: (nullable): what the dialog says of it
 */
const char *
bs_next_cycle_dialog_get_summary (BsNextCycleDialog *self,
                                  const char        *row)
{
  AdwActionRow *rows[] = { self->unit_row, self->levels_row, self->framework_row,
                           self->answers_row, self->notes_row, self->actions_row };
  const char *names[] = { "unit", "levels", "framework", "answers", "notes", "actions" };

  g_return_val_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (row, names[i]) == 0)
      return adw_action_row_get_subtitle (rows[i]);

  return NULL;
}

/**
 * bs_next_cycle_dialog_get_error:
 *
 * Returns: (nullable): the problem the dialog shows, if any
 */
const char *
bs_next_cycle_dialog_get_error (BsNextCycleDialog *self)
{
  g_return_val_if_fail (BS_IS_NEXT_CYCLE_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}
