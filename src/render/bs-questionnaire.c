/* bs-questionnaire.c: the BsQuestionnaire object: a paper questionnaire of an assessment for one respondent, as an A4 PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>

#include "bs-questionnaire-private.h"

G_DEFINE_FINAL_TYPE (BsQuestionnaire, bs_questionnaire, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LANG,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bs_questionnaire_finalize (GObject *object)
{
  BsQuestionnaire *self = (BsQuestionnaire *) object;

  g_clear_pointer (&self->flow, _bs_page_flow_free);
  g_clear_object (&self->context);
  g_clear_object (&self->assessment);
  g_free (self->lang);
  g_free (self->name);
  g_free (self->role);

  G_OBJECT_CLASS (bs_questionnaire_parent_class)->finalize (object);
}

static void
bs_questionnaire_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BsQuestionnaire *self = BS_QUESTIONNAIRE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_questionnaire_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BsQuestionnaire *self = BS_QUESTIONNAIRE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    case PROP_LANG:
      self->lang = g_strdup (_bs_report_resolve_lang (g_value_get_string (value)));
      break;
    case PROP_NAME:
      /* A blank name is a blank form. */
      self->name = _bs_render_is_blank (g_value_get_string (value)) ? NULL : g_value_dup_string (value);
      break;
    case PROP_ROLE:
      self->role = _bs_render_is_blank (g_value_get_string (value)) ? NULL : g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_questionnaire_class_init (BsQuestionnaireClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_questionnaire_finalize;
  object_class->get_property = bs_questionnaire_get_property;
  object_class->set_property = bs_questionnaire_set_property;

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

  /* The respondent the form is for; NULL leaves a line to write a name on. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The respondent's role id, ticked on the cover; NULL ticks none. */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_questionnaire_init (BsQuestionnaire *self)
{
  self->context = _bs_render_context_new ();
}

/**
 * bs_questionnaire_new:
 * @lang: (nullable): "nl" or "en"; %NULL means the user's language
 * @name: (nullable): the respondent's name, printed on the form; %NULL
 *   for a form with a line to write a name on
 * @role_id: (nullable): the respondent's role, ticked on the cover
 *
 * Returns: (transfer full): a paper questionnaire of the statements of
 *   the levels @assessment includes, not yet paginated
 */
BsQuestionnaire *
bs_questionnaire_new (BsAssessment *assessment,
                      const char   *lang,
                      const char   *name,
                      const char   *role_id)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (BS_TYPE_QUESTIONNAIRE,
                       "assessment", assessment,
                       "lang", lang,
                       "name", name,
                       "role", role_id,
                       NULL);
}

BsAssessment *
bs_questionnaire_get_assessment (BsQuestionnaire *self)
{
  g_return_val_if_fail (BS_IS_QUESTIONNAIRE (self), NULL);

  return self->assessment;
}

const char *
bs_questionnaire_get_lang (BsQuestionnaire *self)
{
  g_return_val_if_fail (BS_IS_QUESTIONNAIRE (self), NULL);

  return self->lang;
}

const char *
bs_questionnaire_get_name (BsQuestionnaire *self)
{
  g_return_val_if_fail (BS_IS_QUESTIONNAIRE (self), NULL);

  return self->name;
}

const char *
bs_questionnaire_get_role (BsQuestionnaire *self)
{
  g_return_val_if_fail (BS_IS_QUESTIONNAIRE (self), NULL);

  return self->role;
}

/**
 * bs_questionnaire_paginate:
 * @page_width: in points (A4 is 595.276)
 * @page_height: A4 is 841.89
 *
 * Lays the questionnaire out in pages, as bs_report_paginate() does.
 */
void
bs_questionnaire_paginate (BsQuestionnaire *self,
                           double           page_width,
                           double           page_height)
{
  g_return_if_fail (BS_IS_QUESTIONNAIRE (self));
  g_return_if_fail (page_width > 4 * MARGIN_SIDE && page_height > 2 * (MARGIN_TOP + MARGIN_BOTTOM));

  g_clear_pointer (&self->flow, _bs_page_flow_free);
  self->page_width = page_width;
  self->page_height = page_height;
  self->flow = _bs_page_flow_new (self->context, MARGIN_SIDE, MARGIN_TOP,
                                  page_width - 2 * MARGIN_SIDE, page_height - MARGIN_BOTTOM);
  _bs_questionnaire_lay_out (self, self->flow);
}

guint
bs_questionnaire_get_n_pages (BsQuestionnaire *self)
{
  g_return_val_if_fail (BS_IS_QUESTIONNAIRE (self), 0);

  return self->flow != NULL ? _bs_page_flow_get_n_pages (self->flow) : 0;
}

/**
 * bs_questionnaire_draw_page:
 * @page: 0-based, below bs_questionnaire_get_n_pages()
 */
void
bs_questionnaire_draw_page (BsQuestionnaire *self,
                            cairo_t         *cr,
                            guint            page)
{
  g_return_if_fail (BS_IS_QUESTIONNAIRE (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < bs_questionnaire_get_n_pages (self));

  cairo_save (cr);
  _bs_questionnaire_draw_header_footer (self, cr, page);
  _bs_page_flow_draw_page (self->flow, cr, page);
  cairo_restore (cr);
}

/**
 * bs_questionnaire_to_pdf:
 *
 * Renders the questionnaire as an A4 PDF in memory.
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
bs_questionnaire_to_pdf (BsQuestionnaire  *self,
                         GError          **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  const char *title;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (BS_IS_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (_bs_render_append_cb, buffer,
                                                 BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  title = bs_assessment_get_title (self->assessment);
  {
    g_autofree char *shown = _bs_render_utf8_prefix (_bs_render_is_blank (title) ?
                                                     _bs_questionnaire_kind (self->lang) : title, 400);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, shown);
  }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, _bs_questionnaire_kind (self->lang));
  if (self->name != NULL)
    {
      g_autofree char *author = _bs_render_utf8_prefix (self->name, 400);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Blendscan " PACKAGE_VERSION);

  cr = cairo_create (surface);
  if (bs_questionnaire_get_n_pages (self) == 0 ||
      fabs (self->page_width - BS_REPORT_A4_WIDTH) > 0.01 ||
      fabs (self->page_height - BS_REPORT_A4_HEIGHT) > 0.01)
    bs_questionnaire_paginate (self, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);

  for (guint i = 0; i < bs_questionnaire_get_n_pages (self); i++)
    {
      bs_questionnaire_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return _bs_render_finish (g_steal_pointer (&buffer), status, error);
}
