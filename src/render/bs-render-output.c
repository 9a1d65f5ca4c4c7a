/* bs-render-output.c: drawing into memory, then replacing the file at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <gio/gio.h>

#include "bs-render-private.h"

/* Surfaces write into a GByteArray, so that nothing touches the disk until
 * the whole document exists; a failure half-way leaves the old file. */
cairo_status_t
_bs_render_append_cb (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * _bs_render_save:
 * @status: how drawing into @buffer ended
 *
 * Replaces @path with @buffer atomically. On failure @error says why in
 * cairo's or the file system's words; callers prefix it with what failed.
 */
gboolean
_bs_render_save (const char      *path,
                 GByteArray      *buffer,
                 cairo_status_t   status,
                 GError         **error)
{
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }

  return g_file_set_contents_full (path, (const char *) buffer->data, buffer->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}
