/* bs-answer-private.h: how the one owner of an answer hears of its changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-answer.h"

G_BEGIN_DECLS

typedef void (*BsAnswerWatch) (BsAnswer   *answer,
                               GParamSpec *pspec,
                               gpointer    data);

void _bs_answer_set_watch   (BsAnswer      *self,
                             BsAnswerWatch  watch,
                             gpointer       data);
void _bs_answer_unwatch_unref (gpointer     answer);

G_END_DECLS
