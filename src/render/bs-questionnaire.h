/* bs-questionnaire.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_QUESTIONNAIRE (bs_questionnaire_get_type ())

G_DECLARE_FINAL_TYPE (BsQuestionnaire, bs_questionnaire, BS, QUESTIONNAIRE, GObject)

BsQuestionnaire *bs_questionnaire_new             (BsAssessment     *assessment,
                                                   const char       *lang,
                                                   const char       *name,
                                                   const char       *role_id);
BsAssessment    *bs_questionnaire_get_assessment  (BsQuestionnaire  *self);
const char      *bs_questionnaire_get_lang        (BsQuestionnaire  *self);
const char      *bs_questionnaire_get_name        (BsQuestionnaire  *self);
const char      *bs_questionnaire_get_role        (BsQuestionnaire  *self);
void             bs_questionnaire_paginate        (BsQuestionnaire  *self,
                                                   double            page_width,
                                                   double            page_height);
guint            bs_questionnaire_get_n_pages     (BsQuestionnaire  *self);
void             bs_questionnaire_draw_page       (BsQuestionnaire  *self,
                                                   cairo_t          *cr,
                                                   guint             page);
GBytes          *bs_questionnaire_to_pdf          (BsQuestionnaire  *self,
                                                   GError          **error);

G_END_DECLS
