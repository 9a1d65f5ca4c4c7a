/* bs-window-export.c: the window's exports: report PDF, scores and action plan as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "bs-settings.h"
#include "bs-window-private.h"

#include "bs-print.h"
#include "bs-safe-write.h"

G_DEFINE_ENUM_TYPE (BsExportKind, bs_export_kind,
  G_DEFINE_ENUM_VALUE (BS_EXPORT_PDF, "pdf"),
  G_DEFINE_ENUM_VALUE (BS_EXPORT_SCORES_CSV, "scores-csv"),
  G_DEFINE_ENUM_VALUE (BS_EXPORT_ACTIONS_CSV, "actions-csv"))

/* Written as the CLI and the report write their files, through
 * bs_safe_write(): the whole text at once, replacing the file only when it
 * is complete, keeping its mode and following a link to its target. */
static gboolean
write_text (const char  *path,
            const char  *text,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!bs_safe_write (path, text, strlen (text), BS_WRITE_NONE, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: the first %s is a file name, the second why it failed */
                   _("Could not export “%s”: %s. An existing file was not changed."),
                   display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    bs_window_show_error (self, _("Could Not Open File"), error->message);
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  /* GtkFileLauncher does this from GTK 4.10; GIO works on 4.8 and later. */
  g_app_info_launch_default_for_uri_async (g_variant_get_string (param, NULL), G_APP_LAUNCH_CONTEXT (context),
                                           NULL, launch_cb, g_object_ref (self));
}

/**
 * bs_window_export:
 * @path: the file to write, replaced at once when complete
 *
 * Writes the report, the scores or the action plan of the window's
 * assessment to @path. The CSV files are what `blendscan-cli score
 * --format csv` prints and its action-plan counterpart: the core writes
 * both. On failure @error names the file and the reason, in the user's
 * language.
 *
 * Returns: %TRUE on success
 */
gboolean
bs_window_export (BsWindow      *self,
                  BsExportKind   kind,
                  const char    *path,
                  GError       **error)
{
  g_autofree char *lang = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  switch (kind)
    {
    case BS_EXPORT_PDF:
      lang = bs_settings_get_report_language (self->settings);
      return bs_print_export_pdf (GTK_WINDOW (self), self->assessment, lang, path, error);

    case BS_EXPORT_SCORES_CSV:
      text = bs_csv_format_scores (self->assessment, bs_default_language ());
      return write_text (path, text, error);

    case BS_EXPORT_ACTIONS_CSV:
      text = bs_csv_format_actions (self->assessment, bs_default_language ());
      return write_text (path, text, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * bs_window_show_export_toast:
 * @title: what was exported
 * @path: the file written
 *
 * Says the export worked, with a button that opens the file in the
 * desktop's application for it.
 *
 * Returns: (transfer none): the toast
 */
AdwToast *
bs_window_show_export_toast (BsWindow   *self,
                             const char *title,
                             const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  toast = adw_toast_new (title);
  /* Translators: a button on the "exported" notice that opens the file */
  adw_toast_set_button_label (toast, _("Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  return toast;
}

/**
 * bs_window_get_export_folder:
 *
 * Where a report or an export of the window's assessment most likely
 * belongs: beside the assessment. A new assessment has no folder of its
 * own yet.
 *
 * Returns: (transfer full) (nullable): the folder of the assessment
 */
GFile *
bs_window_get_export_folder (BsWindow *self)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  if (self->path == NULL)
    return NULL;

  file = g_file_new_for_path (self->path);

  return g_file_get_parent (file);
}

/**
 * bs_window_set_chooser_folder:
 *
 * Opens @chooser in bs_window_get_export_folder(), if there is one.
 */
void
bs_window_set_chooser_folder (BsWindow       *self,
                              GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  folder = bs_window_get_export_folder (self);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

void
_bs_window_class_export_init (BsWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.open-export", "s", open_export_action);
}
