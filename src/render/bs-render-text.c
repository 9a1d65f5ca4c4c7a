/* bs-render-text.c: pango layouts measured the same on every surface, and helpers for the texts they show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include "bs-render-private.h"

/* A layout is measured once (when the report is paginated, or a chart laid
 * out) and drawn later, perhaps onto another surface: the print dialog's
 * context, a PDF, the screen. Hinted metrics would make line breaks depend
 * on the surface, so hinting is off and the resolution is 72 dpi, which
 * makes a font size in points equal to one user unit on every surface. */
PangoContext *
_bs_render_context_new (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

PangoLayout *
_bs_render_layout_new (PangoContext *context,
                       const char   *text,
                       double        size,
                       BsTextStyle   style,
                       double        width)
{
  static PangoFontDescription *family = NULL;
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font;

  /* Parsed once: a report makes hundreds of layouts. */
  if (g_once_init_enter (&family))
    g_once_init_leave (&family, pango_font_description_from_string (BS_RENDER_FONT_FAMILY));
  font = pango_font_description_copy_static (family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (style & BS_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & BS_TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      /* A long URL in the evidence must break rather than run off the page. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (style & BS_TEXT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (style & BS_TEXT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);

  if (style & BS_TEXT_MARKUP)
    pango_layout_set_markup (layout, text ? text : "", -1);
  else
    pango_layout_set_text (layout, text ? text : "", -1);

  if (width > 0)
    {
      PangoAttrList *attrs = pango_layout_get_attributes (layout);

      /* A word broken because it is wider than the line (a link, a code)
       * gets no hyphen: one copied from the PDF would be wrong. */
      attrs = attrs != NULL ? pango_attr_list_copy (attrs) : pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

/* The logical size: what the text takes up, line spacing included. */
void
_bs_render_layout_size (PangoLayout *layout,
                        double      *width,
                        double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Draws the layout so that the top left of its logical extents is (x, y),
 * whatever alignment offset pango put inside its width. */
void
_bs_render_show_layout (cairo_t     *cr,
                        PangoLayout *layout,
                        double       x,
                        double       y)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - (double) logical.x / PANGO_SCALE, y - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

/* At most @max_chars characters of @text; g_utf8_substring() must not be
 * asked for more than there are. */
char *
_bs_render_utf8_prefix (const char *text,
                        glong       max_chars)
{
  const char *p = text;

  for (glong i = 0; i < max_chars && *p != '\0'; i++)
    p = g_utf8_next_char (p);

  return g_strndup (text, p - text);
}

/* Whether a text the user left empty or typed only spaces into. */
gboolean
_bs_render_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}
