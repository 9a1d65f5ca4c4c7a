/* bs-window-collect.c: collecting a team's answers: "Hand Out Questionnaires…", "Add Responses…" and questionnaires dropped onto the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-hand-out-dialog.h"
#include "bs-window-private.h"

/* What a drop does (README, "Using the app"):
 * - on the welcome page, one file opens; several make a new team
 *   assessment with them as its respondents, or open each, as the user
 *   chooses;
 * - over an assessment, the files are added to it as responses once the
 *   user agrees (an assessment of one person becomes a team assessment),
 *   or opened in windows of their own; over a respondent's own
 *   questionnaire they always open apart, as that is nobody's team. */

static GPtrArray *
paths_of (GFile * const *files,
          guint          n_files,
          GError       **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (files[i]);

          /* Translators: %s is where a dropped or chosen file is, e.g. a web address */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("“%s” is not a file on this computer; save it to a folder first."), name);
          return NULL;
        }
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);

  return g_steal_pointer (&paths);
}

/**
 * bs_window_add_responses:
 * @files: (array length=n_files): filled-in questionnaires (.blendscan)
 *
 * Adds the respondents of @files to the window's assessment, all or
 * nothing (bs_team_merge_files()), as one step that undo takes back. An
 * assessment of one person becomes a team assessment. A refusal shows a
 * message naming the file, and nothing changes.
 *
 * Returns: %TRUE when all were added
 */
gboolean
bs_window_add_responses (BsWindow      *self,
                         GFile * const *files,
                         guint          n_files)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean added;

  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);
  g_return_val_if_fail (n_files == 0 || files != NULL, FALSE);

  if (n_files == 0)
    return TRUE;

  paths = paths_of (files, n_files, &error);
  if (paths != NULL)
    {
      bs_undo_stack_begin_group (self->undo_stack);
      added = bs_team_merge_files (self->assessment, (const char * const *) paths->pdata, &error);
      bs_undo_stack_end_group (self->undo_stack);
    }
  else
    added = FALSE;

  if (!added)
    {
      bs_window_show_error (self, _("Could Not Add Responses"), error->message);
      return FALSE;
    }

  /* Translators: %u is how many respondents' questionnaires were added */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u response", "Added %u responses", n_files), n_files);
  bs_window_show_undo_toast (self, title);

  return TRUE;
}

/* A team assessment made of dropped questionnaires, with the framework,
 * unit and levels of the first. */
static void
make_team (BsWindow   *self,
           GPtrArray  *paths)
{
  g_autoptr(BsAssessment) first = NULL;
  g_autoptr(BsAssessment) team = NULL;
  g_autoptr(GError) error = NULL;

  first = bs_assessment_load (g_ptr_array_index (paths, 0), NULL, &error);
  if (first != NULL)
    {
      team = bs_assessment_new_team (first);
      if (!bs_team_merge_files (team, (const char * const *) paths->pdata, &error))
        g_clear_object (&team);
    }
  if (team == NULL)
    {
      bs_window_show_error (self, _("Could Not Make a Team Assessment"), error->message);
      return;
    }

  bs_window_set_assessment (self, team, NULL, TRUE);
}

/* Each file in a window of its own, the first in this one when it is
 * free. */
static void
open_each (BsWindow  *self,
           GPtrArray *paths)
{
  for (guint i = 0; i < paths->len && g_ptr_array_index (paths, i) != NULL; i++)
    {
      BsWindow *window = self;

      if (self->assessment != NULL || i > 0)
        window = bs_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      bs_window_open_path (window, g_ptr_array_index (paths, i));
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
drop_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  BsWindow         *self)
{
  GPtrArray *files = g_object_get_data (G_OBJECT (dialog), "bs-files");
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "add"))
    {
      bs_window_add_responses (self, (GFile * const *) files->pdata, files->len);
      return;
    }
  if (g_str_equal (response, "cancel"))
    return;

  paths = paths_of ((GFile * const *) files->pdata, files->len, &error);
  if (paths == NULL)
    bs_window_show_error (self, _("Could Not Open"), error->message);
  else if (g_str_equal (response, "team"))
    make_team (self, paths);
  else
    open_each (self, paths);
}

/* Asks what to do with dropped files; the answer goes to drop_response_cb(). */
static AdwMessageDialog *
ask_about_drop (BsWindow  *self,
                GPtrArray *files)
{
  guint n = files->len;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (self->assessment == NULL)
    {
      /* Translators: %u is how many files were dropped onto the window, more than one */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Make a Team Assessment of %u File?",
                                              "Make a Team Assessment of %u Files?", n), n);
      body = g_strdup (_("A new team assessment gets the framework, unit and levels of the first file, and each "
                         "file becomes one of its respondents. Or open each file in a window of its own."));
    }
  else
    {
      const char *title = bs_assessment_get_title (self->assessment);

      if (title == NULL || *title == '\0')
        title = _("Untitled Assessment");
      if (bs_assessment_is_team (self->assessment))
        /* Translators: %u is how many questionnaires were dropped onto the window */
        heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u Response to This Team?",
                                                "Add %u Responses to This Team?", n), n);
      else
        heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u Response to This Assessment?",
                                                "Add %u Responses to This Assessment?", n), n);
      if (bs_assessment_is_team (self->assessment))
        /* Translators: %s is the assessment's title */
        body = g_strdup_printf (_("Each questionnaire becomes a respondent of “%s”; the team’s agreed answers, "
                                  "notes and actions stay. A questionnaire of another framework or unit is refused, "
                                  "and then none is added."), title);
      else
        /* Translators: %s is the assessment's title */
        body = g_strdup_printf (_("This makes “%s” a team assessment: each questionnaire becomes a respondent, and "
                                  "the scores use the team’s answers. A questionnaire of another framework or unit is "
                                  "refused, and then none is added."), title);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "open", _("_Open Each"), NULL);
  if (self->assessment == NULL)
    {
      adw_message_dialog_add_response (dialog, "team", _("_Make Team Assessment"));
      adw_message_dialog_set_response_appearance (dialog, "team", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "team");
    }
  else
    {
      adw_message_dialog_add_response (dialog, "add", _("_Add Responses"));
      adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "add");
    }
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "bs-files", g_ptr_array_ref (files),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (drop_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * bs_window_drop_files:
 * @files: (element-type GFile): what was dropped onto the window
 *
 * Does what dropping @files onto the window does (see the top of this
 * file): opens one file on the welcome page, and asks otherwise.
 *
 * Returns: (transfer none) (nullable): the question asked, if any
 */
AdwMessageDialog *
bs_window_drop_files (BsWindow *self,
                      GSList   *files)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, g_object_ref (l->data));
  if (array->len == 0)
    return NULL;

  if ((self->assessment == NULL && array->len == 1) ||
      (self->assessment != NULL && bs_assessment_is_respondent_file (self->assessment)))
    {
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GError) error = NULL;

      paths = paths_of ((GFile * const *) array->pdata, array->len, &error);
      if (paths == NULL)
        bs_window_show_error (self, _("Could Not Open"), error->message);
      else
        open_each (self, paths);
      return NULL;
    }

  return ask_about_drop (self, array);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BsWindow      *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  bs_window_drop_files (self, g_value_get_boxed (value));

  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     BsWindow        *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
    }

  g_object_set_data (G_OBJECT (self), "bs-responses-chooser", NULL);

  if (array->len > 0)
    bs_window_add_responses (self, (GFile * const *) array->pdata, array->len);
}

static void
add_responses_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Blendscan assessments"));
  gtk_file_filter_add_suffix (filter, "blendscan");

  chooser = gtk_file_chooser_native_new (_("Add Responses"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The questionnaires most likely come back beside the team file. */
  bs_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  /* The window holds it while it shows; "response" lets go. */
  g_object_set_data_full (G_OBJECT (self), "bs-responses-chooser", chooser, g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * bs_window_show_hand_out:
 *
 * Opens "Hand Out Questionnaires…" for the window's assessment.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
bs_window_show_hand_out (BsWindow *self)
{
  BsHandOutDialog *dialog;
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->assessment != NULL, NULL);

  folder = bs_window_get_export_folder (self);
  dialog = bs_hand_out_dialog_new (self, self->assessment, folder);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
hand_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  bs_window_show_hand_out (BS_WINDOW (widget));
}

/* Enables the actions that need an assessment; _bs_window_update_actions()
 * calls it. */
void
_bs_window_update_collect_actions (BsWindow *self)
{
  gboolean have = self->assessment != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.hand-out", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-responses",
                                 have && !bs_assessment_is_respondent_file (self->assessment));
}

void
_bs_window_collect_init (BsWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_bs_window_class_collect_init (BsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.hand-out", NULL, hand_out_action);
  gtk_widget_class_install_action (widget_class, "win.add-responses", NULL, add_responses_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.hand-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-responses", NULL);
}
