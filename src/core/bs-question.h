/* bs-question.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-localized.h"

G_BEGIN_DECLS

#define BS_TYPE_QUESTION (bs_question_get_type ())

G_DECLARE_FINAL_TYPE (BsQuestion, bs_question, BS, QUESTION, GObject)

const char  *bs_question_get_id            (BsQuestion *self);
const char  *bs_question_get_reflection_id (BsQuestion *self);
BsLocalized *bs_question_get_text          (BsQuestion *self);
const char  *bs_question_get_text_text     (BsQuestion *self,
                                            const char *lang);

G_END_DECLS
