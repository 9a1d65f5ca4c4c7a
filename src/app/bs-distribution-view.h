/* bs-distribution-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "bs-level-view.h"

G_BEGIN_DECLS

#define BS_TYPE_DISTRIBUTION_VIEW (bs_distribution_view_get_type ())

G_DECLARE_FINAL_TYPE (BsDistributionView, bs_distribution_view, BS, DISTRIBUTION_VIEW, BsLevelView)

GtkWidget  *bs_distribution_view_new              (BsAssessment       *assessment);
const char *bs_distribution_view_get_statement_id (BsDistributionView *self);
void        bs_distribution_view_set_statement_id (BsDistributionView *self,
                                                   const char         *statement_id);
guint       bs_distribution_view_get_n_marks      (BsDistributionView *self);

G_END_DECLS
