/* bs-score-table-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"
#include "bs-level-view.h"

G_BEGIN_DECLS

#define BS_TYPE_SCORE_TABLE_VIEW (bs_score_table_view_get_type ())

G_DECLARE_FINAL_TYPE (BsScoreTableView, bs_score_table_view, BS, SCORE_TABLE_VIEW, BsLevelView)

GtkWidget  *bs_score_table_view_new          (BsAssessment     *assessment,
                                              const char       *level_id);
double      bs_score_table_view_get_scale    (BsScoreTableView *self,
                                              int               width);

G_END_DECLS
