/* bs-palette.c: the colours of charts and tables, for paper and for the screen's style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-palette.h"
#include "bs-render-private.h"

#define RGB(c) { c }

/* Exactly the colours printed before palettes existed: reports and
 * charts from the CLI keep their bytes. */
static const BsPalette print_palette = {
  .foreground = RGB (BS_COLOR_TEXT),
  .muted      = RGB (BS_COLOR_MUTED),
  .grid       = RGB (BS_COLOR_GRID),
  .background = { 1, 1, 1 },
  .trough     = { 0.93, 0.93, 0.95 },
  .rule       = { 0.3, 0.3, 0.33 },
  .rule_light = { 0.8, 0.8, 0.82 },
  .current    = RGB (BS_COLOR_CURRENT),
  .target     = RGB (BS_COLOR_TARGET),
  .previous   = RGB (BS_COLOR_PREVIOUS),
  .spread     = RGB (BS_COLOR_SPREAD),
};

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/**
 * bs_palette_get_print:
 *
 * Returns: (transfer none): dark text on white paper, the series in
 *   colours that survive colour-vision deficiencies and grey printers
 */
const BsPalette *
bs_palette_get_print (void)
{
  return &print_palette;
}

/**
 * bs_rgb_mix:
 * @amount_of_b: 0 gives @a, 1 gives @b
 *
 * Returns: a colour between @a and @b
 */
BsRgb
bs_rgb_mix (const BsRgb *a,
            const BsRgb *b,
            double       amount_of_b)
{
  double t = CLAMP (amount_of_b, 0, 1);

  return (BsRgb) {
    a->red + (b->red - a->red) * t,
    a->green + (b->green - a->green) * t,
    a->blue + (b->blue - a->blue) * t,
  };
}

/**
 * bs_rgb_relative_luminance:
 *
 * Returns: the relative luminance of @color as WCAG 2 defines it
 */
double
bs_rgb_relative_luminance (const BsRgb *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

/**
 * bs_rgb_contrast:
 *
 * Returns: the WCAG 2 contrast ratio of @a and @b, from 1 to 21; text
 *   needs 4.5
 */
double
bs_rgb_contrast (const BsRgb *a,
                 const BsRgb *b)
{
  double la = bs_rgb_relative_luminance (a);
  double lb = bs_rgb_relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
