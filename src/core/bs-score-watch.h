/* bs-score-watch.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-score.h"

G_BEGIN_DECLS

#define BS_TYPE_SCORE_WATCH (bs_score_watch_get_type ())

G_DECLARE_FINAL_TYPE (BsScoreWatch, bs_score_watch, BS, SCORE_WATCH, GObject)

BsScoreWatch  *bs_score_watch_new_dimension (BsAssessment *assessment,
                                             BsDimension  *dimension);
BsScoreWatch  *bs_score_watch_new_level     (BsAssessment *assessment,
                                             BsLevel      *level);
const BsScore *bs_score_watch_get_score     (BsScoreWatch *self);

G_END_DECLS
