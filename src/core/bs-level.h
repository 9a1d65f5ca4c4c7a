/* bs-level.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"
#include "bs-dimension.h"

G_BEGIN_DECLS

#define BS_TYPE_LEVEL (bs_level_get_type ())

G_DECLARE_FINAL_TYPE (BsLevel, bs_level, BS, LEVEL, GObject)

const char  *bs_level_get_id               (BsLevel    *self);
BsLocalized *bs_level_get_title            (BsLevel    *self);
const char  *bs_level_get_title_text       (BsLevel    *self,
                                            const char *lang);
BsLocalized *bs_level_get_description      (BsLevel    *self);
const char  *bs_level_get_description_text (BsLevel    *self,
                                            const char *lang);
GListModel  *bs_level_get_dimensions       (BsLevel    *self);

G_END_DECLS
