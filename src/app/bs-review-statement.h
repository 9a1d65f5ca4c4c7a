/* bs-review-statement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"
#include "bs-distribution-view.h"
#include "bs-review-steps.h"

G_BEGIN_DECLS

#define BS_TYPE_REVIEW_STATEMENT (bs_review_statement_get_type ())

G_DECLARE_FINAL_TYPE (BsReviewStatement, bs_review_statement, BS, REVIEW_STATEMENT, GtkWidget)

GtkWidget          *bs_review_statement_new               (BsAssessment        *assessment);
void                bs_review_statement_show              (BsReviewStatement   *self,
                                                           const BsReviewSteps *steps,
                                                           guint                step);
BsStatement        *bs_review_statement_get_statement     (BsReviewStatement   *self);
void                bs_review_statement_focus             (BsReviewStatement   *self);
GtkToggleButton    *bs_review_statement_get_stage_button  (BsReviewStatement   *self,
                                                           int                  value);
GtkWidget          *bs_review_statement_get_clear_button  (BsReviewStatement   *self);
GtkTextView        *bs_review_statement_get_rationale_view (BsReviewStatement  *self);
GtkTextView        *bs_review_statement_get_dissent_view  (BsReviewStatement   *self);
BsDistributionView *bs_review_statement_get_distribution  (BsReviewStatement   *self);
GPtrArray          *bs_review_statement_get_notes         (BsReviewStatement   *self);
GtkTextView        *bs_review_statement_get_notes_view    (BsReviewStatement   *self);
const char         *bs_review_statement_get_agreed_text   (BsReviewStatement   *self);

G_END_DECLS
