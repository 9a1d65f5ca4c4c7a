/* bs-radar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "blendscan-core.h"
#include "bs-palette.h"

G_BEGIN_DECLS

/**
 * BsRadarFlags:
 * @BS_RADAR_SHOW_TARGET: the targets' series
 * @BS_RADAR_SHOW_PREVIOUS: the previous assessment's series
 * @BS_RADAR_SHOW_SPREAD: the team's spread
 * @BS_RADAR_SHOW_LEGEND: the legend below the chart
 *
 * Which optional parts a radar draws.
 */
typedef enum /*< flags >*/
{
  BS_RADAR_SHOW_TARGET   = 1 << 0,
  BS_RADAR_SHOW_PREVIOUS = 1 << 1,
  BS_RADAR_SHOW_SPREAD   = 1 << 2,
  BS_RADAR_SHOW_LEGEND   = 1 << 3,
} BsRadarFlags;

#define BS_TYPE_RADAR_FLAGS (bs_radar_flags_get_type ())

GType bs_radar_flags_get_type (void) G_GNUC_CONST;

/**
 * BsRadarOptions:
 * @previous: (nullable): an earlier assessment of the same unit, drawn as
 *   an outline with %BS_RADAR_SHOW_PREVIOUS
 * @flags: which optional series and the legend to draw
 * @lang: "nl" or "en"; %NULL means bs_default_language()
 * @font_scale: 1.0 is the default text size; 0 counts as 1.0
 * @palette: (nullable): the colours; %NULL means bs_palette_get_print()
 */
typedef struct
{
  BsAssessment    *previous;
  BsRadarFlags     flags;
  const char      *lang;
  double           font_scale;
  const BsPalette *palette;
} BsRadarOptions;

/**
 * BsRadarLayout:
 * @n_axes: one axis per dimension of the level
 * @cx: centre of the plot
 * @cy: centre of the plot
 * @radius: radius of the outer ring (the highest stage)
 * @font_size: size of the axis labels, in user units
 * @label_boxes: (array length=n_axes): where each axis label goes
 * @legend_box: where the legend goes; empty when there is none
 * @numbered: the labels are the axes' numbers (1 for the first dimension),
 *   as the names did not fit
 * @label_step: 1 when every axis has its label; 2, 5, 10… when only every
 *   second, fifth, tenth axis has one (the others have an empty box)
 *
 * Where everything of a radar goes, computed from measured text so that
 * the labels neither overlap each other or the plot nor leave the surface.
 */
typedef struct _BsRadarLayout BsRadarLayout;
struct _BsRadarLayout
{
  guint              n_axes;
  guint              n_stages;
  double             cx;
  double             cy;
  double             radius;
  double             font_size;
  cairo_rectangle_t *label_boxes;
  cairo_rectangle_t  legend_box;
  gboolean           numbered;
  guint              label_step;
  /*< private >*/
  gpointer           priv;
};

void           bs_radar_draw          (cairo_t              *cr,
                                       double                width,
                                       double                height,
                                       BsAssessment         *assessment,
                                       const char           *level_id,
                                       const BsRadarOptions *options);

BsRadarLayout *bs_radar_layout_new    (double                width,
                                       double                height,
                                       BsAssessment         *assessment,
                                       const char           *level_id,
                                       const BsRadarOptions *options);
void           bs_radar_layout_free   (BsRadarLayout        *layout);
gboolean       bs_radar_layout_get_stage_box (const BsRadarLayout *layout,
                                              guint                stage,
                                              cairo_rectangle_t   *box);
char          *bs_radar_layout_get_previous_name (const BsRadarLayout *layout,
                                                  const char          *lang);

void           bs_radar_point         (guint                 n_axes,
                                       guint                 axis,
                                       double                value,
                                       double                max_value,
                                       double                cx,
                                       double                cy,
                                       double                radius,
                                       double               *x,
                                       double               *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsRadarLayout, bs_radar_layout_free)

G_END_DECLS
