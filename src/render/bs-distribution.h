/* bs-distribution.h: one statement's answers in a team, one mark per respondent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "blendscan-core.h"
#include "bs-palette.h"

G_BEGIN_DECLS

/* Shapes tell roles apart without colour (a grayscale print, colour-blind
 * readers); a role past the last shape reuses them, with its own colour. */
#define BS_DISTRIBUTION_N_SHAPES 6

/**
 * BsDistributionMark:
 * @value: a stage (1…n), %BS_VALUE_NOT_APPLICABLE or %BS_VALUE_UNKNOWN;
 *   %BS_VALUE_NONE (not answered) draws nothing
 * @role: index into #BsDistribution.role_labels
 */
typedef struct
{
  int   value;
  guint role;
} BsDistributionMark;

/**
 * BsDistribution:
 * @n_stages: the scale's stages
 * @stage_labels: (array length=n_stages): a short name per stage, drawn
 *   under its column with its number
 * @n_roles: roles in the legend
 * @role_labels: (array length=n_roles): their names
 * @marks: (array length=n_marks): one per respondent
 * @na_label: under the N/A column
 * @unknown_label: under the don't-know column
 * @mean_label: (nullable): the legend's name for the mean's bar
 * @agreed: the team's agreed stage, %BS_VALUE_NOT_APPLICABLE, or
 *   %BS_VALUE_NONE when none is agreed yet
 * @mean: the respondents' mean, NAN when none gave a stage
 * @font_scale: 1.0 for 10 pt text
 * @palette: (nullable): colours; the print palette when %NULL
 * @pixel_scale: for a chart on a screen, its device pixels per unit (the
 *   scale factor): the marks are then drawn as images at whole pixels,
 *   much faster; 0 draws them as paths (PDF, print)
 *
 * What a distribution chart shows, as plain data: the app's review
 * meeting and the report fill it from the core's team statistics.
 */
typedef struct
{
  guint                     n_stages;
  const char * const       *stage_labels;
  guint                     n_roles;
  const char * const       *role_labels;
  guint                     n_marks;
  const BsDistributionMark *marks;
  const char               *na_label;
  const char               *unknown_label;
  const char               *mean_label;
  int                       agreed;
  double                    mean;
  double                    font_scale;
  const BsPalette          *palette;
  double                    pixel_scale;
} BsDistribution;

double bs_distribution_get_height (const BsDistribution *distribution,
                                   double                width);
void   bs_distribution_draw       (cairo_t              *cr,
                                   double                width,
                                   const BsDistribution *distribution);
BsRgb  bs_distribution_role_color (guint                 role);
void   bs_distribution_role_shape (cairo_t              *cr,
                                   guint                 role,
                                   double                cx,
                                   double                cy,
                                   double                radius);

G_END_DECLS
