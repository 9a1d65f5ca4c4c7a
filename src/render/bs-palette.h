/* bs-palette.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BsRgb:
 *
 * An opaque colour, each channel from 0 to 1.
 */
typedef struct
{
  double red;
  double green;
  double blue;
} BsRgb;

/**
 * BsPalette:
 * @foreground: text and numbers
 * @muted: secondary text (stage names, "no answer"), the outer ring
 * @grid: inner rings and axes
 * @background: what the chart is drawn on: the halo behind stage names
 *   and the ticks on a score bar
 * @trough: the empty part of a score bar
 * @rule: the table's heavy rules
 * @rule_light: the table's light rules
 * @current: the current scores, the style's accent on screen
 * @target: the target scores
 * @previous: a previous assessment's scores
 * @spread: the team's range
 *
 * The colours a chart or table is drawn in. Paper uses
 * bs_palette_get_print(); the screen fills one in from the widget's style
 * so the charts follow a dark or high-contrast style.
 */
typedef struct
{
  BsRgb foreground;
  BsRgb muted;
  BsRgb grid;
  BsRgb background;
  BsRgb trough;
  BsRgb rule;
  BsRgb rule_light;
  BsRgb current;
  BsRgb target;
  BsRgb previous;
  BsRgb spread;
} BsPalette;

const BsPalette *bs_palette_get_print      (void);
BsRgb            bs_rgb_mix                (const BsRgb *a,
                                            const BsRgb *b,
                                            double       amount_of_b);
double           bs_rgb_relative_luminance (const BsRgb *color);
double           bs_rgb_contrast           (const BsRgb *a,
                                            const BsRgb *b);

G_END_DECLS
