/* bs-spread-table.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "blendscan-core.h"
#include "bs-palette.h"

G_BEGIN_DECLS

double  bs_spread_table_draw        (cairo_t           *cr,
                                     double             width,
                                     const BsTeamStats *stats,
                                     const char        *level_id,
                                     const char        *lang,
                                     const BsPalette   *palette);
double  bs_spread_table_measure     (double             width,
                                     const BsTeamStats *stats,
                                     const char        *level_id,
                                     const char        *lang);
GArray *bs_spread_table_row_bottoms (double             width,
                                     const BsTeamStats *stats,
                                     const char        *level_id,
                                     const char        *lang);

G_END_DECLS
