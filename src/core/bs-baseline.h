/* bs-baseline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

#define BS_TYPE_BASELINE (bs_baseline_get_type ())

G_DECLARE_FINAL_TYPE (BsBaseline, bs_baseline, BS, BASELINE, GObject)

BsBaseline         *bs_baseline_new_from_assessment (BsAssessment *previous,
                                                     const char   *path);

const char         *bs_baseline_get_path              (BsBaseline   *self);
const char         *bs_baseline_get_absolute_path     (BsBaseline   *self);
char               *bs_baseline_find_file             (BsBaseline   *self,
                                                       const char   *assessment_path);
const char         *bs_baseline_get_framework_id      (BsBaseline   *self);
const char         *bs_baseline_get_framework_version (BsBaseline   *self);
const char         *bs_baseline_get_title             (BsBaseline   *self);
const char         *bs_baseline_get_date              (BsBaseline   *self);
const char * const *bs_baseline_get_levels            (BsBaseline   *self);
gboolean            bs_baseline_includes_level        (BsBaseline   *self,
                                                       const char   *level_id);
gboolean            bs_baseline_get_level_score       (BsBaseline   *self,
                                                       const char   *level_id,
                                                       double       *score,
                                                       double       *target);
gboolean            bs_baseline_get_dimension_score   (BsBaseline   *self,
                                                       const char   *level_id,
                                                       const char   *dimension_id,
                                                       double       *score,
                                                       double       *target);
BsAnswer           *bs_baseline_lookup_answer         (BsBaseline   *self,
                                                       const char   *statement_id);
GPtrArray          *bs_baseline_list_answers          (BsBaseline   *self);
GListModel         *bs_baseline_get_actions           (BsBaseline   *self);

/* The assessment's side; here, as BsBaseline is built from an assessment. */
BsBaseline         *bs_assessment_get_baseline        (BsAssessment *self);
void                bs_assessment_set_baseline        (BsAssessment *self,
                                                       BsBaseline   *baseline);

G_END_DECLS
