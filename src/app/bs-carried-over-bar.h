/* bs-carried-over-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_CARRIED_OVER_BAR (bs_carried_over_bar_get_type ())

G_DECLARE_FINAL_TYPE (BsCarriedOverBar, bs_carried_over_bar, BS, CARRIED_OVER_BAR, GtkWidget)

GtkWidget    *bs_carried_over_bar_new            (void);
void          bs_carried_over_bar_set_assessment (BsCarriedOverBar *self,
                                                  BsAssessment     *assessment);
const char   *bs_carried_over_bar_get_text       (BsCarriedOverBar *self);
GtkWidget    *bs_carried_over_bar_get_button     (BsCarriedOverBar *self);

G_END_DECLS
