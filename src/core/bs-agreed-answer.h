/* bs-agreed-answer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bs-answer.h"

G_BEGIN_DECLS

#define BS_TYPE_AGREED_ANSWER (bs_agreed_answer_get_type ())

G_DECLARE_FINAL_TYPE (BsAgreedAnswer, bs_agreed_answer, BS, AGREED_ANSWER, GObject)

BsAgreedAnswer *bs_agreed_answer_new              (const char     *statement_id);
const char     *bs_agreed_answer_get_statement_id (BsAgreedAnswer *self);
int             bs_agreed_answer_get_value        (BsAgreedAnswer *self);
void            bs_agreed_answer_set_value        (BsAgreedAnswer *self,
                                                   int             value);
const char     *bs_agreed_answer_get_rationale    (BsAgreedAnswer *self);
void            bs_agreed_answer_set_rationale    (BsAgreedAnswer *self,
                                                   const char     *rationale);
const char     *bs_agreed_answer_get_dissent      (BsAgreedAnswer *self);
void            bs_agreed_answer_set_dissent      (BsAgreedAnswer *self,
                                                   const char     *dissent);
gboolean        bs_agreed_answer_is_set           (BsAgreedAnswer *self);
gboolean        bs_agreed_answer_is_empty         (BsAgreedAnswer *self);

G_END_DECLS
