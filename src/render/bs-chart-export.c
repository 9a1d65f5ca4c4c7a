/* bs-chart-export.c: one radar chart as an SVG, PNG or PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "bs-chart-export.h"
#include "bs-render-private.h"

/**
 * bs_chart_format_from_name:
 * @name: a file name ending in .svg, .png or .pdf (any case), or just
 *   "svg", "png" or "pdf"
 *
 * Returns: %TRUE when @name says which format
 */
gboolean
bs_chart_format_from_name (const char    *name,
                           BsChartFormat *format)
{
  static const struct {
    const char    *ext;
    BsChartFormat  format;
  } formats[] = {
    { "png", BS_CHART_FORMAT_PNG },
    { "svg", BS_CHART_FORMAT_SVG },
    { "pdf", BS_CHART_FORMAT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *suffix = g_strconcat (".", formats[i].ext, NULL);

      if (g_str_equal (lower, formats[i].ext) || g_str_has_suffix (lower, suffix))
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * bs_chart_render:
 * @size_px: width and height of the square chart, in pixels for PNG and
 *   in points for SVG and PDF
 *
 * Draws the radar of one level into memory, for a file or a pipe.
 *
 * Returns: (transfer full) (nullable): the PNG, SVG or PDF bytes
 */
GBytes *
bs_chart_render (BsAssessment          *assessment,
                 const char            *level_id,
                 const BsRadarOptions  *options,
                 int                    size_px,
                 BsChartFormat          format,
                 GError               **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (bs_framework_lookup_level (bs_assessment_get_framework (assessment), level_id) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The framework has no level “%s”"), level_id);
      return NULL;
    }

  if (size_px < 16 || size_px > 10000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart must be between 16 and 10000 pixels wide, not %d"), size_px);
      return NULL;
    }

  switch (format)
    {
    case BS_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (_bs_render_append_cb, buffer, size_px, size_px);
      break;
    case BS_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (_bs_render_append_cb, buffer, size_px, size_px);
      break;
    case BS_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size_px, size_px);
      break;
    }

  cr = cairo_create (surface);
  /* A white ground: a transparent chart is unreadable in a dark viewer. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bs_radar_draw (cr, size_px, size_px, assessment, level_id, options);
  cairo_destroy (cr);

  if (format == BS_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, _bs_render_append_cb, buffer);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  return _bs_render_finish (g_steal_pointer (&buffer), status, error);
}

/**
 * bs_chart_export:
 * @path: where to write; the format follows its extension (.svg, .png,
 *   .pdf)
 *
 * Writes the radar of one level to a file with bs_safe_write(): replaced
 * atomically, a link followed, never a device or a folder.
 *
 * Returns: %TRUE on success
 */
gboolean
bs_chart_export (BsAssessment          *assessment,
                 const char            *level_id,
                 const BsRadarOptions  *options,
                 int                    size_px,
                 const char            *path,
                 GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  BsChartFormat format;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (level_id != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  if (!bs_chart_format_from_name (path, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the chart format from “%s”: use a name ending in .svg, .png or .pdf"),
                   display);
      return FALSE;
    }

  bytes = bs_chart_render (assessment, level_id, options, size_px, format, error);
  if (bytes == NULL)
    return FALSE;

  if (!_bs_render_save (path, bytes, error))
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_prefix_error (error, _("Could not write the chart “%s”: "), display);
      return FALSE;
    }

  return TRUE;
}
