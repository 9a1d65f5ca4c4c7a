/* bs-assessment.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-action.h"
#include "bs-answer.h"
#include "bs-dimension-notes.h"
#include "bs-framework.h"
#include "bs-participant.h"
#include "bs-team.h"

G_BEGIN_DECLS

/* The newest assessment file format this version reads and writes. Format 2
 * added team data (<team> with respondents and agreed answers) and the
 * respondent of a questionnaire (<respondent>); a file without either is
 * still written as format 1, byte for byte as before. Format 3 added the
 * cycle: <baseline> (the previous assessment's scores), a target per
 * dimension, notes and evidence marked as carried over, and actions with
 * statement links, a result, a history and a carried-over mark; a file
 * with none of them is written as format 1 or 2 as before. */
#define BS_ASSESSMENT_FORMAT 3

#define BS_TYPE_ASSESSMENT (bs_assessment_get_type ())

G_DECLARE_FINAL_TYPE (BsAssessment, bs_assessment, BS, ASSESSMENT, GObject)

BsAssessment    *bs_assessment_new                   (BsFramework   *framework);
BsAssessment    *bs_assessment_load                  (const char    *path,
                                                      BsFramework   *framework,
                                                      GError       **error);
BsAssessment    *bs_assessment_load_from_bytes       (GBytes        *bytes,
                                                      const char    *display_name,
                                                      BsFramework   *framework,
                                                      GError       **error);
GBytes          *bs_assessment_to_bytes              (BsAssessment  *self);
gboolean         bs_assessment_save                  (BsAssessment  *self,
                                                      const char    *path,
                                                      GError       **error);
gboolean         bs_assessment_check                 (BsAssessment  *self,
                                                      GError       **error);

BsFramework     *bs_assessment_get_framework         (BsAssessment  *self);
const char      *bs_assessment_get_title             (BsAssessment  *self);
void             bs_assessment_set_title             (BsAssessment  *self,
                                                      const char    *title);
const char      *bs_assessment_get_institution       (BsAssessment  *self);
void             bs_assessment_set_institution       (BsAssessment  *self,
                                                      const char    *institution);
const char      *bs_assessment_get_unit              (BsAssessment  *self);
void             bs_assessment_set_unit              (BsAssessment  *self,
                                                      const char    *unit);
const char      *bs_assessment_get_unit_level        (BsAssessment  *self);
void             bs_assessment_set_unit_level        (BsAssessment  *self,
                                                      const char    *level_id);
const char      *bs_assessment_get_date              (BsAssessment  *self);
void             bs_assessment_set_date              (BsAssessment  *self,
                                                      const char    *iso_date);
const char      *bs_assessment_get_facilitator       (BsAssessment  *self);
void             bs_assessment_set_facilitator       (BsAssessment  *self,
                                                      const char    *facilitator);

const char * const *bs_assessment_get_levels         (BsAssessment  *self);
void             bs_assessment_set_levels            (BsAssessment  *self,
                                                      const char * const *level_ids);
gboolean         bs_assessment_includes_level        (BsAssessment  *self,
                                                      const char    *level_id);
gboolean         bs_assessment_includes_reflection   (BsAssessment  *self,
                                                      BsReflection  *reflection);
GPtrArray       *bs_assessment_list_reflections      (BsAssessment  *self);
gboolean         bs_assessment_includes_question     (BsAssessment  *self,
                                                      const char    *question_id);

GListModel      *bs_assessment_get_participants      (BsAssessment  *self);
void             bs_assessment_add_participant       (BsAssessment  *self,
                                                      const char    *name,
                                                      const char    *role);
void             bs_assessment_remove_participant    (BsAssessment  *self,
                                                      guint          position);

BsAnswer        *bs_assessment_lookup_answer         (BsAssessment  *self,
                                                      const char    *statement_id);
BsAnswer        *bs_assessment_get_answer            (BsAssessment  *self,
                                                      const char    *statement_id);
void             bs_assessment_set_value             (BsAssessment  *self,
                                                      const char    *statement_id,
                                                      int            value);

BsDimensionNotes *bs_assessment_get_dimension_notes  (BsAssessment  *self,
                                                      const char    *level_id,
                                                      const char    *dimension_id);

guint            bs_assessment_get_dimension_target  (BsAssessment  *self,
                                                      const char    *level_id,
                                                      const char    *dimension_id);
void             bs_assessment_set_dimension_target  (BsAssessment  *self,
                                                      const char    *level_id,
                                                      const char    *dimension_id,
                                                      guint          target);
guint            bs_assessment_count_carried_over    (BsAssessment  *self);
void             bs_assessment_confirm_all_carried_over (BsAssessment *self);

GListModel      *bs_assessment_get_actions           (BsAssessment  *self);
void             bs_assessment_add_action            (BsAssessment  *self,
                                                      BsAction      *action);
void             bs_assessment_remove_action         (BsAssessment  *self,
                                                      guint          position);
void             bs_assessment_move_action           (BsAssessment  *self,
                                                      guint          from,
                                                      guint          to);

BsTeam          *bs_assessment_get_team              (BsAssessment  *self);
gboolean         bs_assessment_is_team               (BsAssessment  *self);
const char      *bs_assessment_get_framework_version (BsAssessment  *self);

gboolean         bs_assessment_is_respondent_file    (BsAssessment  *self);
const char      *bs_assessment_get_respondent_id     (BsAssessment  *self);
const char      *bs_assessment_get_respondent_name   (BsAssessment  *self);
const char      *bs_assessment_get_respondent_role   (BsAssessment  *self);
void             bs_assessment_set_respondent        (BsAssessment  *self,
                                                      const char    *id,
                                                      const char    *name,
                                                      const char    *role_id);

const char      *bs_assessment_get_reflection        (BsAssessment  *self,
                                                      const char    *question_id);
void             bs_assessment_set_reflection        (BsAssessment  *self,
                                                      const char    *question_id,
                                                      const char    *text);

G_END_DECLS
