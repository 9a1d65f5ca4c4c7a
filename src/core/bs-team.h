/* bs-team.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-agreed-answer.h"
#include "bs-framework.h"
#include "bs-respondent.h"

G_BEGIN_DECLS

/* BsTeam: the team of a team assessment (docs/file-formats.md, "Team
 * assessments").
 *
 * Every BsAssessment has one (bs_assessment_get_team()); for the assessment
 * of one person it is empty and bs_assessment_is_team() is FALSE. A team
 * holds:
 *
 * - its respondents (BsRespondent: id, name, role id, and their own
 *   BsAnswer per statement), a GListModel in the order they joined;
 *   bs_team_add_respondent() refuses a role the framework lacks, an id or a
 *   person (name and role) the team has, answers outside the framework or
 *   its scale, and more than BS_TEAM_MAX_RESPONDENTS;
 * - the answers the team agreed on (BsAgreedAnswer: a stage or N/A, a
 *   rationale, a dissent), one per statement, apart from the respondents'.
 *
 * Changes: BsRespondent::changed (name, role, an answer), the "notify" of
 * a BsAgreedAnswer, and the respondents' "items-changed" all end in
 * BsTeam::changed, which the assessment passes on as BsAssessment::changed.
 * An undo stack records the old value from the setters' "notify" (e.g.
 * BsAgreedAnswer:value) and sets it back with the same setter.
 *
 * Scores (bs_score_statement() in bs-score.h) use the agreed answer where
 * set and the respondents' mean otherwise; the statistics are in
 * bs-team-stats.h, merging and blank questionnaires in bs-team-merge.h. */


/* The most respondents one team assessment holds (docs/file-formats.md);
 * the loader refuses more, and so does adding them. */
#define BS_TEAM_MAX_RESPONDENTS 10000

#define BS_TYPE_TEAM (bs_team_get_type ())

G_DECLARE_FINAL_TYPE (BsTeam, bs_team, BS, TEAM, GObject)

BsTeam         *bs_team_new                (BsFramework   *framework);
BsFramework    *bs_team_get_framework      (BsTeam        *self);

GListModel     *bs_team_get_respondents    (BsTeam        *self);
guint           bs_team_get_n_respondents  (BsTeam        *self);
BsRespondent   *bs_team_lookup_respondent  (BsTeam        *self,
                                            const char    *id);
BsRespondent   *bs_team_find_respondent    (BsTeam        *self,
                                            const char    *name,
                                            const char    *role_id);
gboolean        bs_team_check_respondent   (BsTeam        *self,
                                            BsRespondent  *respondent,
                                            GError       **error);
gboolean        bs_team_add_respondent     (BsTeam        *self,
                                            BsRespondent  *respondent,
                                            GError       **error);
gboolean        bs_team_add_respondents    (BsTeam        *self,
                                            BsRespondent * const *respondents,
                                            guint          n_respondents,
                                            guint         *failed,
                                            GError       **error);
void            bs_team_remove_respondent  (BsTeam        *self,
                                            guint          position);
char           *bs_team_make_respondent_id (BsTeam        *self);

BsAgreedAnswer *bs_team_lookup_agreed      (BsTeam        *self,
                                            const char    *statement_id);
BsAgreedAnswer *bs_team_get_agreed         (BsTeam        *self,
                                            const char    *statement_id);
void            bs_team_set_agreed_value   (BsTeam        *self,
                                            const char    *statement_id,
                                            int            value);
guint           bs_team_get_n_agreed       (BsTeam        *self);

gboolean        bs_team_is_empty           (BsTeam        *self);

G_END_DECLS
