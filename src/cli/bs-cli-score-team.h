/* bs-cli-score-team.h: what blendscan-cli score prints, for one person and for a team
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

void  bs_cli_append_json_string (GString       *out,
                                 const char    *text);
void  bs_cli_append_padded      (GString       *out,
                                 const char    *text,
                                 guint          width);
char *bs_cli_format_team_scores (BsAssessment  *assessment,
                                 BsScoreFormat  format,
                                 const char    *lang);

G_END_DECLS
