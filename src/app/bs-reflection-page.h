/* bs-reflection-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_REFLECTION_PAGE (bs_reflection_page_get_type ())

G_DECLARE_FINAL_TYPE (BsReflectionPage, bs_reflection_page, BS, REFLECTION_PAGE, GtkWidget)

void         bs_reflection_page_set_assessment (BsReflectionPage *self,
                                                BsAssessment     *assessment);
GtkTextView *bs_reflection_page_get_view       (BsReflectionPage *self,
                                                const char       *question_id);
void         bs_reflection_page_focus          (BsReflectionPage *self);

G_END_DECLS
