/* bs-window-unsaved.c: unsaved changes: the mark in the title, the recovery copy and the question on close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "bs-display.h"
#include "bs-recovery.h"
#include "bs-window-private.h"

/* Often enough to lose little in a crash, seldom enough not to write on
 * every keystroke. */
#define RECOVERY_INTERVAL_SECONDS 20

static gboolean
recovery_timeout_cb (gpointer data)
{
  BsWindow *self = data;

  self->recovery_source = 0;
  bs_window_write_recovery (self);

  return G_SOURCE_REMOVE;
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));

  return G_SOURCE_REMOVE;
}

/* The dialog is still emitting its response and still points at this
 * window as its parent: close once that is over. */
static void
close_later (BsWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
discard_and_close (BsWindow *self)
{
  _bs_window_set_dirty (self, FALSE);
  close_later (self);
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             BsWindow         *self)
{
  gboolean close_after_save = self->close_after_save;

  if (g_str_equal (response, "save-as"))
    {
      /* The chooser closes the window after saving, if that was asked. */
      _bs_window_save_as (self);
      return;
    }

  self->close_after_save = FALSE;
  if (g_str_equal (response, "overwrite")
      && bs_window_save_to_path (self, self->path)
      && close_after_save)
    close_later (self);
}

/* Saves to the window's own file, asking first if someone else changed
 * it; @close_after: close the window once saved. */
static gboolean
save_checked (BsWindow *self,
              gboolean  close_after)
{
  AdwMessageDialog *dialog;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autofree char *heading = NULL;

  if (!self->disk_stamp_known || !bs_file_stamp_changed (&self->disk_stamp, self->path))
    {
      if (!bs_window_save_to_path (self, self->path))
        return FALSE;
      if (close_after)
        close_later (self);
      return TRUE;
    }

  self->close_after_save = close_after;

  basename = g_path_get_basename (self->path);
  display = g_filename_display_name (basename);
  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("“%s” was changed by someone else since you opened it"), display);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Overwriting it replaces their changes with yours. "
                                                         "To keep both, save yours as another file.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

/**
 * bs_window_save:
 *
 * Saves the assessment to its own file. When someone else changed that
 * file since this window opened or last saved it, asks first whether to
 * overwrite their version, save elsewhere, or not save: nothing is lost
 * without the user choosing it.
 *
 * Returns: whether it was saved now (%FALSE while asking, or on failure)
 */
gboolean
bs_window_save (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->path != NULL, FALSE);

  return save_checked (self, FALSE);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   BsWindow         *self)
{
  if (g_str_equal (response, "discard"))
    discard_and_close (self);
  else if (g_str_equal (response, "save"))
    {
      if (self->path == NULL)
        {
          self->close_after_save = TRUE;
          _bs_window_save_as (self);
        }
      else
        save_checked (self, TRUE);
    }
}


/*
 * _bs_window_update_title:
 *
 * Shows the assessment's title, marked "• " while it has unsaved changes,
 * in the header and as the window's own title.
 */
void
_bs_window_update_title (BsWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_assert (BS_IS_WINDOW (self));

  if (self->assessment == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Blendscan"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Blendscan"));
      return;
    }

  title = bs_display_title (bs_assessment_get_title (self->assessment), self->dirty);
  subtitle = bs_display_subtitle (self->path, self->dirty);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/*
 * _bs_window_set_dirty:
 *
 * Marks the window as having unsaved changes or not. While it has them, a
 * recovery copy is written every RECOVERY_INTERVAL_SECONDS.
 */
void
_bs_window_set_dirty (BsWindow *self,
                      gboolean  dirty)
{
  g_assert (BS_IS_WINDOW (self));

  if (self->dirty != dirty)
    {
      self->dirty = dirty;
      _bs_window_update_title (self);
    }

  if (dirty && self->recovery_source == 0)
    {
      /* Only for tests, which cannot wait 20 s for a copy to appear. */
      const char *test_interval = g_getenv ("BLENDSCAN_TEST_RECOVERY_INTERVAL_MS");

      if (test_interval != NULL)
        self->recovery_source = g_timeout_add (MAX (1, atoi (test_interval)), recovery_timeout_cb, self);
      else
        self->recovery_source = g_timeout_add_seconds (RECOVERY_INTERVAL_SECONDS, recovery_timeout_cb, self);
    }
  else if (!dirty)
    g_clear_handle_id (&self->recovery_source, g_source_remove);
}

/*
 * _bs_window_track_unsaved:
 * @dirty: whether the assessment just put in the window has changes not
 *   in its file
 *
 * Starts tracking the unsaved changes of a new assessment in the window.
 */
void
_bs_window_track_unsaved (BsWindow *self,
                          gboolean  dirty)
{
  g_assert (BS_IS_WINDOW (self));

  if (self->recovery_path == NULL)
    self->recovery_path = bs_recovery_new_path ();

  /* forced, so that the title and the timer follow @dirty whatever the
   * last assessment left behind */
  self->dirty = !dirty;
  _bs_window_set_dirty (self, dirty);
  _bs_window_update_title (self);
}

/*
 * _bs_window_remove_recovery:
 *
 * Deletes the recovery copy: the changes are saved or knowingly dropped.
 */
void
_bs_window_remove_recovery (BsWindow *self)
{
  g_assert (BS_IS_WINDOW (self));

  if (self->recovery_path != NULL)
    bs_recovery_remove (self->recovery_path);
}

/*
 * _bs_window_ask_to_save:
 *
 * With unsaved changes, asks whether to save them before the window
 * closes; the answer closes it, or not.
 *
 * Returns: %TRUE when it asked, and the window must stay open for now
 */
gboolean
_bs_window_ask_to_save (BsWindow *self)
{
  GtkWidget *dialog;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  g_assert (BS_IS_WINDOW (self));

  if (!self->dirty || self->assessment == NULL)
    return FALSE;

  title = bs_display_title (bs_assessment_get_title (self->assessment), FALSE);
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                          title);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

gboolean
bs_window_get_dirty (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);

  return self->dirty;
}

/**
 * bs_window_write_recovery:
 *
 * Writes the recovery copy now, if there are unsaved changes.
 *
 * Returns: whether a copy was written
 */
gboolean
bs_window_write_recovery (BsWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);

  if (self->assessment == NULL || !self->dirty || self->recovery_path == NULL)
    return FALSE;

  if (!bs_recovery_write (self->assessment, self->recovery_path, self->path,
                          self->disk_stamp_known ? &self->disk_stamp : NULL, &error))
    {
      g_debug ("Recovery copy not written: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

const char *
bs_window_get_recovery_path (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->recovery_path;
}

/**
 * bs_window_adopt_recovery:
 *
 * Makes @recovery_path this window's recovery copy, so a restored
 * assessment keeps its copy until it is saved or discarded.
 */
void
bs_window_adopt_recovery (BsWindow   *self,
                          const char *recovery_path)
{
  g_return_if_fail (BS_IS_WINDOW (self));

  if (g_strcmp0 (self->recovery_path, recovery_path) != 0)
    {
      g_free (self->recovery_path);
      self->recovery_path = g_strdup (recovery_path);
    }
}

/**
 * bs_window_restore_recovery:
 * @assessment: the work loaded from @recovery_path
 * @original_path: (nullable): the file it was saved to before
 *
 * Shows restored work, unsaved, with its recovery copy kept until it is
 * saved or discarded. Saving it back to @original_path still notices a
 * change someone else made to that file after the work was read: the copy
 * knows which version that was. A copy that does not know (written by an
 * earlier version) is treated as based on an unknown version, so saving
 * over the original asks first.
 */
void
bs_window_restore_recovery (BsWindow     *self,
                            BsAssessment *assessment,
                            const char   *recovery_path,
                            const char   *original_path)
{
  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (recovery_path != NULL);

  bs_window_adopt_recovery (self, recovery_path);
  bs_window_set_assessment (self, assessment, original_path, TRUE);
  if (original_path == NULL)
    return;

  if (!bs_recovery_get_stamp (recovery_path, &self->disk_stamp))
    memset (&self->disk_stamp, 0, sizeof self->disk_stamp);
  self->disk_stamp_known = TRUE;
}
