/* bs-score-table.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "blendscan-core.h"
#include "bs-palette.h"

G_BEGIN_DECLS

double bs_score_table_draw    (cairo_t      *cr,
                               double        width,
                               BsAssessment *assessment,
                               const char   *level_id,
                               const char   *lang);
double bs_score_table_draw_with_palette (cairo_t         *cr,
                                         double           width,
                                         BsAssessment    *assessment,
                                         const char      *level_id,
                                         const char      *lang,
                                         const BsPalette *palette);
double bs_score_table_measure (double        width,
                               BsAssessment *assessment,
                               const char   *level_id,
                               const char   *lang);
GArray *bs_score_table_row_bottoms (double        width,
                                    BsAssessment *assessment,
                                    const char   *level_id,
                                    const char   *lang);

G_END_DECLS
