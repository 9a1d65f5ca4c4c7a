/* bs-cli-score.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

typedef enum
{
  BS_SCORE_FORMAT_TABLE,
  BS_SCORE_FORMAT_CSV,
  BS_SCORE_FORMAT_JSON,
} BsScoreFormat;

char *bs_cli_format_scores (BsAssessment  *assessment,
                            BsScoreFormat  format,
                            const char    *lang);

G_END_DECLS
