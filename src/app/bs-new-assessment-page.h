/* bs-new-assessment-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_NEW_ASSESSMENT_PAGE (bs_new_assessment_page_get_type ())

G_DECLARE_FINAL_TYPE (BsNewAssessmentPage, bs_new_assessment_page, BS, NEW_ASSESSMENT_PAGE, GtkWidget)

void            bs_new_assessment_page_reset           (BsNewAssessmentPage *self,
                                                        const char          *facilitator);
void            bs_new_assessment_page_set_framework   (BsNewAssessmentPage *self,
                                                        BsFramework         *framework);
GtkEditable    *bs_new_assessment_page_get_entry       (BsNewAssessmentPage *self,
                                                        const char          *field);
GtkCheckButton *bs_new_assessment_page_get_level_check (BsNewAssessmentPage *self,
                                                        const char          *level_id);
void            bs_new_assessment_page_add_participant (BsNewAssessmentPage *self,
                                                        const char          *name,
                                                        const char          *role);
GtkWidget      *bs_new_assessment_page_get_create_button (BsNewAssessmentPage *self);
AdwComboRow    *bs_new_assessment_page_get_unit_level_row (BsNewAssessmentPage *self);

G_END_DECLS
