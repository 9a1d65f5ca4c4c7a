/* bs-undo-stack.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_UNDO_STACK (bs_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (BsUndoStack, bs_undo_stack, BS, UNDO_STACK, GObject)

BsUndoStack *bs_undo_stack_new          (BsAssessment *assessment);
gboolean     bs_undo_stack_get_can_undo (BsUndoStack  *self);
gboolean     bs_undo_stack_get_can_redo (BsUndoStack  *self);
gboolean     bs_undo_stack_undo         (BsUndoStack  *self,
                                         const char  **statement_id,
                                         int          *action_position);
gboolean     bs_undo_stack_redo         (BsUndoStack  *self,
                                         const char  **statement_id,
                                         int          *action_position);
void         bs_undo_stack_clear        (BsUndoStack  *self);
void         bs_undo_stack_begin_group  (BsUndoStack  *self);
void         bs_undo_stack_end_group    (BsUndoStack  *self);
gboolean     bs_undo_stack_get_changed_team (BsUndoStack *self);
guint        bs_undo_stack_confirm_carried_over (BsUndoStack *self,
                                                 const char  *statement_id);

G_END_DECLS
