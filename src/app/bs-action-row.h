/* bs-action-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_ACTION_ROW (bs_action_row_get_type ())

G_DECLARE_FINAL_TYPE (BsActionRow, bs_action_row, BS, ACTION_ROW, GtkListBoxRow)

GtkWidget *bs_action_row_new        (BsAssessment *assessment,
                                     BsAction     *action);
BsAction  *bs_action_row_get_action (BsActionRow  *self);
void       bs_action_row_focus      (BsActionRow  *self);

G_END_DECLS
