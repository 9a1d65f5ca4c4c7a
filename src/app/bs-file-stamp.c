/* bs-file-stamp.c: telling whether a file was changed on disk since it was read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "bs-file-stamp.h"

/*
 * A window remembers the stamp of its file when it opens or saves it, and
 * compares before it saves again, so that it does not silently overwrite
 * what a colleague (or another program, or a sync client) wrote in the
 * meantime. The modification time is compared to the nanosecond, with
 * the size and the inode: a save by another program through a temporary
 * file and a rename gives a new inode even within the same clock tick.
 */

/**
 * bs_file_stamp_read:
 *
 * Fills @stamp from the file at @path as it is now, following links as
 * saving does. A file that cannot be examined counts as absent.
 */
void
bs_file_stamp_read (BsFileStamp *stamp,
                    const char  *path)
{
  GStatBuf st;

  g_return_if_fail (stamp != NULL);
  g_return_if_fail (path != NULL);

  memset (stamp, 0, sizeof *stamp);
  if (g_stat (path, &st) != 0)
    return;

  stamp->exists = TRUE;
  stamp->device = st.st_dev;
  stamp->inode = st.st_ino;
  stamp->size = st.st_size;
  stamp->mtime_sec = st.st_mtim.tv_sec;
  stamp->mtime_nsec = st.st_mtim.tv_nsec;
}

/**
 * bs_file_stamp_equal:
 *
 * Returns: whether @a and @b are the same version of the same file
 */
gboolean
bs_file_stamp_equal (const BsFileStamp *a,
                     const BsFileStamp *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!a->exists || !b->exists)
    return a->exists == b->exists;

  return a->device == b->device
         && a->inode == b->inode
         && a->size == b->size
         && a->mtime_sec == b->mtime_sec
         && a->mtime_nsec == b->mtime_nsec;
}

/**
 * bs_file_stamp_changed:
 * @known: the stamp taken when the file was opened or last saved
 *
 * Returns: whether the file at @path is no longer the version of @known
 *   (changed, replaced or deleted)
 */
gboolean
bs_file_stamp_changed (const BsFileStamp *known,
                       const char        *path)
{
  BsFileStamp now;

  g_return_val_if_fail (known != NULL, FALSE);

  bs_file_stamp_read (&now, path);

  return !bs_file_stamp_equal (known, &now);
}

/**
 * bs_file_stamp_to_string:
 *
 * Returns: (transfer full): @stamp as one line of text, for
 *   bs_file_stamp_from_string()
 */
char *
bs_file_stamp_to_string (const BsFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, NULL);

  return g_strdup_printf ("%d %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                          stamp->exists ? 1 : 0, stamp->device, stamp->inode, stamp->size,
                          stamp->mtime_sec, stamp->mtime_nsec);
}

/**
 * bs_file_stamp_from_string:
 *
 * Returns: whether @text was a stamp written by bs_file_stamp_to_string();
 *   @stamp is left as it was when it was not
 */
gboolean
bs_file_stamp_from_string (BsFileStamp *stamp,
                           const char  *text)
{
  BsFileStamp read = { 0 };
  int exists;
  char end;

  g_return_val_if_fail (stamp != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (sscanf (text, "%d %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT
              " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "%c",
              &exists, &read.device, &read.inode, &read.size,
              &read.mtime_sec, &read.mtime_nsec, &end) != 6
      || (exists != 0 && exists != 1))
    return FALSE;

  read.exists = exists == 1;
  *stamp = read;
  return TRUE;
}
