/* bs-reflection.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"
#include "bs-question.h"

G_BEGIN_DECLS

#define BS_TYPE_REFLECTION (bs_reflection_get_type ())

G_DECLARE_FINAL_TYPE (BsReflection, bs_reflection, BS, REFLECTION, GObject)

const char  *bs_reflection_get_id               (BsReflection *self);
const char  *bs_reflection_get_level_id         (BsReflection *self);
BsLocalized *bs_reflection_get_title            (BsReflection *self);
const char  *bs_reflection_get_title_text       (BsReflection *self,
                                                 const char   *lang);
BsLocalized *bs_reflection_get_description      (BsReflection *self);
const char  *bs_reflection_get_description_text (BsReflection *self,
                                                 const char   *lang);
GListModel  *bs_reflection_get_questions        (BsReflection *self);

G_END_DECLS
