/* bs-action-cycle-info.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_ACTION_CYCLE_INFO (bs_action_cycle_info_get_type ())

G_DECLARE_FINAL_TYPE (BsActionCycleInfo, bs_action_cycle_info, BS, ACTION_CYCLE_INFO, GtkWidget)

GtkWidget  *bs_action_cycle_info_new             (BsAssessment      *assessment,
                                                  BsAction          *action);
const char *bs_action_cycle_info_get_origin_text (BsActionCycleInfo *self);
const char *bs_action_cycle_info_get_move_text   (BsActionCycleInfo *self);
guint       bs_action_cycle_info_get_n_history   (BsActionCycleInfo *self);
guint       bs_action_cycle_info_get_n_links     (BsActionCycleInfo *self);
char       *bs_action_cycle_info_describe_move   (BsScoreMove        move,
                                                  gboolean           linked,
                                                  double             then,
                                                  double             now);

G_END_DECLS
