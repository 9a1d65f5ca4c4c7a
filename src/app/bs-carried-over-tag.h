/* bs-carried-over-tag.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_CARRIED_OVER_TAG (bs_carried_over_tag_get_type ())

G_DECLARE_FINAL_TYPE (BsCarriedOverTag, bs_carried_over_tag, BS, CARRIED_OVER_TAG, GtkWidget)

GtkWidget  *bs_carried_over_tag_new          (BsAnswer         *answer,
                                              const char       *confirm_action);
BsAnswer   *bs_carried_over_tag_get_answer   (BsCarriedOverTag *self);
const char *bs_carried_over_tag_get_text     (BsCarriedOverTag *self);
GtkWidget  *bs_carried_over_tag_get_button   (BsCarriedOverTag *self);

G_END_DECLS
