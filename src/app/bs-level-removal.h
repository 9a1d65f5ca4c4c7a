/* bs-level-removal.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

typedef struct _BsLevelRemoval BsLevelRemoval;

guint           bs_level_removal_count_answers (BsAssessment   *assessment,
                                                const char     *level_id);
guint           bs_level_removal_count_notes   (BsAssessment   *assessment,
                                                const char     *level_id);
guint           bs_level_removal_count_actions (BsAssessment   *assessment,
                                                const char     *level_id);
BsLevelRemoval *bs_level_removal_apply         (BsAssessment   *assessment,
                                                const char     *level_id);
gboolean        bs_level_removal_undo          (BsLevelRemoval *self);
const char     *bs_level_removal_get_level_id  (BsLevelRemoval *self);
void            bs_level_removal_free          (BsLevelRemoval *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsLevelRemoval, bs_level_removal_free)

G_END_DECLS
