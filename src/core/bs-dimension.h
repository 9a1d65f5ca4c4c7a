/* bs-dimension.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"
#include "bs-statement.h"

G_BEGIN_DECLS

#define BS_TYPE_DIMENSION (bs_dimension_get_type ())

G_DECLARE_FINAL_TYPE (BsDimension, bs_dimension, BS, DIMENSION, GObject)

const char  *bs_dimension_get_id               (BsDimension *self);
const char  *bs_dimension_get_level_id         (BsDimension *self);
BsLocalized *bs_dimension_get_title            (BsDimension *self);
const char  *bs_dimension_get_title_text       (BsDimension *self,
                                                const char  *lang);
BsLocalized *bs_dimension_get_description      (BsDimension *self);
const char  *bs_dimension_get_description_text (BsDimension *self,
                                                const char  *lang);
GListModel  *bs_dimension_get_statements       (BsDimension *self);

G_END_DECLS
