/* bs-team-private.h: reading and writing a team (<team>) as part of an assessment file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "bs-assessment.h"
#include "bs-team.h"

G_BEGIN_DECLS

gboolean _bs_team_load        (BsAssessment  *assessment,
                               xmlNode       *team,
                               const char    *display_name,
                               GError       **error);
void     _bs_team_write       (BsAssessment  *assessment,
                               xmlNode       *team);
gboolean _bs_team_check_texts (BsTeam        *self,
                               GError       **error);

/* What the respondents answered to one statement, counted once for every
 * statement and kept until the team changes: scoring a team of a thousand
 * asks for it for every statement, dimension and level again. */
typedef struct
{
  double sum;        /* of the stages */
  guint  n_scored;   /* stages */
  guint  n_answered; /* stages, N/A and "don't know" */
  guint  n_not_applicable;
} BsTeamTally;

const BsTeamTally *_bs_team_get_tally (BsTeam       *self,
                                        const char   *statement_id);

void        _bs_respondent_take_answer      (BsRespondent *self,
                                             BsAnswer     *answer);
GHashTable *_bs_respondent_get_answer_table (BsRespondent *self);

G_END_DECLS
