/* bs-respondent.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "bs-answer.h"

G_BEGIN_DECLS

#define BS_TYPE_RESPONDENT (bs_respondent_get_type ())

G_DECLARE_FINAL_TYPE (BsRespondent, bs_respondent, BS, RESPONDENT, GObject)

BsRespondent *bs_respondent_new           (const char   *id,
                                           const char   *name,
                                           const char   *role_id);
const char   *bs_respondent_get_id        (BsRespondent *self);
const char   *bs_respondent_get_name      (BsRespondent *self);
void          bs_respondent_set_name      (BsRespondent *self,
                                           const char   *name);
const char   *bs_respondent_get_role      (BsRespondent *self);
void          bs_respondent_set_role      (BsRespondent *self,
                                           const char   *role_id);
BsAnswer     *bs_respondent_lookup_answer (BsRespondent *self,
                                           const char   *statement_id);
BsAnswer     *bs_respondent_get_answer    (BsRespondent *self,
                                           const char   *statement_id);
int           bs_respondent_get_value     (BsRespondent *self,
                                           const char   *statement_id);
void          bs_respondent_set_value     (BsRespondent *self,
                                           const char   *statement_id,
                                           int           value);
guint         bs_respondent_get_n_answers (BsRespondent *self);
GPtrArray    *bs_respondent_get_answers   (BsRespondent *self);

G_END_DECLS
