/* bs-report-pdf.c: the report written as an A4 PDF, with its metadata and outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "bs-report-private.h"

/* The PDF's title, author and subject: the start of a longer text. */
#define METADATA_CHARS   400

/* What a file manager or a document archive shows without opening the
 * report: its title, who wrote it (the facilitator, else the institution)
 * and what it is about. Cairo adds the creation date itself. */
static void
set_pdf_metadata (BsReport        *self,
                  cairo_surface_t *surface)
{
  const char *title = bs_assessment_get_title (self->assessment);
  const char *facilitator = bs_assessment_get_facilitator (self->assessment);
  const char *institution = bs_assessment_get_institution (self->assessment);
  const char *unit = bs_assessment_get_unit (self->assessment);
  g_autoptr(GString) subject = g_string_new (_bs_report_string (BS_STR_REPORT_KIND, self->lang));

  /* Each a line in a file manager: the start of a text pasted into the
   * field is plenty, the report itself has all of it. */
  if (!_bs_render_is_blank (title))
    {
      g_autofree char *shown = _bs_render_utf8_prefix (title, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, shown);
    }
  if (!_bs_render_is_blank (facilitator))
    {
      g_autofree char *author = _bs_render_utf8_prefix (facilitator, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
    }
  else if (!_bs_render_is_blank (institution))
    {
      g_autofree char *author = _bs_render_utf8_prefix (institution, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
    }

  if (!_bs_render_is_blank (unit))
    g_string_append_printf (subject, ": %s", unit);
  if (!_bs_render_is_blank (institution))
    g_string_append_printf (subject, _bs_render_is_blank (unit) ? ": %s" : ", %s", institution);
  {
    g_autofree char *shown = _bs_render_utf8_prefix (subject->str, METADATA_CHARS);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, shown);
  }
}

/* The PDF outline (the bookmarks a viewer shows beside the pages)
 * mirrors the table of contents. */
static void
add_outline (BsReport        *self,
             cairo_surface_t *surface)
{
  GPtrArray *sections = _bs_page_flow_get_sections (self->flow);
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < sections->len; i++)
    {
      BsFlowSection *entry = g_ptr_array_index (sections, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 0]", entry->page + 1);
      int id;

      if (*entry->title == '\0')
        continue;
      g_autofree char *name = _bs_render_utf8_prefix (entry->title, 200);

      id = cairo_pdf_surface_add_outline (surface, entry->depth == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          name, link, 0);
      if (entry->depth == 0)
        parent = id;
    }
}

/**
 * bs_report_to_pdf:
 *
 * Renders the report as an A4 PDF in memory, for a file or a pipe.
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
bs_report_to_pdf (BsReport  *self,
                  GError   **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (BS_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (_bs_render_append_cb, buffer,
                                                 BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  set_pdf_metadata (self, surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Blendscan " PACKAGE_VERSION);

  cr = cairo_create (surface);
  if (bs_report_get_n_pages (self) == 0 ||
      fabs (self->page_width - BS_REPORT_A4_WIDTH) > 0.01 ||
      fabs (self->page_height - BS_REPORT_A4_HEIGHT) > 0.01)
    bs_report_paginate (self, cr, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);

  for (guint i = 0; i < bs_report_get_n_pages (self); i++)
    {
      bs_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  add_outline (self, surface);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return _bs_render_finish (g_steal_pointer (&buffer), status, error);
}

/**
 * bs_report_write_pdf:
 *
 * Writes the report as an A4 PDF with bs_safe_write(): replaced
 * atomically (when anything fails, an existing file at @path is left as
 * it was), a link followed, never a device or a folder.
 *
 * Returns: %TRUE on success
 */
gboolean
bs_report_write_pdf (BsReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (BS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  bytes = bs_report_to_pdf (self, error);
  if (bytes == NULL || !_bs_render_save (path, bytes, error))
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_prefix_error (error, _("Could not write the report “%s”: "), display);
      return FALSE;
    }

  return TRUE;
}
