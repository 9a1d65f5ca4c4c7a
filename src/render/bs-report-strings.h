/* bs-report-strings.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

typedef enum
{
  BS_STR_REPORT_KIND,
  BS_STR_CONTENTS,
  BS_STR_SUMMARY,
  BS_STR_DATE,
  BS_STR_FACILITATOR,
  BS_STR_PARTICIPANTS,
  BS_STR_FRAMEWORK,
  BS_STR_LEVELS,
  BS_STR_DIMENSION,
  BS_STR_SCORE,
  BS_STR_TARGET,
  BS_STR_ANSWERED,
  BS_STR_LEVEL_SCORE,
  BS_STR_NO_ANSWER,
  BS_STR_NOT_APPLICABLE,
  BS_STR_UNKNOWN,
  BS_STR_NOT_ANSWERED,
  BS_STR_NOTE,
  BS_STR_EVIDENCE,
  BS_STR_DESCRIPTOR,
  BS_STR_DIMENSION_SUMMARY,
  BS_STR_STRENGTHS,
  BS_STR_IMPROVEMENTS,
  BS_STR_ACTION_PLAN,
  BS_STR_ACTION,
  BS_STR_OWNER,
  BS_STR_DUE,
  BS_STR_STATUS,
  BS_STR_NO_ACTIONS,
  BS_STR_REFLECTIONS,
  BS_STR_NO_REFLECTION,
  BS_STR_GLOSSARY,
  BS_STR_CURRENT,
  BS_STR_PREVIOUS,
  BS_STR_LAST_CYCLE,
  BS_STR_TEAM_RANGE,
  BS_STR_PLANNED,
  BS_STR_IN_PROGRESS,
  BS_STR_DONE,
  BS_STR_DROPPED,
  BS_STR_STATEMENTS,
  BS_STR_SCALE,
  BS_STR_FULL_TEXT,
  BS_STR_TEAM,
  BS_STR_RESPONDENTS,
  BS_STR_ROLE,
  BS_STR_TOTAL,
  BS_STR_SPREAD,
  BS_STR_DISAGREEMENT,
  BS_STR_AGREED_SCORE,
  BS_STR_RATIONALE,
  BS_STR_DISSENT,
  BS_STR_NOT_AGREED,
  BS_STR_RESPONDENTS_MEAN,
  BS_STR_MEAN,
  BS_STR_MIN_MAX,
  BS_STR_SD,
  BS_STR_N,
  BS_STR_ROLE_MEANS,
  BS_STR_RESPONDENT_NOTES,
  BS_STR_TEAM_SCORES,
  BS_STR_SPREAD_KEY,
  BS_STR_NAMES,
  BS_STR_NEXT_STEPS,
  BS_STR_NEXT_STEPS_INTRO,
  BS_STR_GAPS,
  BS_STR_GAPS_INTRO,
  BS_STR_NO_TARGETS,
  BS_STR_LARGEST_GAPS,
  BS_STR_NO_GAPS,
  BS_STR_GAP,
  BS_STR_LEVEL,
  BS_STR_TARGETS_PER_LEVEL,
  BS_STR_CYCLE_CHANGE,
  BS_STR_CYCLE_COMPARED,
  BS_STR_CYCLE_KEY,
  BS_STR_NOW,
  BS_STR_CHANGE,
  BS_STR_STATEMENT,
  BS_STR_MOVED_MOST,
  BS_STR_MOVED_INTRO,
  BS_STR_MOVED_NONE,
  BS_STR_LAST_ACTIONS,
  BS_STR_LAST_ACTIONS_INTRO,
  BS_STR_NO_LAST_ACTIONS,
  BS_STR_EFFECT,
  BS_STR_MOVE_UP,
  BS_STR_MOVE_DOWN,
  BS_STR_MOVE_SAME,
  BS_STR_MOVE_UNKNOWN,
  BS_STR_NOT_CARRIED,
  BS_N_STRINGS
} BsReportString;

const char *_bs_report_string        (BsReportString  id,
                                      const char     *lang);
const char *_bs_report_status_label  (BsActionStatus  status,
                                      const char     *lang);
char       *_bs_report_format_date   (const char     *iso_date,
                                      const char     *lang);
char       *_bs_report_format_score  (double          score,
                                      const char     *lang);
char       *_bs_report_format_page    (guint           page,
                                      guint           n_pages,
                                      const char     *lang);
char       *_bs_report_format_version (const char     *version,
                                      const char     *lang);
char       *_bs_report_format_answered (const BsScore *score,
                                       const char    *lang);
char       *_bs_report_format_unscored (const BsScore *score,
                                       const char    *lang);
char       *_bs_report_format_respondents (guint        n_respondents,
                                         guint        n_roles,
                                         const char  *lang);
char       *_bs_report_format_sources (guint          from_agreed,
                                      guint          from_respondents,
                                      const char    *lang);
char       *_bs_report_format_disagreement_intro (const char *threshold,
                                                 guint       n_flagged,
                                                 guint       n_shown,
                                                 const char *lang);
char       *_bs_report_format_statement_spread (guint       n,
                                               const char *mean,
                                               const char *sd,
                                               guint       min,
                                               guint       max,
                                               guint       n_not_applicable,
                                               guint       n_unknown,
                                               const char *lang);
char       *_bs_report_format_mean_of (const char    *mean,
                                      guint          n,
                                      const char    *lang);
char       *_bs_report_format_gap    (double          score,
                                      guint           target,
                                      double          gap,
                                      const char     *lang);
char       *_bs_report_format_signed (double          value,
                                      const char     *lang);
char       *_bs_report_format_next_step_label (guint       stage,
                                               const char *stage_name,
                                               const char *lang);
char       *_bs_report_format_change (double          change,
                                      const char     *lang);
char       *_bs_report_format_score2 (double          score,
                                      const char     *lang);
const char *_bs_report_resolve_lang  (const char     *lang);

G_END_DECLS
