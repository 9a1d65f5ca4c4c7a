/* bs-team-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

BsAssessment *bs_assessment_new_blank_respondent (BsAssessment        *source,
                                                  const char          *id,
                                                  const char          *name,
                                                  const char          *role_id);

gboolean      bs_team_merge                      (BsAssessment        *team,
                                                  BsAssessment * const *respondents,
                                                  const char * const  *display_names,
                                                  guint                n_respondents,
                                                  GError             **error);
gboolean      bs_team_merge_files                (BsAssessment        *team,
                                                  const char * const  *paths,
                                                  GError             **error);

G_END_DECLS
