/* bs-hand-out-dialog.c: "Hand Out Questionnaires…": who gets one, in what form and language, and where they go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bs-a11y.h"
#include "bs-hand-out.h"
#include "bs-hand-out-dialog.h"
#include "bs-safe-write.h"

struct _BsHandOutDialog
{
  AdwWindow             parent_instance;

  BsWindow             *window;
  BsAssessment         *assessment;
  GFile                *folder;
  /* the framework's roles: ids, and their names for the drop-downs */
  GPtrArray            *role_ids;
  GtkStringList        *role_names;
  /* every row's role drop-down as wide as the widest */
  GtkSizeGroup         *role_group;
  GtkFileChooserNative *chooser;

  GtkLabel             *intro_label;
  GtkLabel             *error_label;
  AdwComboRow          *who_row;
  GtkWidget            *count_row;
  GtkSpinButton        *count_spin;
  GtkWidget            *names_group;
  GtkListBox           *names_list;
  AdwComboRow          *format_row;
  AdwComboRow          *lang_row;
  AdwActionRow         *folder_row;
  GtkWidget            *hand_out_button;
};

G_DEFINE_FINAL_TYPE (BsHandOutDialog, bs_hand_out_dialog, ADW_TYPE_WINDOW)

/* The positions of who_row's choices */
enum
{
  WHO_ANONYMOUS,
  WHO_NAMED,
};

/* The languages of lang_row, in its order */
static const char * const languages[] = { "nl", "en" };

static void
show_error (BsHandOutDialog *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_visibility (BsHandOutDialog *self)
{
  gboolean named = adw_combo_row_get_selected (self->who_row) == WHO_NAMED;
  BsHandOutFormat format = adw_combo_row_get_selected (self->format_row);

  g_assert (BS_IS_HAND_OUT_DIALOG (self));

  gtk_widget_set_visible (self->count_row, !named);
  gtk_widget_set_visible (self->names_group, named);
  switch (format)
    {
    case BS_HAND_OUT_CSV:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row),
                                   _("One questionnaire.csv for a survey tool"));
      break;
    case BS_HAND_OUT_PDF:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), _("A form each, to print"));
      break;
    case BS_HAND_OUT_RESPONDENT_FILES:
    default:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), _("A .blendscan file each"));
      break;
    }
  /* A respondent file shows the framework's own texts in the app. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->lang_row), format != BS_HAND_OUT_RESPONDENT_FILES);
}

static void
update_folder (BsHandOutDialog *self)
{
  g_autofree char *name = NULL;

  g_assert (BS_IS_HAND_OUT_DIALOG (self));

  if (self->folder != NULL)
    name = g_file_get_parse_name (self->folder);
  adw_action_row_set_subtitle (self->folder_row, name != NULL ? name : _("None chosen yet"));
}

static void
remove_clicked_cb (GtkButton       *button,
                   BsHandOutDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->names_list, row);
}

/* A row of the list: the name, the role, and a button that removes it. */
static GtkWidget *
add_row (BsHandOutDialog *self,
         const char      *name,
         const char      *role_id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *roles = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->role_names)), NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  guint role = 0;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name"));
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);

  if (role_id == NULL || !g_ptr_array_find_with_equal_func (self->role_ids, role_id, g_str_equal, &role))
    g_ptr_array_find_with_equal_func (self->role_ids, BS_ROLE_OTHER, g_str_equal, &role);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (roles), role);
  gtk_widget_set_valign (roles, GTK_ALIGN_CENTER);
  bs_a11y_label_popup_button (roles, _("Role"));
  gtk_size_group_add_widget (self->role_group, roles);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove respondent"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove respondent"), -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), roles);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "bs-entry", entry);
  g_object_set_data (G_OBJECT (row), "bs-roles", roles);
  gtk_list_box_append (self->names_list, row);

  return entry;
}

static void
clear_rows (BsHandOutDialog *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->names_list, 0)) != NULL)
    gtk_list_box_remove (self->names_list, GTK_WIDGET (row));
}

/* The respondents as the dialog stands, or %NULL with @error naming the
 * row that cannot be handed out. */
static GPtrArray *
collect_names (BsHandOutDialog  *self,
               GError          **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (bs_respondent_name_free);
  BsTeam *team = bs_assessment_get_team (self->assessment);
  GtkListBoxRow *row;

  if (adw_combo_row_get_selected (self->who_row) == WHO_ANONYMOUS)
    {
      guint n = gtk_spin_button_get_value_as_int (self->count_spin);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (names, bs_respondent_name_new (NULL, NULL, 0));
      return g_steal_pointer (&names);
    }

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->names_list, i)) != NULL; i++)
    {
      GtkEditable *entry = g_object_get_data (G_OBJECT (row), "bs-entry");
      GtkDropDown *roles = g_object_get_data (G_OBJECT (row), "bs-roles");
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
      guint role = gtk_drop_down_get_selected (roles);

      g_ptr_array_add (names, bs_respondent_name_new (name, role < self->role_ids->len
                                                            ? g_ptr_array_index (self->role_ids, role) : NULL,
                                                      i + 1));
    }
  if (!bs_respondent_names_check (names, error))
    return NULL;

  /* Merging someone the team has already would be refused. */
  for (guint i = 0; i < names->len; i++)
    {
      BsRespondentName *entry = g_ptr_array_index (names, i);

      if (bs_team_find_respondent (team, entry->name, entry->role) != NULL)
        {
          /* Translators: %u is a row of the list, %s a respondent's name */
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
                       _("Row %u: %s is a respondent of this team already, in the same role"),
                       entry->line, entry->name);
          return NULL;
        }
    }

  return g_steal_pointer (&names);
}

/* Writes every file or none: all are checked first, and a file that
 * cannot be written takes back the ones written before it. */
static gboolean
write_round (BsHandOutDialog  *self,
             GPtrArray        *names,
             guint            *n_written,
             GError          **error)
{
  BsHandOutFormat format = adw_combo_row_get_selected (self->format_row);
  const char *lang = languages[MIN (adw_combo_row_get_selected (self->lang_row), G_N_ELEMENTS (languages) - 1)];
  g_autofree char *dir = g_file_get_path (self->folder);
  g_auto(GStrv) files = bs_respondent_names_file_names (format, names);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (dir == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The folder is not on this computer; choose another."));
      return FALSE;
    }
  if (g_file_test (dir, G_FILE_TEST_EXISTS) && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY, _("“%s” is not a folder."), display);
      return FALSE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      char *path = g_build_filename (dir, files[i], NULL);

      g_ptr_array_add (paths, path);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_autofree char *display = g_filename_display_name (path);

          /* Translators: %s is a file of the round */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("“%s” exists already; nothing was written. Choose another folder, or move that file away."),
                       display);
          return FALSE;
        }
    }

  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);

      /* Translators: %s is a folder; the reason follows the colon */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Cannot create the folder “%s”: %s"),
                   display, g_strerror (saved));
      return FALSE;
    }

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) bytes = bs_hand_out_make_file (self->assessment, format, lang, names, i, ids, &local_error);
      gsize size = 0;
      const void *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

      if (bytes == NULL || !bs_safe_write (path, data, size, BS_WRITE_NONE, &local_error))
        {
          g_autofree char *display = g_filename_display_name (path);

          /* Translators: %s is a file; the reason follows the colon */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), display,
                       local_error->message);
          for (guint j = 0; j < i; j++)
            g_unlink (g_ptr_array_index (paths, j));
          return FALSE;
        }
    }

  *n_written = paths->len;

  return TRUE;
}

static void
hand_out_clicked_cb (BsHandOutDialog *self)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  if (self->folder == NULL)
    {
      show_error (self, _("Choose the folder to write the questionnaires into."));
      return;
    }

  names = collect_names (self, &error);
  if (names == NULL || !write_round (self, names, &n, &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  folder = g_file_get_path (self->folder);
  {
    g_autofree char *display = g_filename_display_name (folder);

    /* Translators: %u is how many files were written, %s the folder */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u questionnaire to “%s”",
                                          "Wrote %u questionnaires to “%s”", n), n, display);
  }
  if (self->window != NULL)
    bs_window_show_export_toast (self->window, title, folder);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_clicked_cb (BsHandOutDialog *self)
{
  GtkWidget *entry = add_row (self, NULL, NULL);

  gtk_widget_grab_focus (entry);
}

static void
folder_response_cb (BsHandOutDialog      *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER)
        bs_hand_out_dialog_set_folder (self, file);
      else
        {
          g_autofree char *path = g_file_get_path (file);

          if (path != NULL)
            bs_hand_out_dialog_import_names (self, path);
        }
    }

  g_clear_object (&self->chooser);
}

static void
run_chooser (BsHandOutDialog      *self,
             GtkFileChooserAction  action)
{
  gboolean folder = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (folder ? _("Folder for the Questionnaires") : _("Import Names"),
                                               GTK_WINDOW (self), action,
                                               folder ? _("_Select") : _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      /* Translators: a names file holds name,role lines */
      gtk_file_filter_set_name (filter, _("Names files (CSV)"));
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), self->folder, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (folder_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
folder_clicked_cb (BsHandOutDialog *self)
{
  run_chooser (self, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
import_clicked_cb (BsHandOutDialog *self)
{
  run_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN);
}

/* What the round is made from, said before anything is chosen. */
static void
set_intro (BsHandOutDialog *self)
{
  const char *title = bs_assessment_get_title (self->assessment);
  BsTeam *team = bs_assessment_get_team (self->assessment);
  guint n = bs_team_get_n_respondents (team);
  g_autofree char *text = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled Assessment");

  if (bs_assessment_is_team (self->assessment))
    /* Translators: %s is the assessment's title, %u how many respondents its team has */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The questionnaires have the framework, unit and levels of “%s”, which has "
                                         "%u respondent so far. Add the filled-in questionnaires with Add Responses…",
                                         "The questionnaires have the framework, unit and levels of “%s”, which has "
                                         "%u respondents so far. Add the filled-in questionnaires with Add Responses…",
                                         n), title, n);
  else
    /* Translators: %s is the assessment's title */
    text = g_strdup_printf (_("The questionnaires have the framework, unit and levels of “%s”. It is not a team "
                              "assessment yet: adding the filled-in questionnaires with Add Responses… makes it "
                              "one, or drop them onto the window."), title);

  gtk_label_set_label (self->intro_label, text);
}

static void
bs_hand_out_dialog_dispose (GObject *object)
{
  BsHandOutDialog *self = (BsHandOutDialog *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_HAND_OUT_DIALOG);

  G_OBJECT_CLASS (bs_hand_out_dialog_parent_class)->dispose (object);
}

static void
bs_hand_out_dialog_finalize (GObject *object)
{
  BsHandOutDialog *self = (BsHandOutDialog *) object;

  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->assessment);
  g_clear_object (&self->folder);
  g_clear_object (&self->role_names);
  g_clear_object (&self->role_group);
  g_clear_pointer (&self->role_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (bs_hand_out_dialog_parent_class)->finalize (object);
}

static void
bs_hand_out_dialog_class_init (BsHandOutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_hand_out_dialog_dispose;
  object_class->finalize = bs_hand_out_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-hand-out-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, who_row);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, count_row);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, names_group);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, names_list);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, lang_row);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, BsHandOutDialog, hand_out_button);
  gtk_widget_class_bind_template_callback (widget_class, hand_out_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, folder_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bs_hand_out_dialog_init (BsHandOutDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bs_a11y_repair_names (GTK_WIDGET (self));

  self->role_ids = g_ptr_array_new_with_free_func (g_free);
  self->role_names = gtk_string_list_new (NULL);
  self->role_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  g_signal_connect_object (self->who_row, "notify::selected", G_CALLBACK (update_visibility), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (update_visibility), self, G_CONNECT_SWAPPED);
}

/**
 * bs_hand_out_dialog_new:
 * @window: the window whose assessment it is; the toast goes there
 * @assessment: what the questionnaires are for
 * @folder: (nullable): the folder offered for them
 *
 * Returns: (transfer none): a new dialog over @window
 */
BsHandOutDialog *
bs_hand_out_dialog_new (BsWindow     *window,
                        BsAssessment *assessment,
                        GFile        *folder)
{
  BsHandOutDialog *self;
  GListModel *roles;
  const char *lang = bs_default_language ();

  g_return_val_if_fail (BS_IS_WINDOW (window), NULL);
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (BS_TYPE_HAND_OUT_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  self->assessment = g_object_ref (assessment);

  roles = bs_framework_get_roles (bs_assessment_get_framework (assessment));
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i);

      g_ptr_array_add (self->role_ids, g_strdup (bs_role_get_id (role)));
      gtk_string_list_append (self->role_names, bs_role_get_name_text (role, lang));
    }

  adw_combo_row_set_selected (self->lang_row, g_str_equal (lang, "nl") ? 0 : 1);
  set_intro (self);
  bs_hand_out_dialog_set_folder (self, folder);
  update_visibility (self);

  return self;
}

void
bs_hand_out_dialog_set_folder (BsHandOutDialog *self,
                               GFile           *folder)
{
  g_return_if_fail (BS_IS_HAND_OUT_DIALOG (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->folder, folder);
  update_folder (self);
}

/**
 * bs_hand_out_dialog_get_folder:
 *
 * Returns: (transfer none) (nullable): where the questionnaires go
 */
GFile *
bs_hand_out_dialog_get_folder (BsHandOutDialog *self)
{
  g_return_val_if_fail (BS_IS_HAND_OUT_DIALOG (self), NULL);

  return self->folder;
}

void
bs_hand_out_dialog_set_format (BsHandOutDialog *self,
                               BsHandOutFormat  format)
{
  g_return_if_fail (BS_IS_HAND_OUT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, format);
}

/**
 * bs_hand_out_dialog_set_anonymous:
 *
 * Hands out @n_respondents questionnaires without names, as choosing
 * "Anonymous respondents" and the number does.
 */
void
bs_hand_out_dialog_set_anonymous (BsHandOutDialog *self,
                                  guint            n_respondents)
{
  g_return_if_fail (BS_IS_HAND_OUT_DIALOG (self));

  adw_combo_row_set_selected (self->who_row, WHO_ANONYMOUS);
  gtk_spin_button_set_value (self->count_spin, n_respondents);
}

/**
 * bs_hand_out_dialog_add_name:
 * @role_id: (nullable): a role of the framework; %NULL or an unknown one
 *   is "other"
 *
 * Adds a row to the list of names, as "Add" and typing does, and switches
 * to "Respondents by name".
 */
void
bs_hand_out_dialog_add_name (BsHandOutDialog *self,
                             const char      *name,
                             const char      *role_id)
{
  g_return_if_fail (BS_IS_HAND_OUT_DIALOG (self));

  adw_combo_row_set_selected (self->who_row, WHO_NAMED);
  add_row (self, name, role_id);
}

/**
 * bs_hand_out_dialog_import_names:
 * @path: a names file: name,role lines (docs/file-formats.md)
 *
 * Replaces the list with the names of @path, as "Import…" does; a file
 * that cannot be read leaves the list as it is and says why, naming the
 * line.
 *
 * Returns: %TRUE when the names were read
 */
gboolean
bs_hand_out_dialog_import_names (BsHandOutDialog *self,
                                 const char      *path)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BS_IS_HAND_OUT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  names = bs_respondent_names_read (path, bs_assessment_get_framework (self->assessment), &error);
  if (names == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  clear_rows (self);
  adw_combo_row_set_selected (self->who_row, WHO_NAMED);
  for (guint i = 0; i < names->len; i++)
    {
      BsRespondentName *entry = g_ptr_array_index (names, i);

      add_row (self, entry->name, entry->role);
    }

  return TRUE;
}

/**
 * bs_hand_out_dialog_get_error:
 *
 * Returns: (nullable): the problem the dialog shows, if any
 */
const char *
bs_hand_out_dialog_get_error (BsHandOutDialog *self)
{
  g_return_val_if_fail (BS_IS_HAND_OUT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}
