/* bs-review-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "blendscan-core.h"
#include "bs-review-level.h"
#include "bs-review-statement.h"
#include "bs-review-steps.h"
#include "bs-undo-stack.h"

G_BEGIN_DECLS

#define BS_TYPE_REVIEW_WINDOW (bs_review_window_get_type ())

G_DECLARE_FINAL_TYPE (BsReviewWindow, bs_review_window, BS, REVIEW_WINDOW, AdwWindow)

BsReviewWindow      *bs_review_window_open               (GtkWindow      *parent,
                                                          BsAssessment   *assessment,
                                                          BsUndoStack    *undo_stack);
guint                bs_review_window_get_step           (BsReviewWindow *self);
void                 bs_review_window_set_step           (BsReviewWindow *self,
                                                          guint           step);
const BsReviewSteps *bs_review_window_get_steps          (BsReviewWindow *self);
BsReviewLevel       *bs_review_window_get_level_page     (BsReviewWindow *self);
BsReviewStatement   *bs_review_window_get_statement_page (BsReviewWindow *self);

G_END_DECLS
