/* bs-action-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-action.h"

G_BEGIN_DECLS

/**
 * BsActionShow:
 * @BS_ACTION_SHOW_ALL: every action
 * @BS_ACTION_SHOW_OPEN: planned or in progress
 * @BS_ACTION_SHOW_OVERDUE: open and past its due date
 * @BS_ACTION_SHOW_PLANNED: planned
 * @BS_ACTION_SHOW_IN_PROGRESS: in progress
 * @BS_ACTION_SHOW_DONE: done
 * @BS_ACTION_SHOW_DROPPED: dropped
 *
 * Which actions of the plan to show, by status; in the order the action
 * plan's filter lists them.
 */
typedef enum
{
  BS_ACTION_SHOW_ALL,
  BS_ACTION_SHOW_OPEN,
  BS_ACTION_SHOW_OVERDUE,
  BS_ACTION_SHOW_PLANNED,
  BS_ACTION_SHOW_IN_PROGRESS,
  BS_ACTION_SHOW_DONE,
  BS_ACTION_SHOW_DROPPED,
} BsActionShow;

#define BS_TYPE_ACTION_SHOW (bs_action_show_get_type ())

GType       bs_action_show_get_type     (void) G_GNUC_CONST;

const char *bs_action_today             (void);
void        bs_action_set_today         (const char   *iso_date);

gboolean    bs_action_is_overdue        (BsAction     *action,
                                         const char   *today);
gboolean    bs_action_matches           (BsAction     *action,
                                         BsActionShow  show,
                                         const char   *owner,
                                         const char   *today);
char       *bs_action_owner_key         (BsAction     *action);
GStrv       bs_action_list_owners       (GListModel   *actions);

G_END_DECLS
