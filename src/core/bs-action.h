/* bs-action.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bs-action-status.h"

G_BEGIN_DECLS

/**
 * BsActionChange:
 * @date: the day of the change, YYYY-MM-DD
 * @status: the status from that day on
 * @note: (nullable): why, or what happened
 *
 * One entry of an action's history.
 */
typedef struct
{
  char           *date;
  BsActionStatus  status;
  char           *note;
} BsActionChange;

#define BS_TYPE_ACTION_CHANGE (bs_action_change_get_type ())

GType           bs_action_change_get_type  (void) G_GNUC_CONST;
BsActionChange *bs_action_change_new       (const char           *date,
                                            BsActionStatus        status,
                                            const char           *note);
BsActionChange *bs_action_change_copy      (const BsActionChange *change);
void            bs_action_change_free      (BsActionChange       *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsActionChange, bs_action_change_free)

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

const char     *bs_action_get_result       (BsAction       *self);
void            bs_action_set_result       (BsAction       *self,
                                            const char     *result);

const char * const *bs_action_get_statement_ids (BsAction           *self);
void            bs_action_set_statement_ids (BsAction           *self,
                                             const char * const *statement_ids);
gboolean        bs_action_links_statement  (BsAction       *self,
                                            const char     *statement_id);

guint           bs_action_get_n_changes    (BsAction       *self);
const BsActionChange *bs_action_get_change (BsAction       *self,
                                            guint           index);
void            bs_action_add_change       (BsAction       *self,
                                            const char     *date,
                                            BsActionStatus  status,
                                            const char     *note);
void            bs_action_change_status    (BsAction       *self,
                                            BsActionStatus  status,
                                            const char     *date,
                                            const char     *note);
void            bs_action_clear_history    (BsAction       *self);

gboolean        bs_action_get_carried_over       (BsAction   *self);
const char     *bs_action_get_carried_from_title (BsAction   *self);
const char     *bs_action_get_carried_from_date  (BsAction   *self);
void            bs_action_set_carried_over       (BsAction   *self,
                                                  gboolean    carried_over,
                                                  const char *from_title,
                                                  const char *from_date);

BsAction       *bs_action_copy             (BsAction       *self);
gboolean        bs_action_is_open          (BsAction       *self);

G_END_DECLS
