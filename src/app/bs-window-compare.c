/* bs-window-compare.c: "Compare With…" and "Remove Comparison": an earlier assessment of the same unit as the baseline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-date-format.h"
#include "bs-window-private.h"

/* A folder of a whole department's files is still read in a moment. */
#define MAX_FOLDER_FILES 60
#define MAX_CANDIDATES   8

typedef struct
{
  char *path;
  char *title;
  char *date;
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->path);
  g_free (candidate->title);
  g_free (candidate->date);
  g_free (candidate);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = *(Candidate * const *) a;
  const Candidate *cb = *(Candidate * const *) b;
  int by_date = g_strcmp0 (cb->date, ca->date);

  return by_date != 0 ? by_date : g_strcmp0 (ca->path, cb->path);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) fa = NULL;
  g_autoptr(GFile) fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_file_new_for_path (a);
  fb = g_file_new_for_path (b);

  return g_file_equal (fa, fb);
}

/* @path, when it is an assessment of @assessment's unit and framework
 * that is not @assessment's own file. */
static void
consider (GPtrArray    *candidates,
          GHashTable   *seen,
          BsAssessment *assessment,
          const char   *own_path,
          const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *key = g_file_get_path (file);
  g_autoptr(BsAssessment) other = NULL;
  Candidate *candidate;

  if (key == NULL || g_hash_table_contains (seen, key) || same_file (own_path, key))
    return;
  g_hash_table_add (seen, g_strdup (key));

  if (!g_file_test (key, G_FILE_TEST_IS_REGULAR))
    return;
  other = bs_assessment_load (key, NULL, NULL);
  if (other == NULL || bs_assessment_is_respondent_file (other))
    return;
  if (g_strcmp0 (bs_framework_get_id (bs_assessment_get_framework (other)),
                 bs_framework_get_id (bs_assessment_get_framework (assessment))) != 0)
    return;
  if (g_strcmp0 (bs_assessment_get_unit (other), bs_assessment_get_unit (assessment)) != 0)
    return;
  /* earlier ones only: not next year's, made from this one */
  if (bs_assessment_get_date (other) != NULL && bs_assessment_get_date (assessment) != NULL &&
      g_strcmp0 (bs_assessment_get_date (other), bs_assessment_get_date (assessment)) > 0)
    return;

  candidate = g_new0 (Candidate, 1);
  candidate->path = g_steal_pointer (&key);
  candidate->title = g_strdup (bs_assessment_get_title (other));
  candidate->date = g_strdup (bs_assessment_get_date (other));
  g_ptr_array_add (candidates, candidate);
}

/* Earlier assessments of the same unit and framework among the recent
 * files and beside the window's file, newest first. */
static GPtrArray *
find_candidates (BsWindow *self)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (candidate_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-files");

  for (guint i = 0; recent[i] != NULL; i++)
    consider (candidates, seen, self->assessment, self->path, recent[i]);

  if (self->path != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (self->path);
      g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
      const char *name;
      guint n = 0;

      while (dir != NULL && n < MAX_FOLDER_FILES && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".blendscan"))
          {
            g_autofree char *path = g_build_filename (folder, name, NULL);

            consider (candidates, seen, self->assessment, self->path, path);
            n++;
          }
    }

  g_ptr_array_sort (candidates, compare_candidates);
  if (candidates->len > MAX_CANDIDATES)
    g_ptr_array_set_size (candidates, MAX_CANDIDATES);

  return g_steal_pointer (&candidates);
}

/**
 * bs_window_list_comparisons:
 *
 * Finds earlier assessments to compare with: of the window's unit and
 * framework and not dated after it, among the recent files and in the
 * folder of the window's file; newest date first.
 *
 * Returns: (transfer full) (element-type utf8): their paths
 */
GPtrArray *
bs_window_list_comparisons (BsWindow *self)
{
  g_autoptr(GPtrArray) candidates = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BS_IS_WINDOW (self), paths);
  g_return_val_if_fail (self->assessment != NULL, paths);

  candidates = find_candidates (self);
  for (guint i = 0; i < candidates->len; i++)
    g_ptr_array_add (paths, g_strdup (((Candidate *) g_ptr_array_index (candidates, i))->path));

  return paths;
}

/**
 * bs_window_compare_with_path:
 * @path: an earlier assessment of the same unit
 *
 * Makes the assessment at @path the baseline of the window's assessment,
 * as one change that undo takes back. An unreadable file or one of an
 * unrelated framework is refused with a message naming it, and nothing
 * changes.
 *
 * Returns: whether the baseline was set
 */
gboolean
bs_window_compare_with_path (BsWindow   *self,
                             const char *path)
{
  g_autoptr(BsAssessment) old = NULL;
  g_autoptr(BsComparison) comparison = NULL;
  g_autoptr(BsBaseline) baseline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *toast = NULL;
  const char *title;

  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);
  old = bs_assessment_load (path, NULL, &error);
  if (old != NULL)
    comparison = bs_comparison_new (old, self->assessment, &error);
  if (comparison == NULL)
    {
      /* Translators: the first %s is a file's name, the second why it cannot be used */
      message = g_strdup_printf (_("“%s”: %s"), name, error->message);
      bs_window_show_error (self, _("Could Not Compare"), message);
      return FALSE;
    }

  baseline = bs_baseline_new_from_assessment (old, path);
  bs_assessment_set_baseline (self->assessment, baseline);

  title = bs_assessment_get_title (old);
  if (title == NULL || *title == '\0')
    title = name;
  /* Translators: %s is the title of the earlier assessment */
  toast = g_strdup_printf (_("Comparing with “%s”"), title);
  bs_window_show_undo_toast (self, toast);

  return TRUE;
}

/**
 * bs_window_remove_comparison:
 *
 * Forgets the baseline, as a change that undo takes back.
 */
void
bs_window_remove_comparison (BsWindow *self)
{
  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (self->assessment != NULL);

  if (bs_assessment_get_baseline (self->assessment) == NULL)
    return;

  bs_assessment_set_baseline (self->assessment, NULL);
  bs_window_show_undo_toast (self, _("Comparison removed"));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     BsWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  g_object_set_data (G_OBJECT (self), "bs-compare-chooser", NULL);

  if (path != NULL && self->assessment != NULL)
    bs_window_compare_with_path (self, path);
}

static void
choose_file (BsWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Blendscan assessments"));
  gtk_file_filter_add_suffix (filter, "blendscan");

  chooser = gtk_file_chooser_native_new (_("Compare With"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Compare"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Last year's file most likely lies beside this year's. */
  bs_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  g_object_set_data_full (G_OBJECT (self), "bs-compare-chooser", chooser, g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
candidate_activated_cb (GtkListBox    *list,
                        GtkListBoxRow *row,
                        BsWindow      *self)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *path = g_strdup (g_object_get_data (G_OBJECT (row), "bs-path"));

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  bs_window_compare_with_path (self, path);
}

static void
compare_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BsWindow         *self)
{
  if (g_str_equal (response, "other"))
    choose_file (self);
}

static GtkWidget *
candidate_row_new (const Candidate *candidate)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = bs_date_locale_format_date (candidate->date);
  g_autofree char *name = g_filename_display_basename (candidate->path);
  g_autofree char *title = NULL;
  const char *shown = candidate->title;

  if (shown == NULL || *shown == '\0')
    shown = name;
  if (date != NULL && *date != '\0')
    /* Translators: an earlier assessment to compare with: its title — its date */
    title = g_strdup_printf (_("%s — %s"), shown, date);
  else
    title = g_strdup (shown);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (row), "bs-path", g_strdup (candidate->path), g_free);

  return row;
}

/**
 * bs_window_show_compare_with:
 *
 * Starts "Compare With…": a dialog offering the earlier assessments found
 * (bs_window_list_comparisons()) and "Other File…", or the file chooser
 * straight away when none are found.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the file
 *   chooser shows instead
 */
GtkWindow *
bs_window_show_compare_with (BsWindow *self)
{
  g_autoptr(GPtrArray) candidates = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->assessment != NULL, NULL);

  candidates = find_candidates (self);
  if (candidates->len == 0)
    {
      choose_file (self);
      return NULL;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Compare With an Earlier Assessment"),
                                                       _("Its scores and answers become the baseline: the charts, "
                                                         "the sidebar and each statement show what changed since. "
                                                         "A copy is kept in this file.")));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Earlier assessments of this unit"), -1);
  for (guint i = 0; i < candidates->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), candidate_row_new (g_ptr_array_index (candidates, i)));
  g_signal_connect_object (list, "row-activated", G_CALLBACK (candidate_activated_cb), self, 0);
  adw_message_dialog_set_extra_child (dialog, list);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "other", _("_Other File…"), NULL);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (compare_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
compare_with_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  bs_window_show_compare_with (BS_WINDOW (widget));
}

static void
remove_comparison_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  bs_window_remove_comparison (BS_WINDOW (widget));
}

/* Enables the actions by whether there is an assessment and a baseline;
 * _bs_window_update_actions() and every change of the assessment call it. */
void
_bs_window_update_compare_actions (BsWindow *self)
{
  gboolean have = self->assessment != NULL && !bs_assessment_is_respondent_file (self->assessment);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-comparison",
                                 have && bs_assessment_get_baseline (self->assessment) != NULL);
}

void
_bs_window_class_compare_init (BsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.compare-with", NULL, compare_with_action);
  gtk_widget_class_install_action (widget_class, "win.remove-comparison", NULL, remove_comparison_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.compare-with", NULL);
}
