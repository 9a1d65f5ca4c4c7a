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

GtkWidget   *bs_action_row_new              (BsAssessment *assessment,
                                            BsAction     *action);
BsAction    *bs_action_row_get_action       (BsActionRow  *self);
void         bs_action_row_focus            (BsActionRow  *self);
gboolean     bs_action_row_commit           (BsActionRow  *self);
char        *bs_action_row_get_invalid_due  (BsActionRow  *self);
GtkEditable *bs_action_row_get_due_entry    (BsActionRow  *self);
GtkEntry    *bs_action_row_get_owner_entry  (BsActionRow  *self);
GtkEntry    *bs_action_row_get_result_entry (BsActionRow  *self);
GtkDropDown *bs_action_row_get_status_drop_down (BsActionRow *self);
GtkCalendar *bs_action_row_get_due_calendar (BsActionRow  *self);
void         bs_action_row_set_place        (BsActionRow  *self,
                                            gboolean      first,
                                            gboolean      last);
gboolean     bs_action_row_get_overdue      (BsActionRow  *self);
GtkWidget   *bs_action_row_get_button       (BsActionRow  *self,
                                            const char   *name);

G_END_DECLS
