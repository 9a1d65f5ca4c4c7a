/* bs-dimension-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"
#include "bs-statement-card.h"

G_BEGIN_DECLS

#define BS_TYPE_DIMENSION_PAGE (bs_dimension_page_get_type ())

G_DECLARE_FINAL_TYPE (BsDimensionPage, bs_dimension_page, BS, DIMENSION_PAGE, GtkWidget)

void             bs_dimension_page_set_dimension (BsDimensionPage *self,
                                                  BsAssessment    *assessment,
                                                  BsDimension     *dimension);
BsDimension     *bs_dimension_page_get_dimension (BsDimensionPage *self);
BsStatementCard *bs_dimension_page_get_card      (BsDimensionPage *self,
                                                  const char      *statement_id);
BsStatementCard *bs_dimension_page_get_nth_card  (BsDimensionPage *self,
                                                  guint            n);
GtkTextView     *bs_dimension_page_get_text_view (BsDimensionPage *self,
                                                  const char      *property);
GtkWidget       *bs_dimension_page_get_carried_over_bar (BsDimensionPage *self);

GtkDropDown     *bs_dimension_page_get_target_dropdown (BsDimensionPage *self);

G_END_DECLS
