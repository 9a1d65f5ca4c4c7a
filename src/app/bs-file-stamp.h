/* bs-file-stamp.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BsFileStamp:
 *
 * What identifies one version of a file on disk: which file it is and
 * when and how it was last written. Plain data, copied by value.
 */
typedef struct
{
  gboolean exists;
  guint64  device;
  guint64  inode;
  gint64   size;
  gint64   mtime_sec;
  gint64   mtime_nsec;
} BsFileStamp;

void     bs_file_stamp_read  (BsFileStamp       *stamp,
                              const char        *path);
gboolean bs_file_stamp_equal (const BsFileStamp *a,
                              const BsFileStamp *b);
gboolean bs_file_stamp_changed (const BsFileStamp *known,
                                const char        *path);
char    *bs_file_stamp_to_string   (const BsFileStamp *stamp);
gboolean bs_file_stamp_from_string (BsFileStamp       *stamp,
                                    const char        *text);

G_END_DECLS
