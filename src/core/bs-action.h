/* bs-action.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bs-action-status.h"

G_BEGIN_DECLS

#define BS_TYPE_ACTION (bs_action_get_type ())

G_DECLARE_FINAL_TYPE (BsAction, bs_action, BS, ACTION, GObject)

BsAction       *bs_action_new              (void);
const char     *bs_action_get_description  (BsAction       *self);
void            bs_action_set_description  (BsAction       *self,
                                            const char     *description);
const char     *bs_action_get_level_id     (BsAction       *self);
void            bs_action_set_level_id     (BsAction       *self,
                                            const char     *level_id);
const char     *bs_action_get_dimension_id (BsAction       *self);
void            bs_action_set_dimension_id (BsAction       *self,
                                            const char     *dimension_id);
const char     *bs_action_get_owner        (BsAction       *self);
void            bs_action_set_owner        (BsAction       *self,
                                            const char     *owner);
const char     *bs_action_get_due          (BsAction       *self);
void            bs_action_set_due          (BsAction       *self,
                                            const char     *due);
BsActionStatus  bs_action_get_status       (BsAction       *self);
void            bs_action_set_status       (BsAction       *self,
                                            BsActionStatus  status);

G_END_DECLS
