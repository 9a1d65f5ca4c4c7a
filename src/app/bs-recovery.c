/* bs-recovery.c: recovery copies of unsaved work, kept in the user's state directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bs-recovery.h"
#include "bs-safe-write.h"

/* Beside each copy, a small file holds where the work was saved before,
 * so a restored assessment can be saved back to its own file. */
#define ORIGINAL_SUFFIX ".source"
#define STAMP_PREFIX "stamp "

/**
 * bs_recovery_get_dir:
 *
 * Returns: (transfer full): the folder of recovery copies
 */
char *
bs_recovery_get_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "blendscan", "recovery", NULL);
}

/**
 * bs_recovery_new_path:
 *
 * Returns: (transfer full): a fresh path for one window's recovery copy
 */
char *
bs_recovery_new_path (void)
{
  g_autofree char *dir = bs_recovery_get_dir ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (uuid, ".blendscan", NULL);

  return g_build_filename (dir, name, NULL);
}

/**
 * bs_recovery_write:
 * @original_path: (nullable): where the assessment is saved, if anywhere
 *
 * Writes a copy of @assessment as it is now, unsaved changes included.
 */
gboolean
bs_recovery_write (BsAssessment  *assessment,
                   const char    *recovery_path,
                   const char    *original_path,
                   const BsFileStamp *original_stamp,
                   GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *source_text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (recovery_path != NULL, FALSE);

  dir = g_path_get_dirname (recovery_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* bs_safe_write() replaces the copy at once and cleans up after a
   * writer that was killed half-way, so the folder never fills with
   * temporary files. */
  bytes = bs_assessment_to_bytes (assessment);
  if (!bs_safe_write (recovery_path, g_bytes_get_data (bytes, NULL),
                      g_bytes_get_size (bytes), BS_WRITE_NONE, error))
    return FALSE;
  /* A new file gets the umask's mode; the folder is 0700 already, this
   * keeps the copy private even if someone widens the folder. */
  g_chmod (recovery_path, 0600);

  source = g_strconcat (recovery_path, ORIGINAL_SUFFIX, NULL);
  if (original_path == NULL)
    {
      g_unlink (source);
      return TRUE;
    }

  /* The original's stamp goes first, on its own line ("stamp …"; a path
   * is absolute, so it never starts so): on restore, the window knows which
   * version of the original the work was based on and still notices a
   * change made by someone else since. Copies from before have the path
   * alone. */
  if (original_stamp != NULL)
    {
      stamp = bs_file_stamp_to_string (original_stamp);
      source_text = g_strdup_printf ("%s%s\n%s", STAMP_PREFIX, stamp, original_path);
    }
  else
    source_text = g_strdup (original_path);

  if (!bs_safe_write (source, source_text, strlen (source_text),
                      BS_WRITE_NONE, error))
    return FALSE;
  g_chmod (source, 0600);

  return TRUE;
}

/**
 * bs_recovery_get_original:
 *
 * Returns: (transfer full) (nullable): the file the recovered work was
 *   saved to before, if any
 */
char *
bs_recovery_get_original (const char *recovery_path)
{
  g_autofree char *source = NULL;
  char *contents = NULL;

  g_return_val_if_fail (recovery_path != NULL, NULL);

  source = g_strconcat (recovery_path, ORIGINAL_SUFFIX, NULL);
  if (!g_file_get_contents (source, &contents, NULL, NULL))
    return NULL;

  if (g_str_has_prefix (contents, STAMP_PREFIX))
    {
      const char *newline = strchr (contents, '\n');
      char *path = g_strdup (newline != NULL ? newline + 1 : "");

      g_free (contents);
      contents = path;
    }

  if (contents[0] == '\0')
    g_clear_pointer (&contents, g_free);

  return contents;
}

/**
 * bs_recovery_get_stamp:
 * @stamp: (out): the original file's stamp when the copy was written
 *
 * Returns: whether the copy knows which version of its original file the
 *   work was based on (copies written before it did, and copies of new
 *   assessments, do not)
 */
gboolean
bs_recovery_get_stamp (const char  *recovery_path,
                       BsFileStamp *stamp)
{
  g_autofree char *source = NULL;
  g_autofree char *contents = NULL;
  char *newline;

  g_return_val_if_fail (recovery_path != NULL, FALSE);
  g_return_val_if_fail (stamp != NULL, FALSE);

  source = g_strconcat (recovery_path, ORIGINAL_SUFFIX, NULL);
  if (!g_file_get_contents (source, &contents, NULL, NULL)
      || !g_str_has_prefix (contents, STAMP_PREFIX))
    return FALSE;

  newline = strchr (contents, '\n');
  if (newline == NULL)
    return FALSE;
  *newline = '\0';

  return bs_file_stamp_from_string (stamp, contents + strlen (STAMP_PREFIX));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * bs_recovery_list:
 *
 * Returns: (transfer full) (element-type filename): the recovery copies
 *   there are, sorted
 */
GPtrArray *
bs_recovery_list (void)
{
  g_autofree char *dir_path = bs_recovery_get_dir ();
  g_autoptr(GDir) dir = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return paths;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".blendscan"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (paths, compare_strings);

  return paths;
}

/**
 * bs_recovery_remove:
 *
 * Deletes a recovery copy once the work is saved, discarded or restored.
 */
void
bs_recovery_remove (const char *recovery_path)
{
  g_autofree char *source = NULL;

  g_return_if_fail (recovery_path != NULL);

  source = g_strconcat (recovery_path, ORIGINAL_SUFFIX, NULL);
  g_unlink (recovery_path);
  g_unlink (source);
}

/**
 * bs_recovery_get_kept_dir:
 *
 * Returns: (transfer full): the folder where recovery copies that could
 *   not be opened are kept
 */
char *
bs_recovery_get_kept_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "blendscan", "recovery-unopened", NULL);
}

/* Moves a copy that does not open out of the way, so that it is not
 * offered again at every start, but never deletes it: it may hold the only
 * copy of someone's work, and a later version may open it. */
static char *
keep_unopened (const char  *recovery_path,
               GError     **error)
{
  g_autofree char *dir = bs_recovery_get_kept_dir ();
  g_autofree char *name = g_path_get_basename (recovery_path);
  g_autofree char *kept = g_build_filename (dir, name, NULL);
  g_autofree char *source = g_strconcat (recovery_path, ORIGINAL_SUFFIX, NULL);
  g_autofree char *kept_source = g_strconcat (kept, ORIGINAL_SUFFIX, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_rename (recovery_path, kept) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", kept, g_strerror (saved_errno));
      return NULL;
    }

  g_rename (source, kept_source);
  return g_steal_pointer (&kept);
}

/**
 * bs_recovery_load:
 * @recovery_path: a recovery copy from bs_recovery_list()
 * @kept_path: (out) (optional) (transfer full): where a copy that could not
 *   be opened is kept now
 *
 * Opens a recovery copy. One that does not open is never deleted: it is
 * moved to bs_recovery_get_kept_dir() (or left where it is, if even that
 * fails), and @kept_path says where, so that the user can be told.
 *
 * Returns: (transfer full) (nullable): the assessment, or %NULL with the
 *   loader's message in @error
 */
BsAssessment *
bs_recovery_load (const char  *recovery_path,
                  char       **kept_path,
                  GError     **error)
{
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autofree char *kept = NULL;

  g_return_val_if_fail (recovery_path != NULL, NULL);

  if (kept_path != NULL)
    *kept_path = NULL;

  assessment = bs_assessment_load (recovery_path, NULL, &load_error);
  if (assessment != NULL)
    return g_steal_pointer (&assessment);

  kept = keep_unopened (recovery_path, &move_error);
  if (kept == NULL)
    {
      g_warning ("Could not move the recovery copy %s aside: %s", recovery_path, move_error->message);
      kept = g_strdup (recovery_path);
    }
  else
    {
      /* Say what is wrong with the file where it is now, so the message
       * names a file the user can find. */
      g_autoptr(GError) again = NULL;
      g_autoptr(BsAssessment) unexpected = bs_assessment_load (kept, NULL, &again);

      if (unexpected == NULL && again != NULL)
        {
          g_clear_error (&load_error);
          load_error = g_steal_pointer (&again);
        }
    }

  g_propagate_error (error, g_steal_pointer (&load_error));

  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);

  return NULL;
}

/**
 * bs_recovery_describe:
 * @recovery_path: a recovery copy
 *
 * Names the assessment a recovery copy holds, for the dialog that offers
 * it back: the file it was saved as, or its title when it never was.
 *
 * Returns: (transfer full): e.g. "“scan.blendscan”" or "“Title” (not saved yet)"
 */
char *
bs_recovery_describe (const char *recovery_path)
{
  g_autofree char *original = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  const char *title = NULL;

  g_return_val_if_fail (recovery_path != NULL, NULL);

  original = bs_recovery_get_original (recovery_path);
  if (original != NULL)
    {
      g_autofree char *base = g_path_get_basename (original);
      g_autofree char *shown = g_filename_display_name (base);

      return g_strdup_printf ("“%s”", shown);
    }

  /* Never saved: only the file itself knows what it is. One that does not
   * load is still offered; restoring it says why it cannot open. */
  assessment = bs_assessment_load (recovery_path, NULL, NULL);
  if (assessment != NULL)
    title = bs_assessment_get_title (assessment);
  if (title == NULL || *title == '\0')
    /* Translators: an assessment in the recovery dialog that has neither a file nor a title */
    return g_strdup (_("an untitled assessment, not saved yet"));

  /* Translators: an assessment in the recovery dialog: its title */
  return g_strdup_printf (_("“%s” (not saved yet)"), title);
}
