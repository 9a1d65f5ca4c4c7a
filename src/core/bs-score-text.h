/* bs-score-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-score.h"

G_BEGIN_DECLS

char *bs_score_format_counts (guint          scored,
                              guint          not_applicable,
                              guint          unknown);
char *bs_score_answered_text (const BsScore *score);

G_END_DECLS
