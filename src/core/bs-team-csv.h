/* bs-team-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/* Survey answers back into a team (docs/file-formats.md, "Questionnaire
 * CSV"): bs_team_csv_read() turns the rows of a questionnaire CSV into new
 * respondents of a team assessment, refusing anything wrong with the file,
 * row and column; bs_team_csv_add() then adds them all or none. The team
 * is not touched until bs_team_csv_add(). */

/* A survey export is a table of answers, not a data set: 10,000
 * respondents (BS_TEAM_MAX_RESPONDENTS) answering every statement of the
 * default framework in full take about 4 MiB. */
#define BS_TEAM_CSV_MAX_SIZE (64 * 1024 * 1024)

typedef struct _BsTeamCsv BsTeamCsv;

BsTeamCsv    *bs_team_csv_read            (BsAssessment     *team,
                                           const char       *text,
                                           gsize             length,
                                           const char       *display_name,
                                           GError          **error);
BsTeamCsv    *bs_team_csv_read_file       (BsAssessment     *team,
                                           const char       *path,
                                           GError          **error);
void          bs_team_csv_free            (BsTeamCsv        *self);
guint         bs_team_csv_get_n_respondents (const BsTeamCsv *self);
BsRespondent *bs_team_csv_get_respondent  (const BsTeamCsv  *self,
                                           guint             i);
guint         bs_team_csv_get_row         (const BsTeamCsv  *self,
                                           guint             i);
const guint  *bs_team_csv_get_skipped     (const BsTeamCsv  *self,
                                           guint            *n_skipped);
gboolean      bs_team_csv_add             (BsTeamCsv        *self,
                                           BsAssessment     *team,
                                           GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsTeamCsv, bs_team_csv_free)

G_END_DECLS
