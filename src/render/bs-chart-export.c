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

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} ChartFormat;

/**
 * bs_chart_export:
 * @size_px: width and height of the square chart, in pixels for PNG and
 *   in points for SVG and PDF
 * @path: where to write; the format follows its extension (.svg, .png,
 *   .pdf)
 *
 * Writes the radar of one level to a file, replacing it atomically.
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
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autofree char *display = NULL;
  g_autofree char *lower = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  ChartFormat format;
  cairo_t *cr;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (level_id != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = FORMAT_PDF;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the chart format from “%s”: use a name ending in .svg, .png or .pdf"),
                   display);
      return FALSE;
    }

  if (bs_framework_lookup_level (bs_assessment_get_framework (assessment), level_id) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The framework has no level “%s”"), level_id);
      return FALSE;
    }

  if (size_px < 16 || size_px > 10000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart must be between 16 and 10000 pixels wide, not %d"), size_px);
      return FALSE;
    }

  switch (format)
    {
    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (_bs_render_append_cb, buffer, size_px, size_px);
      break;
    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (_bs_render_append_cb, buffer, size_px, size_px);
      break;
    case FORMAT_PNG:
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

  if (format == FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, _bs_render_append_cb, buffer);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (!_bs_render_save (path, buffer, status, error))
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_prefix_error (error, _("Could not write the chart “%s”: "), display);
      return FALSE;
    }

  return TRUE;
}
