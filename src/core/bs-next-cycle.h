/* bs-next-cycle.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/**
 * BsScoreMove:
 * @BS_SCORE_MOVE_UNKNOWN: no baseline, or no score then or now to compare
 * @BS_SCORE_MOVE_UP: the score went up since the previous cycle
 * @BS_SCORE_MOVE_DOWN: the score went down
 * @BS_SCORE_MOVE_SAME: the score is the same
 *
 * How the scores an action is about moved between the previous cycle (the
 * assessment's baseline) and now.
 */
typedef enum
{
  BS_SCORE_MOVE_UNKNOWN,
  BS_SCORE_MOVE_UP,
  BS_SCORE_MOVE_DOWN,
  BS_SCORE_MOVE_SAME,
} BsScoreMove;

#define BS_TYPE_SCORE_MOVE (bs_score_move_get_type ())

GType         bs_score_move_get_type       (void) G_GNUC_CONST;

BsAssessment *bs_assessment_new_next_cycle (BsAssessment  *previous,
                                            const char    *previous_path,
                                            BsFramework   *framework,
                                            const char    *today,
                                            GError       **error);
char         *bs_next_cycle_title          (const char    *title,
                                            const char    *previous_date,
                                            const char    *today);
BsScoreMove   bs_action_get_score_move     (BsAssessment  *assessment,
                                            BsAction      *action,
                                            double        *then,
                                            double        *now);

G_END_DECLS
