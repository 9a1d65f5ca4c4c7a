/* bs-review-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BS_TYPE_REVIEW_LAYOUT (bs_review_layout_get_type ())

G_DECLARE_FINAL_TYPE (BsReviewLayout, bs_review_layout, BS, REVIEW_LAYOUT, GtkLayoutManager)

gboolean bs_review_layout_get_wide (BsReviewLayout *self);

G_END_DECLS
