/* bs-report.c: the BsReport object: an assessment's report, paginated and drawn page by page for PDF and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "bs-report-private.h"

G_DEFINE_FINAL_TYPE (BsReport, bs_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LANG,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The PDF's title, author and subject: the start of a longer text. */
#define METADATA_CHARS   400

static void
bs_report_finalize (GObject *object)
{
  BsReport *self = (BsReport *) object;

  g_clear_pointer (&self->flow, _bs_page_flow_free);
  g_clear_object (&self->context);
  g_clear_object (&self->assessment);
  g_free (self->lang);

  G_OBJECT_CLASS (bs_report_parent_class)->finalize (object);
}

static void
bs_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BsReport *self = BS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, bs_report_get_n_pages (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BsReport *self = BS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    case PROP_LANG:
      self->lang = g_strdup (_bs_report_resolve_lang (g_value_get_string (value)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_report_class_init (BsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_report_finalize;
  object_class->get_property = bs_report_get_property;
  object_class->set_property = bs_report_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* "nl" or "en"; NULL at construction means the user's language. */
  properties[PROP_LANG] =
    g_param_spec_string ("lang", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_report_init (BsReport *self)
{
  self->context = _bs_render_context_new ();
}

/**
 * bs_report_new:
 * @lang: (nullable): "nl" or "en"; %NULL means the user's language
 *
 * Returns: (transfer full): a report on @assessment, not yet paginated
 */
BsReport *
bs_report_new (BsAssessment *assessment,
               const char   *lang)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (BS_TYPE_REPORT,
                       "assessment", assessment,
                       "lang", lang,
                       NULL);
}

BsAssessment *
bs_report_get_assessment (BsReport *self)
{
  g_return_val_if_fail (BS_IS_REPORT (self), NULL);

  return self->assessment;
}

const char *
bs_report_get_lang (BsReport *self)
{
  g_return_val_if_fail (BS_IS_REPORT (self), NULL);

  return self->lang;
}

/**
 * bs_report_paginate:
 * @cr: (nullable): the context the pages will be drawn on
 * @page_width: in @cr's user units, points for PDF (A4 is 595.276)
 * @page_height: A4 is 841.89
 *
 * Lays the report out in pages. The text is measured with metrics that do
 * not depend on the surface, so a report paginated once draws the same on
 * the print dialog's context and on a PDF. The layout is in points: a
 * GtkPrintOperation should use GTK_UNIT_POINTS and pass the page size of
 * its GtkPrintContext.
 */
void
bs_report_paginate (BsReport *self,
                    cairo_t  *cr,
                    double    page_width,
                    double    page_height)
{
  guint old_n_pages;

  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (page_width > 4 * MARGIN_SIDE && page_height > 2 * (MARGIN_TOP + MARGIN_BOTTOM));

  old_n_pages = bs_report_get_n_pages (self);
  g_clear_pointer (&self->flow, _bs_page_flow_free);
  self->page_width = page_width;
  self->page_height = page_height;

  self->flow = _bs_page_flow_new (self->context, MARGIN_SIDE, MARGIN_TOP,
                                  page_width - 2 * MARGIN_SIDE, page_height - MARGIN_BOTTOM);
  _bs_report_lay_out (self, self->flow);

  if (old_n_pages != bs_report_get_n_pages (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

guint
bs_report_get_n_pages (BsReport *self)
{
  g_return_val_if_fail (BS_IS_REPORT (self), 0);

  return self->flow != NULL ? _bs_page_flow_get_n_pages (self->flow) : 0;
}

/**
 * bs_report_draw_page:
 * @page: 0-based, below bs_report_get_n_pages()
 *
 * Draws one page at the origin of @cr, in the units the report was
 * paginated for.
 */
void
bs_report_draw_page (BsReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < bs_report_get_n_pages (self));

  cairo_save (cr);
  _bs_report_draw_header_footer (self, cr, page);
  _bs_page_flow_draw_page (self->flow, cr, page);
  cairo_restore (cr);
}

/* What a file manager or a document archive shows without opening the
 * report: who wrote it (the facilitator, else the institution) and what
 * it is about. Cairo adds the creation date itself. */
static void
set_pdf_metadata (BsReport        *self,
                  cairo_surface_t *surface)
{
  const char *facilitator = bs_assessment_get_facilitator (self->assessment);
  const char *institution = bs_assessment_get_institution (self->assessment);
  const char *unit = bs_assessment_get_unit (self->assessment);
  g_autoptr(GString) subject = g_string_new (_bs_report_string (BS_STR_REPORT_KIND, self->lang));

  /* Each a line in a file manager: the start of a text pasted into the
   * field is plenty, the report itself has all of it. */
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
  const char *title;
  GPtrArray *sections;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  g_return_val_if_fail (BS_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (_bs_render_append_cb, buffer,
                                                 BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  title = bs_assessment_get_title (self->assessment);
  if (!_bs_render_is_blank (title))
    {
      g_autofree char *shown = _bs_render_utf8_prefix (title, METADATA_CHARS);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, shown);
    }
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

  /* The PDF outline mirrors the table of contents. */
  sections = _bs_page_flow_get_sections (self->flow);
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
