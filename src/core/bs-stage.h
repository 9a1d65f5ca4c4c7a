/* bs-stage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"

G_BEGIN_DECLS

#define BS_TYPE_STAGE (bs_stage_get_type ())

G_DECLARE_FINAL_TYPE (BsStage, bs_stage, BS, STAGE, GObject)

guint        bs_stage_get_value        (BsStage    *self);
const char  *bs_stage_get_id           (BsStage    *self);
BsLocalized *bs_stage_get_name         (BsStage    *self);
const char  *bs_stage_get_name_text    (BsStage    *self,
                                        const char *lang);
BsLocalized *bs_stage_get_meaning      (BsStage    *self);
const char  *bs_stage_get_meaning_text (BsStage    *self,
                                        const char *lang);

G_END_DECLS
