/* bs-render-private.h: text helpers shared by the chart, the table and the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "bs-palette.h"

G_BEGIN_DECLS

#define BS_RENDER_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, Sans"

/* Okabe–Ito colours: told apart by people with any common colour-vision
 * deficiency; the series also differ in line style so they survive a
 * grayscale printer. */
#define BS_COLOR_CURRENT  0.000, 0.447, 0.698   /* blue #0072B2 */
#define BS_COLOR_TARGET   0.835, 0.369, 0.000   /* vermillion #D55E00 */
#define BS_COLOR_PREVIOUS 0.800, 0.475, 0.655   /* reddish purple #CC79A7 */
#define BS_COLOR_SPREAD   0.337, 0.706, 0.914   /* sky blue #56B4E9 */
#define BS_COLOR_TEXT     0.10, 0.10, 0.12
#define BS_COLOR_MUTED    0.40, 0.40, 0.43
#define BS_COLOR_GRID     0.75, 0.75, 0.78

static inline void
set_rgb (cairo_t     *cr,
         const BsRgb *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

static inline void
set_rgba (cairo_t     *cr,
          const BsRgb *color,
          double       alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

typedef enum
{
  BS_TEXT_NORMAL = 0,
  BS_TEXT_BOLD = 1 << 0,
  BS_TEXT_ITALIC = 1 << 1,
  BS_TEXT_MARKUP = 1 << 2,
  BS_TEXT_CENTER = 1 << 3,
  BS_TEXT_RIGHT = 1 << 4,
} BsTextStyle;

PangoContext *_bs_render_context_new  (void);
PangoLayout  *_bs_render_layout_new   (PangoContext *context,
                                       const char   *text,
                                       double        size,
                                       BsTextStyle   style,
                                       double        width);
void          _bs_render_layout_size  (PangoLayout  *layout,
                                       double       *width,
                                       double       *height);
void          _bs_render_show_layout  (cairo_t      *cr,
                                       PangoLayout  *layout,
                                       double        x,
                                       double        y);
char         *_bs_render_utf8_prefix  (const char   *text,
                                       glong         max_chars);
gboolean      _bs_render_is_blank     (const char   *text);

cairo_status_t _bs_render_append_cb (void                *closure,
                                     const unsigned char *data,
                                     unsigned int         length);
GBytes        *_bs_render_finish    (GByteArray          *buffer,
                                     cairo_status_t       status,
                                     GError             **error);
gboolean       _bs_render_save      (const char          *path,
                                     GBytes              *bytes,
                                     GError             **error);

G_END_DECLS
