/* bs-results-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

#define BS_TYPE_RESULTS_PAGE (bs_results_page_get_type ())

G_DECLARE_FINAL_TYPE (BsResultsPage, bs_results_page, BS, RESULTS_PAGE, GtkWidget)

GtkWidget *bs_results_page_new            (void);
void       bs_results_page_set_assessment (BsResultsPage *self,
                                           BsAssessment  *assessment);
void       bs_results_page_set_show_target (BsResultsPage *self,
                                            gboolean       show_target);
guint      bs_results_page_get_n_charts   (BsResultsPage *self);
double     bs_results_page_get_zoom       (BsResultsPage *self);
void       bs_results_page_set_zoom       (BsResultsPage *self,
                                           double         zoom);
gboolean   bs_results_page_zoom_step      (BsResultsPage *self,
                                           int            direction);
gboolean   bs_results_page_export_chart   (BsResultsPage *self,
                                           const char    *level_id,
                                           const char    *path,
                                           GError       **error);

G_END_DECLS
