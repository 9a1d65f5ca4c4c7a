/* bs-answer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* An answer's value is a stage of the scale (1…n), or one of these. N/A and
 * "don't know" are answers, but never count as a score. */
#define BS_VALUE_NONE            0
#define BS_VALUE_NOT_APPLICABLE (-1)
#define BS_VALUE_UNKNOWN        (-2)

#define BS_TYPE_ANSWER (bs_answer_get_type ())

G_DECLARE_FINAL_TYPE (BsAnswer, bs_answer, BS, ANSWER, GObject)

BsAnswer   *bs_answer_new              (const char *statement_id);
const char *bs_answer_get_statement_id (BsAnswer   *self);
int         bs_answer_get_value        (BsAnswer   *self);
void        bs_answer_set_value        (BsAnswer   *self,
                                        int         value);
guint       bs_answer_get_target       (BsAnswer   *self);
void        bs_answer_set_target       (BsAnswer   *self,
                                        guint       target);
const char *bs_answer_get_note         (BsAnswer   *self);
void        bs_answer_set_note         (BsAnswer   *self,
                                        const char *note);
const char *bs_answer_get_evidence     (BsAnswer   *self);
void        bs_answer_set_evidence     (BsAnswer   *self,
                                        const char *evidence);
gboolean    bs_answer_get_note_carried_over     (BsAnswer   *self);
void        bs_answer_set_note_carried_over     (BsAnswer   *self,
                                                 gboolean    carried_over);
gboolean    bs_answer_get_evidence_carried_over (BsAnswer   *self);
void        bs_answer_set_evidence_carried_over (BsAnswer   *self,
                                                 gboolean    carried_over);
gboolean    bs_answer_is_carried_over           (BsAnswer   *self);
void        bs_answer_confirm_carried_over      (BsAnswer   *self);

gboolean bs_answer_has_score (BsAnswer *self);
gboolean bs_answer_is_empty  (BsAnswer *self);

G_END_DECLS
