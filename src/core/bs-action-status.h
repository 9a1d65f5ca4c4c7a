/* bs-action-status.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BsActionStatus:
 *
 * Where an action of the action plan stands. The nicks are what the
 * assessment file stores.
 */
typedef enum
{
  BS_ACTION_PLANNED,
  BS_ACTION_IN_PROGRESS,
  BS_ACTION_DONE,
  BS_ACTION_DROPPED,
} BsActionStatus;

#define BS_TYPE_ACTION_STATUS (bs_action_status_get_type ())

GType        bs_action_status_get_type    (void) G_GNUC_CONST;
const char  *bs_action_status_to_string   (BsActionStatus  status);
gboolean     bs_action_status_from_string (const char     *nick,
                                           BsActionStatus *status);
const char  *bs_action_status_get_label   (BsActionStatus  status);

G_END_DECLS
