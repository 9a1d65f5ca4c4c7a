/* bs-action-plan-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_ACTION_PLAN_PAGE (bs_action_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (BsActionPlanPage, bs_action_plan_page, BS, ACTION_PLAN_PAGE, GtkWidget)

void        bs_action_plan_page_set_assessment (BsActionPlanPage *self,
                                                BsAssessment     *assessment);
void        bs_action_plan_page_add_action     (BsActionPlanPage *self);
GtkDropDown *bs_action_plan_page_get_status_filter (BsActionPlanPage *self);
GtkDropDown *bs_action_plan_page_get_owner_filter  (BsActionPlanPage *self);
GtkListBox *bs_action_plan_page_get_list       (BsActionPlanPage *self);
GPtrArray  *bs_action_plan_page_commit         (BsActionPlanPage *self);
void        bs_action_plan_page_show_action    (BsActionPlanPage *self,
                                                guint             position);

G_END_DECLS
