/* bs-safe-write.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BsWriteFlags:
 * @BS_WRITE_NONE: just replace the file
 * @BS_WRITE_BACKUP: keep the replaced version as "PATH~"
 */
typedef enum
{
  BS_WRITE_NONE = 0,
  BS_WRITE_BACKUP = 1 << 0,
} BsWriteFlags;

gboolean bs_safe_write_check (const char    *path,
                              GError       **error);
gboolean bs_safe_write       (const char    *path,
                              const void    *data,
                              gsize          length,
                              BsWriteFlags   flags,
                              GError       **error);

G_END_DECLS
