/* bs-render-output.c: drawing into memory, then replacing the file at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <gio/gio.h>

#include "bs-render-private.h"
#include "bs-safe-write.h"

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
 * _bs_render_finish:
 * @buffer: (transfer full): what the surface wrote
 * @status: how drawing into @buffer ended
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   in cairo's words when drawing failed
 */
GBytes *
_bs_render_finish (GByteArray      *buffer,
                   cairo_status_t   status,
                   GError         **error)
{
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (buffer);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (buffer);
}

/**
 * _bs_render_save:
 *
 * Writes @bytes to @path as every file of Blendscan is written (see
 * bs_safe_write()). On failure @error says why in the file system's
 * words; callers prefix it with what failed.
 */
gboolean
_bs_render_save (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  return bs_safe_write (path, data, length, BS_WRITE_NONE, error);
}
