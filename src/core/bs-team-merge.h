/* bs-team-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/* Handing out and collecting questionnaires (docs/file-formats.md, "Team
 * assessments"): bs_assessment_new_blank_respondent() makes one
 * respondent's questionnaire from a team (or any) assessment, to be saved
 * with bs_assessment_save(); bs_team_merge() and bs_team_merge_files() take
 * filled-in questionnaires back into the team, all or nothing, with an
 * error naming the file that was refused. */


BsAssessment *bs_assessment_new_blank_respondent (BsAssessment        *source,
                                                  const char          *id,
                                                  const char          *name,
                                                  const char          *role_id);

BsAssessment *bs_assessment_new_team             (BsAssessment        *source);

gboolean      bs_team_merge                      (BsAssessment        *team,
                                                  BsAssessment * const *respondents,
                                                  const char * const  *display_names,
                                                  guint                n_respondents,
                                                  GError             **error);
gboolean      bs_team_merge_files                (BsAssessment        *team,
                                                  const char * const  *paths,
                                                  GError             **error);

G_END_DECLS
