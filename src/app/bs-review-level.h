/* bs-review-level.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_REVIEW_LEVEL (bs_review_level_get_type ())

G_DECLARE_FINAL_TYPE (BsReviewLevel, bs_review_level, BS, REVIEW_LEVEL, GtkWidget)

GtkWidget  *bs_review_level_new          (BsAssessment  *assessment);
void        bs_review_level_set_level    (BsReviewLevel *self,
                                          const char    *level_id,
                                          const char    *summary);
const char *bs_review_level_get_level_id (BsReviewLevel *self);
GtkWidget  *bs_review_level_get_radar    (BsReviewLevel *self);
GtkListBox *bs_review_level_get_scores   (BsReviewLevel *self);

G_END_DECLS
