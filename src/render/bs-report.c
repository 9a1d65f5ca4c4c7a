/* bs-report.c: the BsReport object: an assessment's report, paginated and drawn page by page for PDF and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include "bs-report-private.h"

G_DEFINE_FINAL_TYPE (BsReport, bs_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LANG,
  PROP_RESPONDENT_NAMES,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
    case PROP_RESPONDENT_NAMES:
      g_value_set_boolean (value, self->options.respondent_names);
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
    case PROP_RESPONDENT_NAMES:
      {
        BsReportOptions options = self->options;

        options.respondent_names = g_value_get_boolean (value);
        bs_report_set_options (self, &options);
      }
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

  /* BsReportOptions.respondent_names, for a GtkCheckButton to bind to. */
  properties[PROP_RESPONDENT_NAMES] =
    g_param_spec_boolean ("respondent-names", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

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

/**
 * bs_report_new_full:
 * @lang: (nullable): "nl" or "en"; %NULL means the user's language
 * @options: (nullable): what to print beyond the defaults; %NULL for none
 *
 * Returns: (transfer full): a report on @assessment, not yet paginated
 */
BsReport *
bs_report_new_full (BsAssessment          *assessment,
                    const char            *lang,
                    const BsReportOptions *options)
{
  BsReport *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  self = bs_report_new (assessment, lang);
  if (options != NULL)
    bs_report_set_options (self, options);

  return self;
}

/**
 * bs_report_get_options:
 * @options: (out caller-allocates): the report's options
 */
void
bs_report_get_options (BsReport        *self,
                       BsReportOptions *options)
{
  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (options != NULL);

  *options = self->options;
}

/**
 * bs_report_set_options:
 *
 * Changes what the report prints. Pages laid out already are dropped
 * (bs_report_get_n_pages() is 0 until bs_report_paginate() runs again;
 * bs_report_to_pdf() does that itself): the print dialog sets these from
 * its own tab ("custom-widget-apply") just before "begin-print" paginates.
 */
void
bs_report_set_options (BsReport              *self,
                       const BsReportOptions *options)
{
  gboolean names;

  g_return_if_fail (BS_IS_REPORT (self));
  g_return_if_fail (options != NULL);

  names = options->respondent_names != FALSE;
  if (names == self->options.respondent_names)
    return;

  self->options.respondent_names = names;
  if (self->flow != NULL)
    {
      g_clear_pointer (&self->flow, _bs_page_flow_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENT_NAMES]);
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
